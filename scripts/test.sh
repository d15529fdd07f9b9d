#!/usr/bin/env bash
# Builds everything, runs the whole NUnit suite once and ends with one line "N passed, N failed".
# Exits non-zero when the build or any test fails. Used by `make test` and .ci/run.
set -uo pipefail
# The runtime tests skip when artifacts/runtime is missing; in a full run that is a failure.
export MESH_REQUIRE_RUNTIME=1

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"

MAKE="${MAKE:-make}"
results="artifacts/test-results"
trx="$results/mesh.trx"
status=0

summary() { # passed failed
  echo "$1 passed, $2 failed"
}

# Build step by step so that a broken runtime still lets the compiler's tests run (and be counted).
build_failed=()
for target in meshc runtime; do
  if ! "$MAKE" --no-print-directory "$target"; then
    echo "*** make $target failed" >&2
    build_failed+=("$target")
  fi
done
if ! "$MAKE" --no-print-directory test-build; then
  echo "*** make test-build failed; no tests were run" >&2
  summary 0 1
  exit 1
fi

rm -rf "$results"
mkdir -p "$results"
dotnet test tests/Mesh.Tests/Mesh.Tests.csproj -c Release --no-build --nologo \
  --results-directory "$results" \
  --logger "trx;LogFileName=mesh.trx" \
  --blame-hang --blame-hang-timeout 20min --blame-hang-dump-type none
test_rc=$?

passed=""
failed=""
if [[ -f "$trx" ]]; then
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n1 || true)"
  attr() { # name -> value (0 when absent)
    local v
    v="$(grep -o " $1=\"[0-9]*\"" <<<"$counters" | grep -o '[0-9][0-9]*' || true)"
    echo "${v:-0}"
  }
  if [[ -n "$counters" ]]; then
    passed="$(attr passed)"
    failed=$(( $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted) + $(attr notRunnable) ))
  fi
fi
if [[ -z "$passed" ]]; then
  # No TRX (the test host crashed?): fall back to zero passed, one failure.
  echo "*** no test results found in $trx" >&2
  passed=0
  failed=0
fi

if [[ $test_rc -ne 0 && $failed -eq 0 ]]; then
  echo "*** dotnet test exited with $test_rc" >&2
  failed=1
fi
if [[ ${#build_failed[@]} -gt 0 ]]; then
  echo "*** build failed: ${build_failed[*]}" >&2
  status=1
fi
if [[ $failed -gt 0 ]]; then
  status=1
fi
summary "$passed" "$failed"
exit $status
