#!/usr/bin/env bash
# Whole-program benchmarks, each side by side with its peer in the same run; prints a table of
# median wall times (of RUNS runs) and ratios. Usage: bench/run.sh [RUNS]   (needs `make build`)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-5}"
out="$root/artifacts/bench"
mkdir -p "$out"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# time_ms CMD...: median wall time in milliseconds over $runs runs (output discarded)
time_ms() {
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done | median
}

build_mesh() { "$root/bin/meshc" build "$root/bench/mesh/$1" -o "$out/$1" >/dev/null 2>&1; }

printf '%-34s %12s %12s %8s\n' "benchmark" "mesh (ms)" "peer (ms)" "ratio"

# Compile time and output of hello world.
start=$(date +%s%N); "$root/bin/meshc" build "$root/examples/hello" -o "$out/hello" >/dev/null 2>&1; end=$(date +%s%N)
printf '%-34s %12s %12s %8s\n' "meshc build examples/hello" "$(( (end - start) / 1000000 ))" "-" "-"
printf '%-34s %12s %12s %8s\n' "hello: size (KB) / run (ms)" "$(( $(stat -c %s "$out/hello") / 1024 ))" "$(time_ms "$out/hello")" "-"

# Generated code against gcc -O2.
build_mesh fib
gcc -O2 -o "$out/fib_c" "$root/bench/c/fib.c"
mesh=$(time_ms "$out/fib"); peer=$(time_ms "$out/fib_c")
printf '%-34s %12s %12s %8s\n' "fib(32) vs gcc -O2" "$mesh" "$peer" "$(awk -v a="$mesh" -v b="$peer" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')"

# Actors: 100,000 spawn + one message each (upstream publishes 2.78 s).
build_mesh spawn_send
mesh=$(time_ms "$out/spawn_send")
printf '%-34s %12s %12s %8s\n' "100k spawn+send" "$mesh" "2780 (upstream)" "$(awk -v a="$mesh" 'BEGIN {printf "%.3f", a / 2780}')"
