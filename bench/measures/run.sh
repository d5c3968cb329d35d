#!/usr/bin/env bash
# Measure engine benchmark: (a) the whole indicator set; (b) the engine against hand-written DuckDB SQL on the same
# lake in one process; (c) the same indicators in pandas + statsmodels (Debian's python3-pandas, python3-statsmodels);
# (d) one year of the whole set against the floor: hand-written DuckDB SQL for its twelve person-level measures.
# Usage: bench/measures/run.sh [SCALE] [WORK_DIR] [SEED]   (default 0.1, a temporary folder, seed 7). Never run by the tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
scale="${1:-0.1}"
work="${2:-$(mktemp -d)}"
seed="${3:-7}"
dotnet build src/CareForAll.Cli -c Release -v q -nologo >/dev/null
dotnet build bench/measures -c Release -v q -nologo >/dev/null
cli="dotnet src/CareForAll.Cli/bin/Release/net10.0/careforall.dll"
[ -f "$work/lake/manifest.json" ] || $cli generate --scale "$scale" --seed "$seed" --out "$work/lake" >/dev/null

echo "## (a) careforall measure, whole set, scale $scale"
/usr/bin/time -f "wall %e s, CPU %U s user + %S s system, peak %M KiB" $cli measure --lake "$work/lake" --out "$work/results" >/dev/null

echo "## (b) engine vs hand-written DuckDB SQL, 2008-09, best of 5 by CPU time and by wall time"
dotnet bench/measures/bin/Release/net10.0/MeasuresBench.dll "$work/lake" "$work/csv"

echo "## (c) pandas + statsmodels, 2008-09"
if /usr/bin/python3 -c "import pandas, statsmodels" 2>/dev/null; then
  /usr/bin/time -f "pandas total: wall %e s, peak %M KiB" /usr/bin/python3 bench/measures/pandas_baseline.py "$work/csv"
else
  echo "pandas/statsmodels missing: apt-get install python3-pandas python3-statsmodels"
fi

echo "## (d) one year, 2010-11: the whole set, then the hand-written DuckDB SQL for its twelve person-level measures"
/usr/bin/time -f "wall %e s, CPU %U s user + %S s system, peak %M KiB" $cli measure --lake "$work/lake" --period 2010-11 --out "$work/results-2010-11"
dotnet bench/measures/bin/Release/net10.0/MeasuresBench.dll floor "$work/lake" 2010 "$work/results-2010-11"
