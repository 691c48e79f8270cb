#!/usr/bin/env bash
# How fast sori renders, against plain `espeak-ng -v ko -f ARTICLE -w OUT.wav` on the same text
# in the same run (runs interleaved, medians compared), for the sample article and for a text
# more than 20 times as long made of distinct sentences (bench/long_article.sh):
#   cold      first render with an empty cache and no previous output, -j 2   (target ≤ 0.7× espeak-ng)
#   no change the same render again                                         (target ≤ 0.05× cold)
#   one edit  one sentence changed, a new change each run                   (target ≤ 0.10× cold)
#   memory    peak resident set of the cold render (/usr/bin/time -v; the largest of sori and its
#             workers)                                                    (target ≤ 64 MiB)
# Not a test: the figures depend on the machine. Usage: bench/render_vs_espeak.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
scripts/setup.sh >/dev/null
need=()
command -v espeak-ng >/dev/null || need+=(espeak-ng)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sori=$PWD/build/bin/sori

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {print b - a}'; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }

cp input/meta-ai-strategy.txt "$work/sample.txt"
bench/long_article.sh 24 > "$work/long.txt"

# bench NAME EDIT_PATTERN: the edit inserts "N번이나" after the first match of the pattern.
bench() {
  local name=$1 pattern=$2 text="$work/$1.txt" out="$work/out-$1"
  : > "$work/espeak"; : > "$work/cold"; : > "$work/same"; : > "$work/edit"
  espeak-ng -v ko -f "$text" -w "$work/espeak.wav"   # warm the page cache
  for run in $(seq "$runs"); do
    cp "$work/$name.txt" "$work/$name.orig"
    rm -rf "$out"
    t=$(now); "$sori" render -q -j 2 -o "$out" "$text"; since "$t" >> "$work/cold"
    t=$(now); espeak-ng -v ko -f "$text" -w "$work/espeak.wav"; since "$t" >> "$work/espeak"
    t=$(now); "$sori" render -q -j 2 -o "$out" "$text"; since "$t" >> "$work/same"
    sed -i "0,/$pattern/s//& ${run}번이나/" "$text"
    t=$(now); "$sori" render -q -j 2 -o "$out" "$text"; since "$t" >> "$work/edit"
    cp "$work/$name.orig" "$text"
  done
  rm -rf "$out"
  local rss
  rss=$(/usr/bin/time -v "$sori" render -q -j 2 -o "$out" "$text" 2>&1 | awk -F: '/Maximum resident/ {print $2}')
  local e c s d
  e=$(median < "$work/espeak"); c=$(median < "$work/cold"); s=$(median < "$work/same"); d=$(median < "$work/edit")
  printf '%-6s %7s KB %9s s audio | espeak-ng %6.3f s | cold -j2 %6.3f s = %s× espeak | no change %6.3f s = %s× cold | one edit %6.3f s = %s× cold | peak RSS %d KiB\n' \
    "$name" "$(( $(wc -c < "$text") / 1000 ))" "$(grep -m1 '"duration_seconds"' "$out/$name.json" | tr -dc '0-9.')" \
    "$e" "$c" "$(ratio "$c" "$e")" "$s" "$(ratio "$s" "$c")" "$d" "$(ratio "$d" "$c")" "$rss"
}

echo "medians of $runs runs on $(nproc) CPUs; sori $("$sori" --version | cut -d' ' -f2), $(espeak-ng --version | cut -d' ' -f1-4)"
bench sample "주커버그는 크게 3가지를"
bench long "게다가 주커버그는 크게 3가지를"
