#!/usr/bin/env bash
# Writes a long article of distinct sentences to stdout, for the cache and worker benchmarks:
# COPIES chapters (default 24), each the sample article's sentences, every one of them opened
# with a word that differs from chapter to chapter ("그런데 …", "한편 …"), so that no sentence
# repeats and the cache cannot share audio between chapters. Needs build/bin/sori (`sori split`).
# Usage: bench/long_article.sh [COPIES] [ARTICLE] > long.txt
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-24}
article=${2:-input/meta-ai-strategy.txt}
words=(그런데 그리고 한편 또한 물론 사실 특히 결국 아마 다만 게다가 그래서 예컨대 요컨대 무엇보다 오히려
       여전히 분명히 어쩌면 이를테면 실제로 솔직히 다행히 당연히 마침내 이제 역시 확실히 대체로 놀랍게도)
if [ "$copies" -gt "${#words[@]}" ]; then
  echo "long_article.sh: at most ${#words[@]} copies (one opening word each)" >&2
  exit 2
fi
sentences=$(build/bin/sori split --sentences "$article")
echo "# 긴 글: ${copies}번 다시 쓴 기사"
echo
for ((c = 0; c < copies; c++)); do
  echo "## 제$((c + 1))부 ${words[c]}"
  echo
  # One sentence a line in, paragraphs of sentences out; blank lines keep the paragraphs.
  printf '%s\n' "$sentences" | awk -v w="${words[c]}" '
    NF == 0 { if (line != "") print line "\n"; line = ""; next }
    { line = line (line == "" ? "" : " ") w " " $0 }
    END { if (line != "") print line "\n" }'
done
