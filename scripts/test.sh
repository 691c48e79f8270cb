#!/usr/bin/env bash
# Quick start 2: install what is missing (and ffmpeg for the end-to-end checks), build, and run
# every test. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-test-tools --all
cd build
ctest --output-on-failure -j "$(nproc)"
