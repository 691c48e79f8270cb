#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and render every article in input/ into out/.
# Extra arguments go to `sori render` (for example: scripts/render.sh --preset slow).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build/bin/sori render "$@"
