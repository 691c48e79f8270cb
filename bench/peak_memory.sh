#!/usr/bin/env bash
# Peak memory of every front-end command on every hostile shape, as "a multiple of the input plus
# a constant" (issue 10, item 7). Each shape is made at about 2 MB and about 16 MB: both above the
# fixed working sizes (1 MiB reading batches, 256 KiB splitter windows and Markdown blocks), so
# the slope between them, (peak@16 − peak@2) / (bytes@16 − bytes@2), is what grows with the input.
# The excess is peak@16 − 4 × bytes@16: the constant that 4× the input leaves. The promise holds
# when every slope is at most 4 and every excess at most the stated constant (CONSTANT_MB, 24).
# Usage: bench/peak_memory.sh [SHAPE…]   (every shape by default)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
constant_mb=${CONSTANT_MB:-24}
shapes=${*:-$(python3 bench/hostile_shapes.py --list)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sori=build/bin/sori
peak_kb() {
  /usr/bin/time -f "%M" -o "$work/time" "$sori" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$work/time"
}
# Writes SHAPE at about TARGET bytes to FILE (scales are found from a probe at 20,000).
make_shape() {
  python3 bench/hostile_shapes.py "$1" 20000 "$work/probe.txt"
  local probe
  probe=$(stat -c %s "$work/probe.txt")
  python3 bench/hostile_shapes.py "$1" $((20000 * $2 / probe + 1)) "$3"
}
commands=("split --sentences" normalize outline "outline --spoken" "render --dry-run -o $work/out")
printf '문장입니다.\n' >"$work/one.txt"
printf "%-16s %-16s %9s %9s %9s %7s %10s %4s\n" shape command "MB@16" "peak MB" "1-line MB" slope "excess MB" ok
for shape in $shapes; do
  make_shape "$shape" 2000000 "$work/small.txt"
  make_shape "$shape" 16000000 "$work/big.txt"
  b1=$(stat -c %s "$work/small.txt")
  b2=$(stat -c %s "$work/big.txt")
  for command in "${commands[@]}"; do
    k0=$(peak_kb $command "$work/one.txt")
    k1=$(peak_kb $command "$work/small.txt")
    k2=$(peak_kb $command "$work/big.txt")
    awk -v s="$shape" -v c="${command%% -o*}" -v b1="$b1" -v b="$b2" -v k1="$k1" -v k="$k2" -v z="$k0" -v cm="$constant_mb" 'BEGIN {
      slope = (k - k1) * 1024 / (b - b1)
      excess = (k * 1024 - 4 * b) / 1048576
      ok = (slope <= 4 && excess <= cm) ? "yes" : "NO"
      printf "%-16s %-16s %9.1f %9.1f %9.1f %7.2f %10.1f %4s\n", s, c, b / 1048576, k / 1024, z / 1024, slope, excess, ok }'
  done
done
