#!/usr/bin/env bash
# Installs the Debian 12 packages sori needs (only those missing), then configures and builds it
# in build/: the program, or with --all everything (tests, benchmark tools); --with-test-tools adds
# the programs the tests use. Used by scripts/render.sh and scripts/test.sh; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake make g++ pkg-config espeak-ng-data libespeak-ng-dev libsndfile1-dev libcli11-dev catch2
          nlohmann-json3-dev libutf8proc-dev libxxhash-dev libtag1-dev libsoxr-dev libebur128-dev
          libmd4c-dev libyaml-dev libopus-dev libogg-dev libflac-dev nettle-dev libmp3lame-dev libavcodec-dev zlib1g-dev unicode-data bzip2 festlex-cmu
          unicode-cldr-core)
browser_tests=0
targets=(--target sori)  # rendering needs only the program; the tests take most of the compile time
for arg in "$@"; do
  case "$arg" in
    --with-test-tools)
      packages+=(ffmpeg cuetools espeak-ng)  # ffprobe and cuebreakpoints read chapters back; espeak-ng -x phonemes
      packages+=(man-db dpkg-dev file)  # man -l reads the man page; cpack makes the .deb with dpkg-shlibdeps
      packages+=(time)  # /usr/bin/time -f %M: a command's own peak memory for the memory tests
      packages+=(epubcheck default-jre-headless unzip)  # the EPUB validated and taken apart
      packages+=(chromium)  # the read-along page in a real browser (fonts-noto-cjk shows its Korean in screenshots)
      command -v npm >/dev/null || packages+=(nodejs npm)  # puppeteer-core drives chromium
      browser_tests=1 ;;
    --all) targets=() ;;  # the tests and benchmark tools too
    *) echo "usage: scripts/setup.sh [--with-test-tools] [--all]" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "sori setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
if [ "$browser_tests" -eq 1 ] && ! cmp -s tests/browser/package.json build/browser/package.json; then
  # puppeteer-core (npm) for the browser test, pinned in tests/browser/package.json; it uses Debian's chromium
  mkdir -p build/browser
  cp tests/browser/package.json build/browser/
  (cd build/browser && npm install --no-audit --no-fund --loglevel=error >/dev/null) || rm -f build/browser/package.json
fi
cmake --build build -j "$(nproc)" "${targets[@]}"
