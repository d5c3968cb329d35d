#!/usr/bin/env bash
# Installs whatever the tests need when it is missing, then runs every test in the solution.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK is required (dotnet on PATH)" >&2; exit 1; }
# The store tests start their own throwaway PostgreSQL server from Debian's binaries (/usr/lib/postgresql/*/bin).
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need_apt+=(postgresql)
# The web tests drive Debian's Chromium with Playwright (never a downloaded browser).
[ -x /usr/bin/chromium ] || need_apt+=(chromium chromium-driver)
# The web project bundles the NHS design system from npm at build time.
command -v npm >/dev/null || need_apt+=(nodejs npm)

if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi

# nhsuk-frontend for src/CareForAll.Web (the build also runs this when node_modules is missing).
[ -d src/CareForAll.Web/node_modules/nhsuk-frontend ] || (cd src/CareForAll.Web && npm ci --no-audit --no-fund)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build CareForAll.slnx -c Release
dotnet test --solution CareForAll.slnx -c Release --no-build "$@"
