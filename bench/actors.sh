#!/usr/bin/env bash
# Actor benchmarks, Mesh side by side with Erlang/OTP (BEAM) and Proto.Actor 1.8.0 (C#), in one
# run on one machine: the same workloads (bench/mesh/<name>/main.mpl, bench/erlang/bench.erl,
# bench/protoactor/Program.cs), each run RUNS times, interleaved (mesh, beam, proto, mesh, ...)
# so that a change in machine load hits all three alike. Every program verifies its own result
# (counts and sums); a run that does not print its "ok" line or exits non-zero stops the script.
# Times are measured by the programs themselves ("elapsed_ms", from the first spawn to the
# verified result), so that start-up of the VM or runtime is not counted for anyone; the Mesh
# programs read /proc/uptime (10 ms steps: Mesh has no clock function yet), the others their
# monotonic clocks. Proto.Actor first runs each benchmark once at a small size (JIT warm-up).
#
# Usage: bench/actors.sh [RUNS]            (default 3; needs `make build` first)
# Sizes (environment variables, defaults in brackets):
#   N [1000000]        P1 spawn+message+exit actors, and P2 idle actors
#   ROUNDS [1000000]   P3 ping-pong round trips
#   FANIN_S [1000] FANIN_M [1000]   P3 fan-in senders x messages per sender
#   SOAK_S [10] SOAK_R [10] SOAK_N [1000000]   soak senders, receivers, messages per sender
#   ONLY ["p1 p2 p3 soak"]   which benchmarks to run
# Installs Debian's erlang-base with apt-get if `erl` is missing. Prints a Markdown table of
# medians and ratios; raw per-run figures go to artifacts/bench/actors/runs.tsv.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-${RUNS:-3}}"
N="${N:-1000000}"
ROUNDS="${ROUNDS:-1000000}"
FANIN_S="${FANIN_S:-1000}"
FANIN_M="${FANIN_M:-1000}"
SOAK_S="${SOAK_S:-10}"
SOAK_R="${SOAK_R:-10}"
SOAK_N="${SOAK_N:-1000000}"
ONLY="${ONLY:-p1 p2 p3 soak}"
out="$root/artifacts/bench/actors"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { echo "$*" >&2; }
want() { [[ " $ONLY " == *" $1 "* ]]; }

# ---- tools and builds -------------------------------------------------------------------
apt_install() {
  if ! apt-get install -y "$@" >/dev/null 2>&1; then
    apt-get update >/dev/null 2>&1
    apt-get install -y "$@" >/dev/null
  fi
}
if ! command -v erl >/dev/null || ! command -v erlc >/dev/null; then
  say "installing erlang-base (apt-get)"
  apt_install erlang-base
fi
[[ -x /usr/bin/time ]] || apt_install time
[[ -x "$root/artifacts/meshc/meshc" ]] || { say "run 'make build' first"; exit 1; }

say "building the Mesh programs, bench.erl and the Proto.Actor project"
for p in spawn_exit idle_actors pingpong fanin soak; do
  "$root/bin/meshc" build "$root/bench/mesh/$p" -o "$out/$p" >"$out/build-$p.log" 2>&1 \
    || { cat "$out/build-$p.log" >&2; exit 1; }
done
mkdir -p "$out/erlang"
erlc -o "$out/erlang" "$root/bench/erlang/bench.erl"
dotnet build "$root/bench/protoactor/ProtoBench.csproj" -c Release -o "$out/protoactor" --nologo -v q \
  >"$out/build-protoactor.log" 2>&1 || { cat "$out/build-protoactor.log" >&2; exit 1; }

# Erlang with two schedulers (the machine's cores) and a process limit above the largest N.
procs=$(( N * 2 + 100000 ))
(( procs < 262144 )) && procs=262144
cmd_mesh() { local b=$1; shift; echo "$out/$b" "$@"; }
cmd_beam() { echo erl +S 2 +P "$procs" -noshell -pa "$out/erlang" -run bench main "$@"; }
cmd_proto() { echo dotnet "$out/protoactor/ProtoBench.dll" "$@"; }

