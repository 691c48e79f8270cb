#!/usr/bin/env bash
# How fast each audio format is written once the sentences are in the cache and no encoded block
# is (they are removed before each run): `sori render
# --format F` of ARTICLE (default the sample) into a fresh output folder, best of three, as
# seconds and as times real time; with BASE=path/to/an/older/sori the same runs of that binary
# give a speed-up ratio (older time / this time). Usage: bench/format_speed.sh [ARTICLE]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
article=$(realpath "${1:-input/meta-ai-strategy.txt}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sori=$(realpath build/bin/sori)
base=${BASE:-}
"$sori" render -q "$article" -o "$work/warm" --cache-dir "$work/cache"
seconds=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['duration_seconds'])" "$work/warm/$(basename "${article%.*}").json")

best_of_three() {  # best_of_three BINARY FORMAT: the shortest of three wall times, in seconds
  local best="" run
  for run in 1 2 3; do
    rm -rf "$work/out"
    find "$work/cache" -name '*.blk' -delete
    sync  # earlier runs' writes are flushed, not charged to this one
    /usr/bin/time -f "%e" -o "$work/time" "$1" render -q "$article" -o "$work/out" --cache-dir "$work/cache" --format "$2" >/dev/null 2>&1
    best=$(awk -v a="$(cat "$work/time")" -v b="$best" 'BEGIN { print (b == "" || a < b) ? a : b }')
  done
  echo "$best"
}

printf "%-6s %8s %12s %s\n" format seconds "× real time" "${base:+speed-up}"
for format in wav flac opus mp3 m4b; do
  t=$(best_of_three "$sori" "$format")
  ratio=""
  [ -z "$base" ] || ratio=$(awk -v o="$(best_of_three "$base" "$format")" -v n="$t" 'BEGIN { printf "%.1f", o / (n > 0 ? n : 0.01) }')
  awk -v f="$format" -v t="$t" -v s="$seconds" -v r="$ratio" 'BEGIN { printf "%-6s %8.2f %12.0f %s\n", f, t, s / (t > 0 ? t : 0.01), r }'
done
