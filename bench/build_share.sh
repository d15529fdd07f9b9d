#!/usr/bin/env bash
# Where `meshc build` spends its wall time on a generated program (bench/frontend's generator,
# 5,000 lines by default): our front end (parse + check + MIR), LLVM (IR building, -O2, object
# file), the C linker, and the rest (process start-up, project load). Each round is one cold
# `meshc build --timings`; the script prints every round and the medians, and the load average
# before and after (the machine is shared: wall times swing with other people's builds).
# Usage: bench/build_share.sh [RUNS]   (default 5; needs `make build`)
#   MESHC=path/to/meshc   measure another compiler build (e.g. an older one, for a before/after)
#   LINES=N               size of the generated program (default 5000)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-5}"
lines="${LINES:-5000}"
meshc="${MESHC:-$root/bin/meshc}"
out="$root/artifacts/bench"
project="$out/gen$lines"
mkdir -p "$out"

dotnet build "$root/bench/frontend" -c Release --nologo -v q >/dev/null
dotnet "$root/bench/frontend/bin/Release/net10.0/Mesh.Bench.Frontend.dll" generate "$lines" "$project" >/dev/null

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
rounds="$out/build_share.tsv"
: >"$rounds"
printf '%-6s %8s %8s %8s %8s %8s %9s %9s\n' "round" "wall ms" "front" "llvm" "link" "rest" "front %" "outside %"
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$meshc" build "$project" -o "$project/gen$lines" --timings 2>"$out/timings.txt" >/dev/null
  end=$(date +%s%N)
  awk -v wall=$(( (end - start) / 1000000 )) '
    $1 == "parse" || $1 == "typecheck" || $1 == "mir" { front += $2 }
    $1 == "llvm-ir" || $1 == "optimize" || $1 == "object" { llvm += $2 }
    $1 == "link" { link += $2 }
    END { printf "%d\t%.0f\t%.0f\t%.0f\t%.0f\t%.1f\t%.1f\n", wall, front, llvm, link, wall - front - llvm - link, 100 * front / wall, 100 * (wall - llvm) / wall }
  ' "$out/timings.txt" | tee -a "$rounds" | awk -v i="$i" -F'\t' '{ printf "%-6s %8s %8s %8s %8s %8s %9s %9s\n", i, $1, $2, $3, $4, $5, $6, $7 }'
done
"$project/gen$lines" >/dev/null   # it compiled to a program that runs

# Median of each column on its own (rounds are not all equally loaded).
medians=()
for col in 1 2 3 4 5 6 7; do
  medians+=("$(cut -f"$col" "$rounds" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')")
done
printf '%-6s %8s %8s %8s %8s %8s %9s %9s\n' "median" "${medians[@]}"
echo "meshc build of $lines generated lines, medians of $runs: front end ${medians[5]} %, outside LLVM (front end + link + start-up) ${medians[6]} % of the wall time"
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
