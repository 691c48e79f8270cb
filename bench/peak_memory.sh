#!/usr/bin/env bash
# Peak memory of every front-end command on every hostile shape, as "a multiple of the input plus
# a constant" (issue 10, item 7). The constant is the peak on a one-sentence input; the multiple
# is the slope between the 10× and the 100× file: (peak@100× − peak@10×) / (bytes@100× − bytes@10×).
# A command keeps its promise when the slope is at most 4 and peak@100× ≤ 4 × bytes + constant.
# Usage: bench/peak_memory.sh [BASE [SHAPE…]]   (default 20000 and every shape)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
base=${1:-20000}
shift || true
shapes=${*:-$(python3 bench/hostile_shapes.py --list)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sori=build/bin/sori
peak_kb() {
  /usr/bin/time -f "%M" -o "$work/time" "$sori" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$work/time"
}
commands=("split --sentences" normalize outline "outline --spoken" "render --dry-run -o $work/out")
printf '문장입니다.\n' >"$work/one.txt"
declare -A constant
for command in "${commands[@]}"; do constant[$command]=$(peak_kb $command "$work/one.txt"); done
printf "%-16s %-16s %10s %9s %9s %7s %6s\n" shape command "bytes@100x" "MB@100x" "const MB" slope ok
worst=0
for shape in $shapes; do
  python3 bench/hostile_shapes.py "$shape" $((base * 10)) "$work/$shape-10.txt"
  python3 bench/hostile_shapes.py "$shape" $((base * 100)) "$work/$shape-100.txt"
  b10=$(stat -c %s "$work/$shape-10.txt")
  b100=$(stat -c %s "$work/$shape-100.txt")
  for command in "${commands[@]}"; do
    k10=$(peak_kb $command "$work/$shape-10.txt")
    k100=$(peak_kb $command "$work/$shape-100.txt")
    awk -v s="$shape" -v c="${command%% -o*}" -v b10="$b10" -v b="$b100" -v k10="$k10" -v k="$k100" -v z="${constant[$command]}" 'BEGIN {
      slope = (k - k10) * 1024 / (b - b10)
      ok = (slope <= 4 && k * 1024 <= 4 * b + z * 1024) ? "yes" : "NO"
      printf "%-16s %-16s %10d %9.1f %9.1f %7.2f %6s\n", s, c, b, k / 1024, z / 1024, slope, ok }'
  done
done
