#!/usr/bin/env bash
# One-command set-up: install missing system packages, build the compiler, runtime and tests,
# check the bin/meshc launcher, then compile and run examples/hello. Safe to run again.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"

step() { echo; echo "==> $*"; }

step "system packages"
scripts/install-deps.sh

step "build (make build)"
make --no-print-directory build

step "launcher"
chmod +x bin/meshc
[[ -x artifacts/meshc/meshc ]] || { echo "make build did not produce artifacts/meshc/meshc" >&2; exit 1; }
# Any answer from meshc itself (0 ok, 1 or 2 for usage) shows the launcher and the .NET host work;
# a missing build or an unusable host gives another status and a message.
set +e
bin/meshc --help >/dev/null 2>&1
rc=$?
set -e
if [[ $rc -gt 2 ]]; then
  bin/meshc --help || true
  echo "bin/meshc does not run (exit status $rc); see the message above" >&2
  exit 1
fi
echo "bin/meshc works ($root/bin/meshc)"

step "compile and run examples/hello"
bin/meshc build examples/hello
examples/hello/hello

echo
echo "Set-up complete. Try: bin/meshc build examples/hello && examples/hello/hello"