# run RT NAME ARGS...: one run; appends "name rt elapsed_ms cpu_ms maxrss_kb process_wall_ms" to
# runs.tsv and keeps the output in $out/last-NAME-RT.txt. Stops the script unless the program
# reported "ok".
run() {
  local rt=$1 name=$2; shift 2
  local cmd log="$out/last-$name-$rt.txt" start end status=0
  cmd=$("cmd_$rt" "$@")
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S %M" -o "$out/time.txt" $cmd >"$log" 2>&1 || status=$?
  end=$(date +%s%N)
  if (( status != 0 )) || ! grep -qw "ok" "$log" || grep -q "FAIL" "$log"; then
    say "FAILED: $rt $name ($cmd), exit status $status:"; cat "$log" >&2; exit 1
  fi
  read -r u s m <"$out/time.txt"
  local elapsed
  elapsed=$(awk '$1 == "elapsed_ms" {print $2}' "$log")
  printf '%s\t%s\t%s\t%.0f\t%s\t%d\n' "$name" "$rt" "${elapsed:-0}" \
    "$(awk -v u="$u" -v s="$s" 'BEGIN {print (u + s) * 1000}')" "$m" $(( (end - start) / 1000000 )) >>"$out/runs.tsv"
}

# kb RT NAME KEY: a "KEY value" line from the last output
kb() { awk -v k="$3" '$1 == k {print $2}' "$out/last-$2-$1.txt"; }

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print 0; else print a[int((NR+1)/2)]}'; }
# med NAME RT COLUMN: median of one column of runs.tsv (3 = elapsed ms, or bytes per actor for
# idle_bytes, 4 = cpu ms, 6 = process wall ms)
med() { awk -F'\t' -v n="$1" -v r="$2" -v c="$3" '$1 == n && $2 == r {print $c}' "$out/runs.tsv" | median; }

load() { cut -d' ' -f1-3 /proc/loadavg; }

: >"$out/runs.tsv"
load_start=$(load)
say "load average at start: $load_start; $runs runs of each"
for i in $(seq "$runs"); do
  say "round $i of $runs (load $(load))"
  for rt in mesh beam proto; do run "$rt" startup pingpong 0; done  # process start-up, for the record
  if want p1; then for rt in mesh beam proto; do run "$rt" spawn_exit spawn_exit "$N"; done; fi
  if want p2; then
    for rt in mesh beam proto; do
      run "$rt" idle_actors idle_actors "$N"
      before=$(kb "$rt" idle_actors rss_before_kb) idle=$(kb "$rt" idle_actors rss_idle_kb) hwm=$(kb "$rt" idle_actors hwm_kb)
      printf 'idle_bytes\t%s\t%d\t0\t0\t0\n' "$rt" $(( (idle - before) * 1024 / N )) >>"$out/runs.tsv"
      printf 'idle_peak_bytes\t%s\t%d\t0\t0\t0\n' "$rt" $(( (hwm - before) * 1024 / N )) >>"$out/runs.tsv"
    done
  fi
  if want p3; then
    for rt in mesh beam proto; do run "$rt" pingpong pingpong "$ROUNDS"; done
    for rt in mesh beam proto; do run "$rt" fanin fanin "$FANIN_S" "$FANIN_M"; done
  fi
  if want soak; then for rt in mesh beam; do run "$rt" soak soak "$SOAK_S" "$SOAK_R" "$SOAK_N"; done; fi
done
load_end=$(load)

# ---- report --------------------------------------------------------------------------------
net() { local t; t=$(med "$1" "$2" 3); (( t < 1 )) && t=1; echo "$t"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
rate() { awk -v n="$1" -v ms="$2" 'BEGIN {printf "%.0f", n * 1000 / ms}'; }
fmt() {
  awk -v x="$1" 'BEGIN {
    s = sprintf("%.0f", x < 0 ? -x : x); n = length(s); r = ""
    for (i = 1; i <= n; i++) { r = r substr(s, i, 1); if ((n - i) % 3 == 0 && i < n) r = r "," }
    print (x < 0 ? "-" : "") r }'
}
check() { awk -v v="$1" -v op="$2" -v g="$3" 'BEGIN {ok = (op == "<=" ? v <= g : v >= g); print (ok ? "yes" : "**no**")}'; }

echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"
echo "load average $load_start at start, $load_end at the end; median of $runs runs."
echo "Times are in-program (first spawn to verified result). Process start-up to exit of a trivial run (ping-pong with 0 rounds):"
echo "Mesh $(med startup mesh 6) ms, BEAM $(med startup beam 6) ms, Proto.Actor $(med startup proto 6) ms."
echo
echo "| benchmark | Mesh | BEAM | Proto.Actor | Mesh/BEAM | Mesh/Proto.Actor | goal | met |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
if want p1; then
  m=$(net spawn_exit mesh) b=$(net spawn_exit beam) p=$(net spawn_exit proto)
  echo "| P1 spawn + 1 message + exit, $(fmt "$N") actors (ms) | $m | $b | $p | $(ratio "$m" "$b") | $(ratio "$m" "$p") | ≤ 0.5× BEAM | $(check "$(ratio "$m" "$b")" "<=" 0.5) |"
fi
if want p2; then
  m=$(med idle_bytes mesh 3) b=$(med idle_bytes beam 3) p=$(med idle_bytes proto 3)
  echo "| P2 RSS per idle actor, $(fmt "$N") blocked in receive (bytes, steady RSS − baseline) | $(fmt "$m") | $(fmt "$b") | $(fmt "$p") | $(ratio "$m" "$b") | $(ratio "$m" "$p") | ≤ 2,600 B | $(check "$m" "<=" 2600) |"
  m=$(med idle_peak_bytes mesh 3) b=$(med idle_peak_bytes beam 3) p=$(med idle_peak_bytes proto 3)
  echo "| P2 same, peak RSS (VmHWM) − baseline | $(fmt "$m") | $(fmt "$b") | $(fmt "$p") | $(ratio "$m" "$b") | $(ratio "$m" "$p") | ≤ 2,600 B | $(check "$m" "<=" 2600) |"
fi
if want p3; then
  m=$(rate "$ROUNDS" "$(net pingpong mesh)") b=$(rate "$ROUNDS" "$(net pingpong beam)") p=$(rate "$ROUNDS" "$(net pingpong proto)")
  rb=$(ratio "$m" "$b") rp=$(ratio "$m" "$p")
  echo "| P3 ping-pong, $(fmt "$ROUNDS") round trips (round trips/s) | $(fmt "$m") | $(fmt "$b") | $(fmt "$p") | $rb | $rp | ≥ 1.5× both | $( [[ $(check "$rb" ">=" 1.5) == yes && $(check "$rp" ">=" 1.5) == yes ]] && echo yes || echo '**no**') |"
  t=$(( FANIN_S * FANIN_M ))
  m=$(rate "$t" "$(net fanin mesh)") b=$(rate "$t" "$(net fanin beam)") p=$(rate "$t" "$(net fanin proto)")
  rb=$(ratio "$m" "$b") rp=$(ratio "$m" "$p")
  echo "| P3 fan-in, $(fmt "$FANIN_S") senders × $(fmt "$FANIN_M") messages to 1 (messages/s) | $(fmt "$m") | $(fmt "$b") | $(fmt "$p") | $rb | $rp | ≥ 1.5× both | $( [[ $(check "$rb" ">=" 1.5) == yes && $(check "$rp" ">=" 1.5) == yes ]] && echo yes || echo '**no**') |"
fi
if want soak; then
  m=$(net soak mesh) b=$(net soak beam)
  echo "| soak, $(fmt $(( SOAK_S * SOAK_N ))) messages, $SOAK_S senders × $SOAK_R receivers (ms; count, sum and squares verified) | $m | $b | – | $(ratio "$m" "$b") | – | 0 lost or duplicated | yes |"
fi
echo
echo "Whole process, start to exit: wall ms / CPU ms (user + sys), medians. BEAM's schedulers spin"
echo "while idle, and Proto.Actor's figures include its warm-up run and the JIT."
echo
echo "| program | Mesh | BEAM | Proto.Actor |"
echo "| --- | --- | --- | --- |"
for b in startup spawn_exit idle_actors pingpong fanin soak; do
  [[ -n $(awk -F'\t' -v n="$b" '$1 == n' "$out/runs.tsv") ]] || continue
  p="$(med "$b" proto 6) / $(med "$b" proto 4)"; [[ $b == soak ]] && p="–"
  echo "| $b | $(med "$b" mesh 6) / $(med "$b" mesh 4) | $(med "$b" beam 6) / $(med "$b" beam 4) | $p |"
done
