#!/usr/bin/env bash
# Whole-program benchmarks, each side by side with its peer in the same run. For every pair it
# prints the median wall-clock and CPU (user+system) time of RUNS runs and the Mesh/peer ratios,
# after checking that both programs printed exactly the same output (the checksums).
# Usage: bench/run.sh [RUNS]   (needs `make build`; default RUNS=5)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-5}"
out="$root/artifacts/bench"
mkdir -p "$out"

gcc -O2 -Wall -Wextra -Werror -o "$out/measure" "$root/bench/c/measure.c"
build_mesh() { "$root/bin/meshc" build "$root/bench/mesh/$1" -o "$out/$1" >/dev/null 2>"$out/build.err" || { cat "$out/build.err"; exit 1; }; }
build_c() { gcc -O2 -Wall -Wextra -Werror -o "$out/$1_c" "$root/bench/c/$1.c" "${@:2}"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }

echo "load before: $(uptime)"
printf '%-30s %9s %9s %7s %9s %9s %7s  %s\n' "benchmark" "mesh ms" "peer ms" "wall×" "mesh cpu" "peer cpu" "cpu×" "output"

# pair LABEL MESH_EXE PEER_EXE [ARGS...]: both run with ARGS; outputs must be identical.
pair() {
  local label="$1" mesh="$2" peer="$3"; shift 3
  local m p check
  m=$("$out/measure" "$runs" "$out/mesh.out" "$mesh" "$@")
  p=$("$out/measure" "$runs" "$out/peer.out" "$peer" "$@")
  if cmp -s "$out/mesh.out" "$out/peer.out"; then check="same: $(head -c 60 "$out/mesh.out" | head -n 1)"; else check="DIFFERENT OUTPUT"; fi
  read -r mw mc <<<"$m"; read -r pw pc <<<"$p"
  printf '%-30s %9s %9s %7s %9s %9s %7s  %s\n' "$label" "$mw" "$pw" "$(ratio "$mw" "$pw")" "$mc" "$pc" "$(ratio "$mc" "$pc")" "$check"
  [[ "$check" != "DIFFERENT OUTPUT" ]] || { echo "output differs:"; diff "$out/mesh.out" "$out/peer.out" | head; exit 1; }
}

# Compile time, size and start-up of hello world.
start=$(date +%s%N); "$root/bin/meshc" build "$root/examples/hello" -o "$out/hello" >/dev/null 2>&1; end=$(date +%s%N)
printf '%-30s %9s\n' "meshc build examples/hello" "$(( (end - start) / 1000000 ))"
read -r hw hc <<<"$("$out/measure" "$runs" "$out/hello.out" "$out/hello")"
printf '%-30s %9s %9s %7s %9s\n' "hello: start to exit" "$hw" "-" "-" "$hc"
printf '%-30s %9s\n' "hello: executable KB" "$(( $(stat -c %s "$out/hello") / 1024 ))"

# Generated code against the same C at gcc -O2.
build_mesh fib; build_c fib
gcc -O2 -fno-inline -o "$out/fib_noinline_c" "$root/bench/c/fib.c"
pair "fib(32)" "$out/fib" "$out/fib_c" 32
pair "fib(38)" "$out/fib" "$out/fib_c" 38
pair "fib(38) vs gcc -O2 -fno-inline" "$out/fib" "$out/fib_noinline_c" 38
build_mesh sort; build_c sort
pair "sort 1M Ints (List.sort/qsort)" "$out/sort" "$out/sort_c"
build_mesh string_join; build_c string_join
pair "String.join 1M pieces" "$out/string_join" "$out/string_join_c"
build_mesh string_concat; build_c string_concat
pair "20k x (acc <> piece)" "$out/string_concat" "$out/string_concat_c"
pair "1M x (acc <> piece)" "$out/string_concat" "$out/string_concat_c" 1000000
build_mesh map; build_c map
pair "Map 200k put + 400k get_or" "$out/map" "$out/map_c"

# Actors: 100,000 spawn + one message each (upstream publishes 2.78 s).
build_mesh spawn_send
read -r sw sc <<<"$("$out/measure" "$runs" "$out/spawn.out" "$out/spawn_send")"
printf '%-30s %9s %9s %7s %9s\n' "100k spawn+send" "$sw" "2780 (up)" "$(ratio "$sw" 2780)" "$sc"

# Where `meshc build` spends its wall time on a generated 5,000-line program (own script, so that it
# can run alone with more rounds; bench/frontend's BenchmarkDotNet suite measures lines/s per phase).
"$root/bench/build_share.sh" "$runs"
echo "load after:  $(uptime)"
