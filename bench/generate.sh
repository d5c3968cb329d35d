#!/usr/bin/env bash
# Benchmarks `careforall generate` at a scale (default 0.1): wall time, peak memory (/usr/bin/time -v) and rows
# per second per table, against a baseline in which DuckDB writes the same row counts and column types with
# COPY (SELECT … FROM range(n)) TO 'x.parquet' (bench/Baseline, a small C# harness over DuckDB.NET).
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-0.1}"
seed="${2:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build src/CareForAll.Cli -c Release -v quiet -nologo >/dev/null
dotnet build bench/Baseline -c Release -v quiet -nologo >/dev/null

/usr/bin/time -v -o "$work/time.txt" dotnet src/CareForAll.Cli/bin/Release/net10.0/careforall.dll \
  generate --scale "$scale" --seed "$seed" --out "$work/lake" >"$work/generate.out" 2>/dev/null
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$work/time.txt")

/usr/bin/time -v -o "$work/time-baseline.txt" dotnet bench/Baseline/bin/Release/net10.0/Baseline.dll \
  "$work/lake/manifest.json" "$work/baseline" >"$work/baseline.txt"
base_wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time-baseline.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')

echo "scale $scale seed $seed: generate ${wall}s wall (${cpu}s CPU), peak RSS $((peak_kb / 1024)) MiB; DuckDB baseline ${base_wall}s"
echo "(the generator writes all tables at once, so its per-table rate is rows / total wall time)"
printf '%-20s %12s %14s %14s %8s\n' table rows gen_rows/s duckdb_rows/s ratio
python3 - "$work/lake/manifest.json" "$work/baseline.txt" "$wall" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))["rows"]
base = {l.split()[0]: float(l.split()[2]) for l in open(sys.argv[2]) if l.strip()}
wall = float(sys.argv[3])
total = sum(rows.values())
for table, n in rows.items():
    gen = n / wall
    duck = n / base[table] if base[table] > 0 else float("inf")
    print(f"{table:20s} {n:12d} {gen:14.0f} {duck:14.0f} {duck / gen if gen else 0:8.1f}")
print(f"{'all':20s} {total:12d} {total / wall:14.0f} {total / sum(base.values()):14.0f} {(total / sum(base.values())) / (total / wall):8.1f}")
PY
