#!/usr/bin/env bash
# Times `sori render` against plain `espeak-ng -v ko -f ARTICLE -w OUT.wav` on the same article
# in the same run (runs interleaved, medians compared) and prints the ratio. Not a test: the
# figures depend on the machine. Usage: bench/render_vs_espeak.sh [ARTICLE] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-input/meta-ai-strategy.txt}
runs=${2:-10}
scripts/setup.sh >/dev/null
if ! command -v espeak-ng >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq espeak-ng >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

build/sori render -q -o "$work/sori" "$article"              # warm the page cache
espeak-ng -v ko -f "$article" -w "$work/espeak.wav"
: > "$work/sori.times"; : > "$work/espeak.times"
for _ in $(seq "$runs"); do
  t0=$(now); build/sori render -q -o "$work/sori" "$article"; t1=$(now)
  espeak-ng -v ko -f "$article" -w "$work/espeak.wav"; t2=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >> "$work/sori.times"
  awk -v a="$t1" -v b="$t2" 'BEGIN {print b - a}' >> "$work/espeak.times"
done
sori_s=$(median < "$work/sori.times")
espeak_s=$(median < "$work/espeak.times")
name=$(basename "$article" | sed 's/\.[^.]*$//')
audio_s=$(grep -m1 '"duration_seconds"' "$work/sori/$name.json" | tr -dc '0-9.')
printf 'article            %s (%s s of audio)\n' "$article" "$audio_s"
printf 'sori render        %.3f s (median of %d)\n' "$sori_s" "$runs"
printf 'espeak-ng -v ko    %.3f s (median of %d)\n' "$espeak_s" "$runs"
printf 'ratio sori/espeak  %.2f\n' "$(awk -v a="$sori_s" -v b="$espeak_s" 'BEGIN {print a / b}')"
if [ -x /usr/bin/time ]; then
  rss=$(/usr/bin/time -v build/sori render -q -o "$work/sori" "$article" 2>&1 | awk -F: '/Maximum resident/ {print $2}')
  printf 'sori peak memory   %d KiB\n' "$rss"
fi
