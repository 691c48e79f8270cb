#!/usr/bin/env bash
# How many spoken items still hand eSpeak NG a Latin letter (its `ko` voice then switches to its
# English voice mid-sentence), over the real documents in ../shared/data/articles/, with English
# read in Hangul (the default) and kept as written (--english keep, the behaviour before issue 13).
# Prints per article: items, items with Latin in what eSpeak receives, and examples of what is left.
# Usage: bench/latin_census.sh [ARTICLES_FOLDER]   (needs build/bin/sori and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-../shared/data/articles}
for mode in keep hangul; do
  echo "== --english $mode"
  total=0; latin=0
  for article in "$folder"/[0-9][0-9]_*.md "$folder"/[0-9][0-9]_*.txt; do
    [ -e "$article" ] || continue
    read -r items with left < <(build/bin/sori outline --json --english "$mode" "$article" | python3 -c '
import json, re, sys
items = json.load(sys.stdin)["items"]
left = [i["pronounced"] for i in items if re.search("[A-Za-z]", i["pronounced"])]
words = sorted({w for text in left for w in re.findall("[A-Za-z]+", text)})
print(len(items), len(left), ",".join(words[:8]) or "-")')
    printf '%-40s %4d items %4d with Latin  %s\n' "$(basename "$article")" "$items" "$with" "$left"
    total=$((total + items)); latin=$((latin + with))
  done
  python3 -c "print(f'all: {$latin} of {$total} items hand eSpeak Latin letters ({100 * $latin / max($total, 1):.1f} %)')"
done
