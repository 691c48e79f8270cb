#!/usr/bin/env bash
# Sentence-splitting scores (EM / F1 / NF1, the KSS and Kiwi benchmark metric, computed by
# bench/metrics/split_metric.cpp) on every public gold set, with the time the splitter took.
# Usage: bench/split_scores.sh [GOLD.txt ...]   (default: the copies in tests/data/sentence-split)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --all >/dev/null
if [ $# -eq 0 ]; then
  set -- tests/data/sentence-split/{sample,nested,etn,tweets,v_ending}.txt
fi
build/bin/sori_split_score "$@"

# Throughput: the sample article repeated to about 10 MB, through `sori split --sentences`
# (reading, NFC, splitting and printing).
big=$(mktemp)
trap 'rm -f "$big"' EXIT
for _ in $(seq 2000); do cat input/meta-ai-strategy.txt; done > "$big"
bytes=$(stat -c %s "$big")
t0=$(date +%s.%N); build/bin/sori split --sentences "$big" > /dev/null; t1=$(date +%s.%N)
awk -v b="$bytes" -v a="$t0" -v c="$t1" 'BEGIN {printf "throughput     %.1f MB in %.3f s = %.1f MB/s\n", b / 1e6, c - a, b / 1e6 / (c - a)}'
