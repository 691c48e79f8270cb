#!/usr/bin/env bash
# Every front-end command on every hostile shape at 1×, 10× and 100× a base size (20,000 units):
# time and peak memory (/usr/bin/time -v), the growth of each from 1× to 10× and to 100×
# (linear: about 10 and 100), and peak memory as a multiple of the input.
# Usage: bench/linear_time.sh [BASE]   (default 20000; the 100× files are a few MB to 60 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
base=${1:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sori=build/bin/sori
measure() {  # prints "seconds kilobytes"
  /usr/bin/time -f "%e %M" -o "$work/time" "$sori" "$@" >/dev/null 2>&1 || true
  cat "$work/time"
}
printf "%-16s %-18s %10s %8s %8s %8s %8s %10s\n" shape command "bytes@100x" "s@1x" "s@100x" "x10" "x100" "rss/input"
for shape in $(python3 bench/hostile_shapes.py --list); do
  for scale in 1 10 100; do python3 bench/hostile_shapes.py "$shape" $((base * scale)) "$work/$shape-$scale.txt"; done
  for command in "split --sentences" normalize outline "render --dry-run -o $work/out"; do
    read -r t1 _ <<<"$(measure $command "$work/$shape-1.txt")"
    read -r t10 _ <<<"$(measure $command "$work/$shape-10.txt")"
    read -r t100 k100 <<<"$(measure $command "$work/$shape-100.txt")"
    bytes=$(stat -c %s "$work/$shape-100.txt")
    awk -v s="$shape" -v c="${command%% -o*}" -v b="$bytes" -v a="$t1" -v m="$t10" -v z="$t100" -v k="$k100" 'BEGIN {
      f = (a > 0.01 ? a : 0.01)
      printf "%-16s %-18s %10d %8.2f %8.2f %8.1f %8.1f %10.1f\n", s, c, b, a, z, m / f, z / f, k * 1024 / b }'
  done
done
