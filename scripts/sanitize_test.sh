#!/usr/bin/env bash
# Builds sori and its tests with AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/
# (-DSORI_SANITIZE=ON: any finding aborts the test) and runs every test but the end-to-end ones
# of tests/cli that start the real binary many times, which keeps CI short. CI runs it (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
cmake -S . -B build-asan -DSORI_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" >/dev/null
cmake --build build-asan -j "$(nproc)" --target sori_unit_tests >/dev/null
# eSpeak NG's own library is not instrumented; its helper thread's leaks are not ours to report.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
build-asan/bin/sori_unit_tests "~[e2e]" --order lex
