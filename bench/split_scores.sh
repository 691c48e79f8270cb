#!/usr/bin/env bash
# Sentence-splitting scores (EM / F1 / NF1, the KSS and Kiwi benchmark metric, computed by
# src/split_metric.cpp) on every public gold set, with the time the splitter took.
# Usage: bench/split_scores.sh [GOLD.txt ...]   (default: the copies in tests/data/sentence-split)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
if [ $# -eq 0 ]; then
  set -- tests/data/sentence-split/{sample,nested,etn,tweets,v_ending}.txt
fi
build/sori_split_score "$@"
