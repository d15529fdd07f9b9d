# Mesh toolchain: build, test and housekeeping.
#   make setup   install missing system packages, build everything, compile and run examples/hello
#   make build   publish meshc and the runtime into artifacts/, build the test project
#   make test    build, run the whole NUnit suite once, end with "N passed, N failed"
#   make golden  rewrite tests/golden/*.mir and *.ll from the current compiler (review the diff!)
#   make clean   remove artifacts/ and every project's bin/ and obj/

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build

DOTNET ?= dotnet
CONFIG := Release
TEST_PROJECT := tests/Mesh.Tests/Mesh.Tests.csproj
DOTNET_FLAGS := -c $(CONFIG) --nologo -v minimal

export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE := 1

.PHONY: build meshc runtime test-build test golden setup clean

build: meshc runtime test-build

# The compiler CLI, a NativeAOT executable: artifacts/meshc/meshc. Builds Mesh.Compiler in Release once;
# the test project below reuses that build.
meshc:
	rm -rf artifacts/meshc
	$(DOTNET) publish compiler/meshc/meshc.csproj $(DOTNET_FLAGS) -o artifacts/meshc

# The runtime as a NativeAOT static library: artifacts/runtime/libmeshrt.a + meshrt.link.
runtime:
	$(DOTNET) publish runtime/Mesh.Runtime/Mesh.Runtime.csproj $(DOTNET_FLAGS) -r linux-x64 -o artifacts/runtime

test-build:
	$(DOTNET) build $(TEST_PROJECT) $(DOTNET_FLAGS)

# scripts/test.sh builds (through the targets above), runs the suite once and prints the summary line
# even when the build or tests fail; it exits non-zero in that case.
test:
	@scripts/test.sh

golden: meshc test-build
	MESH_UPDATE_GOLDEN=1 $(DOTNET) test $(TEST_PROJECT) -c $(CONFIG) --no-build --nologo \
	  --filter "FullyQualifiedName~Mesh.Tests.E2E.GoldenTests"
	@git status --short -- tests/golden || true

setup:
	@scripts/setup.sh

clean:
	rm -rf artifacts TestResults
	find . -name '*.csproj' -not -path './artifacts/*' -not -path './.git/*' -print0 \
	  | xargs -0 -r -n1 dirname | sort -u | while read -r d; do rm -rf "$$d/bin" "$$d/obj"; done
	for d in examples/*/; do n="$$(basename "$$d")"; rm -f "$$d$$n" "$$d$$n.o" "$$d$$n.ll"; done
