#!/usr/bin/env bash
# Every real article of tests/data/real-articles as an EPUB, through Debian's epubcheck: one line
# per article with epubcheck's counts, then how many passed with no error and no warning.
# Usage: bench/epubcheck_articles.sh  (SORI=binary; needs epubcheck and a JRE: setup.sh --with-test-tools)
set -euo pipefail
cd "$(dirname "$0")/.."
sori=${SORI:-build/bin/sori}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 total=0
for article in tests/data/real-articles/[0-9]*.md tests/data/real-articles/[0-9]*.txt; do
  "$sori" render -q --format epub -o "$work" --cache-dir "$work/.cache" "$article"
  epub="$work/$(basename "${article%.*}").epub"
  verdict=$(java -jar /usr/share/java/epubcheck.jar "$epub" 2>&1 | grep '^Messages:' || true)
  printf '%-40s %s\n' "$(basename "$article")" "$verdict"
  total=$((total + 1))
  [[ $verdict == *"0 fatals / 0 errors / 0 warnings"* ]] && passed=$((passed + 1))
done
echo "$passed of $total EPUBs pass epubcheck with no error and no warning"
