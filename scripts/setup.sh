#!/usr/bin/env bash
# Installs what Lintel needs on Debian 12 (only what is missing), installs the
# test-time validators from npm, and builds everything into build/.
# Safe to run again: every step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

# Compilers (clang with its sanitizer and libFuzzer runtimes for the
# build-asan/ suite and scripts/fuzz.sh), build and run-time libraries, then
# the tools the test suite validates with (git: the merge driver tests run
# real merges).
packages=(
  cmake ninja-build g++ pkg-config
  clang libclang-rt-14-dev
  qt6-base-dev qt6-svg-dev libqt6svg6-dev libgl-dev qt6-declarative-dev
  libyaml-cpp-dev libyaml-dev libsqlite3-dev libgraphviz-dev graphviz
  libcmark-gfm-dev libcmark-gfm-extensions-dev libkainjow-mustache-dev
  nlohmann-json3-dev libcli11-dev
  fonts-dejavu-core xvfb xauth libxml2-utils poppler-utils
  xdotool x11-utils imagemagick
  git
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Validators used by the tests (redocly, swagger-cli, markdownlint, SARIF,
# ajv with the OTM schema),
# pinned in package-lock.json.
if [ ! -x node_modules/.bin/redocly ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
# The SARIF validator is a native binary whose run bit npm does not set.
find node_modules/@microsoft/sarif-multitool-linux -name Sarif.Multitool -type f -exec chmod +x {} + 2>/dev/null || true

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DLINTEL_WERROR=$werror "${launcher[@]}" >/dev/null
cmake --build build -j"$(nproc)"
