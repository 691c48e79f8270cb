#!/usr/bin/env bash
# Issue 16's figures: on the long text (bench/long_article.sh COPIES, default 24: about 2 h 30 min
# of audio) with the sentence cache and the MP3 blocks warm, the time and peak memory of a render
# of the MP3 alone and of the MP3 with the EPUB and the read-along page (what reading along adds),
# the sizes of what it writes, and epubcheck's verdict on the long EPUB.
# Usage: bench/read_along.sh [COPIES]  (CACHE=folder reuses a sentence cache; SORI=binary)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-24}
sori=${SORI:-build/bin/sori}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cache=${CACHE:-$work/cache}
bench/long_article.sh "$copies" >"$work/long.txt"
"$sori" render -q "$work/long.txt" -o "$work/warm" --cache-dir "$cache" --format mp3 -j 2  # sentences and blocks cached
run() {  # run FORMATS: best of 3, seconds and peak KB
  local best="" kb=""
  for _ in 1 2 3; do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %M" -o "$work/time" "$sori" render -q "$work/long.txt" -o "$work/out" --cache-dir "$cache" --format "$1" -j 2
    read -r s m <"$work/time"
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $s < $best else 1)"; then best=$s kb=$m; fi
  done
  echo "$best $kb"
}
read -r mp3_s mp3_kb < <(run mp3)
read -r all_s all_kb < <(run mp3,epub,html)
hours=$(python3 -c "import json,sys; print(round(json.load(open(sys.argv[1]))['duration_seconds']/3600, 2))" "$work/out/long.json")
printf 'audio: %s h, %s sentences\n' "$hours" "$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['sentences']))" "$work/out/long.json")"
printf 'mp3 alone:          %6.2f s  %7d KB peak\n' "$mp3_s" "$mp3_kb"
printf 'mp3 + epub + html:  %6.2f s  %7d KB peak  (x%.2f)\n' "$all_s" "$all_kb" "$(python3 -c "print($all_s / $mp3_s)")"
ls -l "$work/out/long/" | awk 'NR>1 {printf "  %-12s %12d bytes\n", $9, $5}'
if [ -f /usr/share/java/epubcheck.jar ]; then
  /usr/bin/time -f "epubcheck: %e s" java -jar /usr/share/java/epubcheck.jar "$work/out/long.epub" 2>&1 | grep -E "errors|warnings|epubcheck:|No errors" | head -3
fi
