#!/usr/bin/env bash
# Front-end speed in MB/s (issue 10: the goal is ≥ 10 MB/s): real documents made long (the
# sample article repeated, the Markdown and plain-text articles of ../shared/data repeated) and
# every hostile shape of bench/hostile_shapes.py, each at about SIZE MB, through five commands.
# Wall time is the best of three runs; with BASE=path/to/an/older/sori the same runs of that
# binary give a speed-up ratio (older time / this time) in the last column.
# Usage: bench/throughput.sh [SIZE_MB] [documents|SHAPE…]   (default 8; the documents and every shape)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
size_mb=${1:-8}
shift || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sori=build/bin/sori
base=${BASE:-}

repeat_to() {  # repeat_to OUT FILE…: the files one after another until OUT holds size_mb MB
  : >"$1.one"
  for f in "${@:2}"; do cat "$f" >>"$1.one"; printf '\n\n' >>"$1.one"; done
  : >"$1"
  while [ "$(stat -c %s "$1")" -lt $((size_mb * 1000000)) ]; do cat "$1.one" >>"$1"; done
  rm "$1.one"
}

best_of_three() {  # best_of_three BINARY ARGS…: the shortest of three wall times, in seconds
  local best=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e" -o "$work/time" "$@" >/dev/null 2>&1 || true
    best=$(awk -v a="$(cat "$work/time")" -v b="$best" 'BEGIN { print (b == "" || a < b) ? a : b }')
  done
  echo "$best"
}

inputs=()
[ $# -gt 0 ] || set -- documents $(python3 bench/hostile_shapes.py --list)
for shape in "$@"; do
  if [ "$shape" = documents ]; then
    repeat_to "$work/sample-article.txt" input/meta-ai-strategy.txt
    repeat_to "$work/articles.md" ../shared/data/articles/*.md
    repeat_to "$work/articles.txt" ../shared/data/articles/*.txt
    inputs+=("$work/sample-article.txt" "$work/articles.md" "$work/articles.txt")
    continue
  fi
  python3 bench/hostile_shapes.py "$shape" $((size_mb * 200000)) "$work/$shape.txt"
  inputs+=("$work/$shape.txt")
done

printf "%-18s %-18s %8s %7s %7s %s\n" input command MB seconds "MB/s" "${base:+speed-up}"
for input in "${inputs[@]}"; do
  bytes=$(stat -c %s "$input")
  for command in "split --sentences" normalize outline "outline --spoken" "render --dry-run -o $work/out"; do
    # shellcheck disable=SC2086
    t=$(best_of_three "$sori" $command "$input")
    ratio=""
    # shellcheck disable=SC2086
    [ -z "$base" ] || ratio=$(awk -v o="$(best_of_three "$base" $command "$input")" -v n="$t" 'BEGIN { printf "%.2f", o / (n > 0 ? n : 0.01) }')
    awk -v i="$(basename "$input")" -v c="${command%% -o*}" -v b="$bytes" -v t="$t" -v r="$ratio" 'BEGIN {
      printf "%-18s %-18s %8.1f %7.2f %7.1f %s\n", i, c, b / 1e6, t, b / 1e6 / (t > 0 ? t : 0.01), r }'
  done
done
