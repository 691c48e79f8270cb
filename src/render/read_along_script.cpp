// The read-along page's style sheet and script (read_along_page.h), kept here as they go into
// the page: plain CSS and JavaScript for any current browser, no framework, nothing fetched.
#include "render/read_along_page.h"

namespace sori {

const char* read_along_page_style() {
    return R"CSS(:root { color-scheme: light dark; --bg: #fdfdf8; --fg: #1c1c1c; --muted: #5a5a5a; --mark: #ffe066; --mark-fg: #000; --line: #ccc; }
@media (prefers-color-scheme: dark) { :root { --bg: #151515; --fg: #e8e8e8; --muted: #a8a8a8; --mark: #6b5800; --mark-fg: #fff; --line: #444; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1.15rem/1.8 "Noto Serif CJK KR", "Noto Sans CJK KR", serif; }
.player { position: sticky; top: 0; z-index: 1; background: var(--bg); border-bottom: 1px solid var(--line); padding: 0.5rem 1rem; }
.player h1 { font-size: 1.2rem; margin: 0 0 0.3rem; line-height: 1.4; }
.player .author { margin: 0 0 0.3rem; color: var(--muted); font-size: 0.95rem; }
.player audio { width: 100%; }
.controls { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin-top: 0.3rem; }
.controls button, .controls select { font: inherit; font-size: 1rem; min-width: 2.75rem; min-height: 2.75rem; padding: 0 0.6rem;
  border: 1px solid var(--line); border-radius: 0.4rem; background: transparent; color: inherit; cursor: pointer; }
nav, main, footer { max-width: 42rem; margin: 0 auto; padding: 0 1rem; }
nav ol { padding-left: 1.5rem; }
li.numbered { list-style: none; }
nav li.level-2 { margin-left: 1rem; } nav li.level-3 { margin-left: 2rem; }
nav a[aria-current] { font-weight: bold; }
main h2, main h3, main h4, main h5, main h6 { line-height: 1.4; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 0.25em solid var(--line); }
table { border-collapse: collapse; margin: 1em 0; } th, td { border: 1px solid var(--line); padding: 0.2em 0.5em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85em; line-height: 1.5; border: 1px solid var(--line); padding: 0.6em; }
.s { cursor: pointer; border-radius: 0.2em; scroll-margin: 40vh 0; }
.s:hover { text-decoration: underline; text-decoration-color: var(--muted); }
.s.active { background: var(--mark); color: var(--mark-fg); box-shadow: 0 0 0 0.12em var(--mark); }
.s:focus-visible, a:focus-visible, button:focus-visible, select:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; z-index: 2; background: var(--bg); padding: 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { color: var(--muted); font-size: 0.9rem; padding-bottom: 2rem; } footer h2 { font-size: 1rem; }
@media (max-width: 30rem) { body { font-size: 1.05rem; } .player { padding: 0.4rem 0.6rem; } }
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; } }
)CSS";
}

