#!/usr/bin/env bash
# Installs whatever the tests need when it is missing, then runs every test in the solution.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK is required (dotnet on PATH)" >&2; exit 1; }

if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build CareForAll.slnx -c Release
dotnet test --solution CareForAll.slnx -c Release --no-build "$@"
