#!/usr/bin/env bash
# Fuzzes the text stages with libFuzzer (clang, ASan + UBSan): reader, structure, splitter,
# normalizer and the whole script front end, each for SECONDS (default 60), two at a time.
# Seeds: the texts in tests/data and ../shared/data (cut into pieces of at most 4 KB). Inputs
# that crash, hang or blow up memory land in tests/data/fuzz/TARGET/, which the test suite
# replays (tests/fuzz/replay_test.cpp). Usage: scripts/fuzz.sh [SECONDS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(reader structure splitter normalizer pronunciation script)
scripts/setup.sh >/dev/null  # the packages (and the program)
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ -n "${missing[*]:-}" ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DSORI_FUZZ=ON -DBUILD_TESTING=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null

seeds=build-fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds"
find tests/data ../shared/data -type f \( -name '*.txt' -o -name '*.md' -o -name '*.tsv' \) -not -path '*/fuzz/*' -print0 |
  while IFS= read -r -d '' f; do split -b 4000 -a 4 "$f" "$seeds/$(basename "$f")."; done

run() {
  local target=$1 corpus=build-fuzz/corpus/$1 found=tests/data/fuzz/$1
  mkdir -p "$corpus" "$found"
  touch "build-fuzz/$target.log.start"
  build-fuzz/bin/fuzz_"$target" "$corpus" "$seeds" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$found/" -print_final_stats=1 > "build-fuzz/$target.log" 2>&1 || true
  local runs
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "build-fuzz/$target.log" | grep -o '[0-9]*$' || echo 0)
  local findings
  findings=$(find "$found" -newer "build-fuzz/$target.log.start" -name '*-*' 2>/dev/null | wc -l)
  echo "fuzz $target: $runs runs in ${seconds}s, $findings new findings in $found (log: build-fuzz/$target.log)"
}
running=0
for target in "${targets[@]}"; do  # two at a time
  run "$target" &
  running=$((running + 1))
  if [ "$running" -eq 2 ]; then wait; running=0; fi
done
wait