const char* read_along_page_script() {
    return R"JS((function () {
  "use strict";
  var audio = document.getElementById("audio");
  var items = Array.prototype.slice.call(document.querySelectorAll("#text .s"));
  var begins = items.map(function (e) { return Number(e.dataset.b) / 1000; });
  var ends = items.map(function (e) { return Number(e.dataset.e) / 1000; });
  var links = Array.prototype.slice.call(document.querySelectorAll("#chapters a"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("#text section"));
  var firstOf = sections.map(function (s) { var e = s.querySelector(".s"); return e ? items.indexOf(e) : -1; });
  var playButton = document.getElementById("play"), speed = document.getElementById("speed"), status = document.getElementById("status");
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var current = -1, chapter = -1, focusIndex = 0;
  if (items.length) items[0].tabIndex = 0;
  audio.preservesPitch = true; audio.mozPreservesPitch = true; audio.webkitPreservesPitch = true;

  // The item whose clip holds time t (clips tile the audio; before the first: the first).
  function itemAt(t) {
    var lo = 0, hi = items.length - 1, found = 0;
    while (lo <= hi) { var mid = (lo + hi) >> 1; if (begins[mid] <= t) { found = mid; lo = mid + 1; } else hi = mid - 1; }
    return items.length ? found : -1;
  }
  function chapterOf(i) { var c = -1; for (var k = 0; k < firstOf.length; k++) if (firstOf[k] >= 0 && firstOf[k] <= i) c = k; return c; }
  function keepInView(e) {
    var top = document.querySelector(".player").getBoundingClientRect().bottom, r = e.getBoundingClientRect();
    if (r.top < top || r.bottom > window.innerHeight) e.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
  }
  function setFocusable(i) { if (items[focusIndex]) items[focusIndex].tabIndex = -1; focusIndex = i; items[i].tabIndex = 0; }
  function highlight(i) {
    if (i === current) return;
    if (current >= 0) { items[current].classList.remove("active"); items[current].removeAttribute("aria-current"); }
    current = i;
    if (i < 0) return;
    items[i].classList.add("active"); items[i].setAttribute("aria-current", "true");
    if (!items[i].contains(document.activeElement)) setFocusable(i);
    keepInView(items[i]);
    var c = chapterOf(i);
    if (c !== chapter) {
      if (chapter >= 0) links[chapter].removeAttribute("aria-current");
      chapter = c;
      if (c >= 0) { links[c].setAttribute("aria-current", "location"); if (!audio.paused) status.textContent = links[c].textContent; }
    }
  }
  function sync() { highlight(itemAt(audio.currentTime)); }
  function seek(i, play) {
    if (!items.length) return;
    i = Math.max(0, Math.min(items.length - 1, i));
    audio.currentTime = begins[i] + Math.min(0.001, (ends[i] - begins[i]) / 2);
    highlight(i);
    if (play && audio.paused) audio.play().catch(function () {});
  }
  function toggle() { if (audio.paused) audio.play().catch(function () {}); else audio.pause(); }
  function seekChapter(step) {
    var c = chapterOf(current < 0 ? 0 : current) + step;
    while (c >= 0 && c < firstOf.length && firstOf[c] < 0) c += step;
    if (c >= 0 && c < firstOf.length) seek(firstOf[c], false);
  }
  function setSpeed(step) {
    var k = speed.selectedIndex + step;
    if (k >= 0 && k < speed.options.length) { speed.selectedIndex = k; applySpeed(); remember("sori:speed", speed.value); status.textContent = speed.value + "×"; }
  }
  function frame() { sync(); if (!audio.paused) window.requestAnimationFrame(frame); }

  // Where the listener was and the speed they chose survive a reload (this browser, this page).
  var place = "sori:" + location.pathname + ":" + (ends.length ? ends[ends.length - 1] : 0), savedAt = 0;
  function remember(key, value) { try { if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, String(value)); } catch (e) {} }
  function recall(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function savePlace() { savedAt = Date.now(); remember(place, audio.currentTime > 1 ? audio.currentTime.toFixed(2) : null); }
  var speedChosen = recall("sori:speed");
  if (speedChosen && Array.prototype.some.call(speed.options, function (o) { return o.value === speedChosen; })) speed.value = speedChosen;
  function applySpeed() { audio.playbackRate = Number(speed.value); audio.defaultPlaybackRate = audio.playbackRate; }
  applySpeed();
  function resume() {
    applySpeed();
    var at = Number(recall(place));
    if (at > 0 && at < audio.duration - 0.5 && audio.currentTime === 0) { audio.currentTime = at; status.textContent = "이어 듣기"; }
  }
  if (audio.readyState >= 1) resume(); else audio.addEventListener("loadedmetadata", resume, { once: true });
  audio.addEventListener("timeupdate", function () { if (Date.now() - savedAt > 2000) savePlace(); });
  audio.addEventListener("pause", savePlace);
  audio.addEventListener("seeked", savePlace);
  audio.addEventListener("ended", function () { remember(place, null); });

  audio.addEventListener("timeupdate", sync);
  audio.addEventListener("seeked", sync);
  audio.addEventListener("play", function () { playButton.textContent = "일시 정지"; window.requestAnimationFrame(frame); });
  audio.addEventListener("pause", function () { playButton.textContent = "재생"; });
  audio.addEventListener("ratechange", function () { audio.preservesPitch = true; });
  playButton.addEventListener("click", toggle);
  document.getElementById("prev").addEventListener("click", function () { seek(current - 1, false); });
  document.getElementById("next").addEventListener("click", function () { seek(current + 1, false); });
  document.getElementById("prev-chapter").addEventListener("click", function () { seekChapter(-1); });
  document.getElementById("next-chapter").addEventListener("click", function () { seekChapter(1); });
  speed.addEventListener("change", function () { applySpeed(); remember("sori:speed", speed.value); });
  links.forEach(function (a, c) {
    a.addEventListener("click", function (event) {
      event.preventDefault();
      if (firstOf[c] >= 0) { seek(firstOf[c], false); items[firstOf[c]].focus({ preventScroll: true }); }
    });
  });
  items.forEach(function (e, i) {
    e.addEventListener("click", function () { setFocusable(i); seek(i, true); });
    e.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); event.stopPropagation(); seek(i, true); }
      else if (event.key === "ArrowRight" || event.key === "ArrowDown" || event.key === "ArrowLeft" || event.key === "ArrowUp") {
        event.preventDefault(); event.stopPropagation();
        var j = Math.max(0, Math.min(items.length - 1, i + (event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : -1)));
        setFocusable(j); items[j].focus(); keepInView(items[j]);
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var tag = event.target.tagName;
    if (tag === "SELECT" || tag === "INPUT" || tag === "TEXTAREA" || tag === "AUDIO") return;
    var onButton = tag === "BUTTON" || tag === "A";
    switch (event.key) {
      case " ": if (onButton) return; toggle(); break;
      case "k": case "K": toggle(); break;
      case "ArrowLeft": seek(current - 1, false); break;
      case "ArrowRight": seek(current + 1, false); break;
      case "[": seekChapter(-1); break;
      case "]": seekChapter(1); break;
      case "-": setSpeed(-1); break;
      case "+": case "=": setSpeed(1); break;
      default: return;
    }
    event.preventDefault();
  });
  sync();
})();
)JS";
}

}  // namespace sori
