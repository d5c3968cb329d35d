#!/usr/bin/env bash
# QRISK3 speed benchmark: builds the CLI and this bench in Release, then runs it.
# Usage: bench/qrisk3/run.sh [PEOPLE] [WORK_DIR]   (defaults: 5000000, a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/CareForAll.Cli -c Release -v quiet -nologo
dotnet build bench/qrisk3 -c Release -v quiet -nologo
dotnet bench/qrisk3/bin/Release/net10.0/Qrisk3Bench.dll "${1:-5000000}" "${2:-$(mktemp -d)}" \
  src/CareForAll.Cli/bin/Release/net10.0/careforall.dll
