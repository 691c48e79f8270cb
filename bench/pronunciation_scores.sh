#!/usr/bin/env bash
# Pronunciation scores on the dev set (bench/metrics/pronunciation_metric.cpp), per category:
# sori, sori's rules without the shipped lexicon, sori by eSpeak NG's phonemes, and the
# reference es-hangul 2.4.0 `standardizePronunciation` (installed from npm into a temporary
# folder when npm is there), all scored by the same metric.
# Usage: bench/pronunciation_scores.sh [DEV.tsv]   (default ../shared/data/pronunciation/dev.tsv)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-test-tools --all >/dev/null
dev=${1:-../shared/data/pronunciation/dev.tsv}
score=build/bin/sori_pronunciation_score
echo "== sori (rules + voices/pronunciation.tsv), exact and eSpeak-equivalent"; $score --espeak "$dev"
echo "== sori, rules only"; $score --rules-only "$dev"
if command -v npm >/dev/null && command -v node >/dev/null; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm install --silent es-hangul@2.4.0 >/dev/null 2>&1) || { echo "es-hangul: npm install failed"; exit 0; }
  cat > "$work/run.mjs" <<'JS'
import { standardizePronunciation } from 'es-hangul';
import fs from 'fs';
for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const spelling = line.split('\t')[1];
  let out;
  try { out = standardizePronunciation(spelling); } catch (e) { out = spelling; }
  console.log(out);
}
JS
  (cd "$work" && node run.mjs "$OLDPWD/$dev") > "$work/out.txt"
  echo "== es-hangul 2.4.0"; $score --outputs "$work/out.txt" "$dev"
fi
