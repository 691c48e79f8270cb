#!/usr/bin/env bash
# Issue 15's table: for each audio format, on the long text (bench/long_article.sh COPIES, default
# 24: about 2 h 30 min of audio) with the sentence cache warm, the time of a cold render (no
# encoded block cached), of a render after a one-sentence edit, and their ratio; the render from
# nothing (no sentence cached either) and the edit's ratio to it; then the cold render of the
# block-encoded formats with -j1 against -j2. With BASE=path/to/an/older/sori the
# same cold and edit runs of that binary come first, as the "before" of each row.
# CACHE=folder uses (and changes) that sentence cache instead of a fresh one, to skip the long
# first synthesis. Usage: bench/block_rerender.sh [COPIES]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
copies=${1:-24}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sori=$(realpath build/bin/sori)
base=${BASE:-}
cache=${CACHE:-$work/cache}
bench/long_article.sh "$copies" >"$work/long.txt"
cp "$work/long.txt" "$work/original.txt"
"$sori" render -q "$work/long.txt" -o "$work/warm" --cache-dir "$cache" -j 2
seconds=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['duration_seconds'])" "$work/warm/long.json")
# The edit: one sentence of the middle chapter says one word more.
edited=$(python3 - "$work/long.txt" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
paragraphs = [i for i, l in enumerate(lines) if l and not l.startswith("#")]
i = paragraphs[len(paragraphs) // 2]
lines[i] = lines[i].replace(" ", " 정말 ", 1)
print("\n".join(lines))
PY
)

timed() {  # timed BINARY FORMAT JOBS [CACHE]: seconds of one render into $work/out
  sync  # earlier runs' writes are flushed, not charged to this one
  /usr/bin/time -f "%e" -o "$work/time" "$1" render -q "$work/long.txt" -o "$work/out" --cache-dir "${4:-$cache}" --format "$2" -j "$3" \
    >/dev/null 2>&1
  cat "$work/time"
}

from_nothing() {  # from_nothing BINARY FORMAT: seconds of a render with no cache at all
  local seconds
  rm -rf "$work/empty" "$work/out"
  seconds=$(timed "$1" "$2" 2 "$work/empty")
  rm -rf "$work/empty" "$work/out"
  echo "$seconds"
}

forget_edit() {  # removes the cache entries of sentences the warm render did not have
  python3 - "$work/warm/long.json" "$work/out/long.json" "$cache" <<'PY'
import json, os, sys
warm = {s.get("cache_key") for s in json.load(open(sys.argv[1]))["sentences"]}
for s in json.load(open(sys.argv[2]))["sentences"]:
    key = s.get("cache_key")
    if key and key not in warm:
        path = os.path.join(sys.argv[3], key[:2], key + ".seg")
        if os.path.exists(path):
            os.remove(path)
PY
}

least() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }'; }

cold_and_edit() {  # cold_and_edit BINARY FORMAT: "cold edit" seconds, the best of 3 rounds for WAV and FLAC
  local cold="" edit="" rounds=1 round
  case "$2" in wav | flac) rounds=3 ;; esac  # under a second: one stall of the disk would double them
  for ((round = 0; round < rounds; round++)); do
    find "$cache" -name '*.blk' -delete
    rm -rf "$work/out"
    cp "$work/original.txt" "$work/long.txt"
    cold=$(least "$cold" "$(timed "$1" "$2" 2)")
    printf '%s\n' "$edited" >"$work/long.txt"
    edit=$(least "$edit" "$(timed "$1" "$2" 2)")
    cp "$work/original.txt" "$work/long.txt"
    forget_edit  # the edited sentence: synthesized again by the next edit run
  done
  echo "$cold $edit"
}

printf "long text: %.0f s of audio\n" "$seconds"
printf "%-6s %10s %10s %8s %10s %10s %8s %10s %10s %8s\n" format "cold s" "edit s" "ratio" "before s" "before ed" "ratio" "cold ×" \
  "nothing s" "edit/n"
for format in ${FORMATS:-wav flac opus mp3 m4b}; do
  read -r cold edit <<<"$(cold_and_edit "$sori" "$format")"
  nothing=$(from_nothing "$sori" "$format")
  before="- - -"
  if [ -n "$base" ]; then
    read -r bcold bedit <<<"$(cold_and_edit "$base" "$format")"
    before=$(awk -v c="$bcold" -v e="$bedit" 'BEGIN { printf "%.2f %.2f %.3f", c, e, e / c }')
  fi
  read -r bc be br <<<"$before"
  awk -v f="$format" -v c="$cold" -v e="$edit" -v bc="$bc" -v be="$be" -v br="$br" -v n="$nothing" \
    'BEGIN { printf "%-6s %10.2f %10.2f %8.3f %10s %10s %8s %10s %10.2f %8.3f\n", f, c, e, e / c, bc, be, br, (bc == "-" ? "-" : sprintf("%.2f", c / bc)), n, e / n }'
done
echo
printf "%-6s %10s %10s %8s %14s\n" format "-j1 s" "-j2 s" "ratio" "× real time/core"
for format in ${JFORMATS-flac opus}; do
  find "$cache" -name '*.blk' -delete
  rm -rf "$work/out"
  one=$(timed "$sori" "$format" 1)
  find "$cache" -name '*.blk' -delete
  rm -rf "$work/out"
  two=$(timed "$sori" "$format" 2)
  awk -v f="$format" -v a="$one" -v b="$two" -v s="$seconds" 'BEGIN { printf "%-6s %10.2f %10.2f %8.2f %14.0f\n", f, a, b, b / a, s / a }'
done
