#!/usr/bin/env bash
# Sets up, builds and opens the bundled realistic example in Lintel. Without
# a display it checks the example headless instead and says how to see it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
example=resources/examples/shop.yaml
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/app/lintel "$example"
fi
echo "No display found: validating $example with lintel-cli instead."
echo "(On a desktop this opens the editor; under Xvfb: xvfb-run build/app/lintel $example)"
build/app/cli/lintel-cli validate "$example" --fail-on never
