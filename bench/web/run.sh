#!/usr/bin/env bash
# Web benchmark: wrk on loopback against `careforall serve` at scale 0.1.
# Measures the organisation page and the API results endpoint at 50 and 500 connections (bounded: DURATION each).
# Usage: bench/web/run.sh [WORKDIR]   (default /tmp/careforall-bench-web; the lake and results are reused if present)
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-/tmp/careforall-bench-web}"
duration="${DURATION:-15s}"
port="${PORT:-5090}"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

dotnet build src/CareForAll.Cli -c Release -v q -nologo >/dev/null
cli=(dotnet src/CareForAll.Cli/bin/Release/net10.0/careforall.dll)
[ -f "$work/lake/manifest.json" ] || "${cli[@]}" generate --scale 0.1 --seed 1 --out "$work/lake"
[ -f "$work/results/published/results.parquet" ] || "${cli[@]}" measure --lake "$work/lake" --out "$work/results"

# The rate limit is per client address; wrk is one client, so lift it for the run.
"${cli[@]}" serve --lake "$work/lake" --results "$work/results" --urls "http://127.0.0.1:$port" --api-rate 100000000 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 1; done

trust=$(curl -sf "http://127.0.0.1:$port/api/organisations?kind=trust&page_size=1" | sed -E 's/.*"code":"([^"]+)".*/\1/')
org="/organisations/$trust"
api="/api/results?measure=ae-four-hours&page_size=100"
# Warm up (JIT, caches).
for path in "$org" "$api"; do
  wrk -t2 -c50 -d5s "http://127.0.0.1:$port$path" >/dev/null
  wrk -t2 -c50 -d5s -H "Accept-Encoding: gzip, deflate, br" "http://127.0.0.1:$port$path" >/dev/null
done

# A browser asks for compressed responses; "none" is a client that does not (as wrk does by default).
echo "| endpoint | Accept-Encoding | connections | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|---|---|"
for path in "$org" "$api"; do
  for encoding in "gzip, deflate, br" none; do
  for c in 50 500; do
    header=()
    [ "$encoding" = none ] || header=(-H "Accept-Encoding: $encoding")
    out=$(wrk -t2 -c"$c" -d"$duration" --latency "${header[@]}" "http://127.0.0.1:$port$path")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    echo "| \`$path\` | $encoding | $c | $rps | $p50 | $p99 | ${bad:-0} |"
  done
  done
done
