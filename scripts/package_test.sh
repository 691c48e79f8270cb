#!/usr/bin/env bash
# Packs sori as a .deb (cpack), installs it with apt-get as a user would, renders the sample
# article with the installed /usr/bin/sori from an empty folder outside the checkout, checks the
# WAV's chapters with ffprobe against the installed `sori outline`, then removes the package.
# CI runs it (.ci/run); it needs root or sudo, and leaves no sori package installed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-test-tools  # builds the program only: the package needs nothing else
checkout=$PWD
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

(cd build && rm -f sori_*.deb && { cpack -G DEB > cpack.log 2>&1 || { cat cpack.log; exit 1; }; })
deb=$(ls "$checkout"/build/sori_*_amd64.deb)
echo "package: $(basename "$deb"), Depends: $(dpkg-deb -f "$deb" Depends)"

work=$(mktemp -d)
cleanup() {
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq sori >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null

fail() { echo "package test: $*" >&2; exit 1; }
[ "$(command -v sori)" = /usr/bin/sori ] || fail "sori is not /usr/bin/sori after installing the package"
cp input/meta-ai-strategy.txt "$work/"
cd "$work"
sori render -q meta-ai-strategy.txt -o listen
[ -s listen/meta-ai-strategy.wav ] || fail "no WAV rendered"
# Outputs are kept whole before grep looks: `sori outline | grep -m1` (or grep -q) ends the
# writer with SIGPIPE, exit 141 under pipefail, whenever grep stops reading before the end.
outline=$(sori outline meta-ai-strategy.txt)
expected=$(grep -c '^Chapter ' <<<"$outline")
found=$(ffprobe -v error -show_chapters -of csv=p=0 listen/meta-ai-strategy.wav | wc -l)
[ "$expected" -ge 2 ] && [ "$found" = "$expected" ] || fail "the WAV has $found chapters, the outline $expected"
first=$(grep -m1 '^Chapter ' <<<"$outline" | sed 's/^Chapter [0-9]*: //')
grep -qF "TAG:title=$first" <<<"$(ffprobe -v error -show_chapters listen/meta-ai-strategy.wav)" || fail "first chapter is not named '$first'"
grep -q "shipped: /usr/share/sori/voices/slow.ini" <<<"$(sori voices)" || fail "sori voices does not list the shipped presets"
grep -q "EXIT STATUS" <<<"$(MANPAGER=cat man sori)" || fail "man sori does not show the page"
cd "$checkout"
cleanup
trap - EXIT
if [ -e /usr/bin/sori ] || dpkg-query -W sori >/dev/null 2>&1; then fail "sori is still installed after removing the package"; fi
echo "package test: installed, rendered $found chapters from $work, removed"
