#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite twice, failing if either run
# fails: first the GCC build in build/, then a clang build with
# AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/, which also
# holds the fuzz targets and runs each for a short fixed time (docs/testing.md).
# Arguments go to both ctest runs, e.g. scripts/test.sh -R yaml.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

failed=()
echo "== test suite: GCC, build/"
(cd build && ctest --output-on-failure -j"$(nproc)" "$@") || failed+=("build/")

echo "== test suite: clang with ASan + UBSan, build-asan/"
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# -O1 with line tables only, as OSS-Fuzz builds: much quicker to compile
# than -O2 -g, and the reports still give file and line.
if cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
     "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" \
     -DCMAKE_CXX_COMPILER=clang++ -DLINTEL_FUZZ=ON -DLINTEL_WERROR=$werror \
     "${launcher[@]}" >/dev/null \
   && cmake --build build-asan -j"$(nproc)"; then
  (cd build-asan && ctest --output-on-failure -j"$(nproc)" "$@") || failed+=("build-asan/")
else
  failed+=("build-asan/ (build)")
fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "test.sh: FAILED in ${failed[*]}" >&2
  exit 1
fi
echo "test.sh: both test suites passed"
