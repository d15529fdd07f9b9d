#!/usr/bin/env bash
# Installs the system packages the toolchain needs, and only those that are missing:
#   libllvm19     LLVM 19, loaded by meshc at run time (libLLVM-19.so)
#   lld-19        LLVM's linker: meshc links programs with it (about 3x faster than GNU ld; without
#                 it meshc falls back to GNU ld)
#   zlib1g-dev    libz for linking compiled programs
#   libstdc++-N-dev  libstdc++ for linking compiled programs (N = gcc's major version)
#   make          drives the build
# Expects Debian 12 (or a relative) with the .NET SDK, gcc and git already present.
# Uses sudo only when not running as root. Safe to run again: it does nothing when all is there.
set -euo pipefail

note() { echo "[install-deps] $*"; }
die() { echo "[install-deps] error: $*" >&2; exit 1; }

for tool in dotnet gcc git; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not installed; install it first (the .NET 10 SDK, gcc and git are prerequisites)"
done

missing=()
if [[ ! -e /usr/lib/x86_64-linux-gnu/libLLVM-19.so ]]; then
  missing+=(libllvm19)
fi
# gcc prints the bare file name when it cannot find a library on its search path.
if [[ ! -e /usr/lib/llvm-19/bin/ld.lld ]]; then
  missing+=(lld-19)
fi
if [[ "$(gcc -print-file-name=libz.so)" == "libz.so" && "$(gcc -print-file-name=libz.a)" == "libz.a" ]]; then
  missing+=(zlib1g-dev)
fi
if [[ "$(gcc -print-file-name=libstdc++.so)" == "libstdc++.so" ]]; then
  missing+=("libstdc++-$(gcc -dumpversion | cut -d. -f1)-dev")
fi
if ! command -v make >/dev/null 2>&1; then
  missing+=(make)
fi

if [[ ${#missing[@]} -eq 0 ]]; then
  note "system packages: all present"
  exit 0
fi

command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get to install them with"
sudo_cmd=()
if [[ "$(id -u)" -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || die "missing ${missing[*]}; run as root or install sudo"
  sudo_cmd=(sudo)
fi

note "installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update
"${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"

if [[ ! -e /usr/lib/x86_64-linux-gnu/libLLVM-19.so ]]; then
  # Some package versions ship only the versioned name; meshc loads "LLVM-19".
  versioned="$(ls /usr/lib/x86_64-linux-gnu/libLLVM.so.19* /usr/lib/x86_64-linux-gnu/libLLVM-19.so.* 2>/dev/null | head -n1 || true)"
  [[ -n "$versioned" ]] || die "libllvm19 installed but no libLLVM 19 library found"
  "${sudo_cmd[@]}" ln -s "$versioned" /usr/lib/x86_64-linux-gnu/libLLVM-19.so
fi
note "done"
