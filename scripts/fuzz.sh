#!/usr/bin/env bash
# Fuzzes one target for a while: scripts/fuzz.sh TARGET SECONDS
# TARGET is yaml, lintel, snapshot, import_openapi, import_dsl or import_json
# (or fuzz_yaml, ...). Builds the clang
# fuzz build in build-fuzz/ (ASan + UBSan + libFuzzer; ccache when present),
# then runs the target from its seed corpus with its dictionary. Inputs that
# add coverage collect in build-fuzz/corpus/TARGET and are reused next time;
# a crash is saved as build-fuzz/artifacts/TARGET-crash-* (docs/testing.md).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 2 ] || ! [[ $2 =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS   (TARGET: yaml, lintel, snapshot, import_openapi, import_dsl or import_json)" >&2
  exit 2
fi
name=${1#fuzz_}
seconds=$2
if [ ! -f "tests/fuzz/$name.options" ]; then
  echo "fuzz.sh: no fuzz target '$1'; the targets are yaml, lintel, snapshot, import_openapi, import_dsl and import_json" >&2
  exit 2
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# The same flags as build-asan/ in scripts/test.sh.
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" \
  -DCMAKE_CXX_COMPILER=clang++ -DLINTEL_FUZZ=ON -DLINTEL_BUILD_GUI=OFF "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "fuzz_$name"

corpus=build-fuzz/corpus/$name
mkdir -p "$corpus" build-fuzz/artifacts
mapfile -t flags < <(grep '^-' "tests/fuzz/$name.options")
# The same sanitizer settings as the test suite (tests/CMakeLists.txt).
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# -print_final_stats ends the run with the executions done; the last
# "#N ... cov: C ft: F" line gives the coverage reached.
exec "build-fuzz/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -print_final_stats=1 \
  "${flags[@]}" -dict="tests/fuzz/$name.dict" -artifact_prefix="build-fuzz/artifacts/$name-" \
  "$corpus" "tests/fuzz/corpus/$name"
