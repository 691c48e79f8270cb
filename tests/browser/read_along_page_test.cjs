// The read-along page (`--format html`) in a real browser: Debian's chromium, headless, driven
// over the DevTools protocol by puppeteer-core. Renders the sample with the real sori binary,
// loads NAME.html from file://, and checks what a reader does: the time set into the middle of
// sentence k highlights exactly k (and keeps it in view); a click on sentence j lands the time
// inside j; the chapter list seeks to the chapter; the keys move by sentence and chapter; the
// speed keeps the pitch; nothing is fetched from outside the folder; a phone-sized window does
// not scroll sideways. Saves screenshots beside the build for a person to look at.
// Usage: node read_along_page_test.cjs SORI_BINARY SAMPLE_ARTICLE NODE_MODULES SCREENSHOT_FOLDER
// Exit 0: passed; 1: failed; 77: skipped (chromium or puppeteer-core missing).
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const [sori, article, nodeModules, shots] = process.argv.slice(2);
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
let puppeteer;
try {
  puppeteer = require(path.resolve(nodeModules, "puppeteer-core"));
} catch (e) {
  console.log("skipped: puppeteer-core is not installed in " + nodeModules + " (scripts/setup.sh --with-test-tools)");
  process.exit(77);
}
if (!chromium) {
  console.log("skipped: chromium is missing (apt-get install chromium)");
  process.exit(77);
}

let passed = 0, failed = 0;
function check(condition, what, detail) {
  if (condition) { passed++; return; }
  failed++;
  console.log("FAILED: " + what + (detail === undefined ? "" : " — " + JSON.stringify(detail)));
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sori-page-"));
  fs.copyFileSync(article, path.join(dir, "article.txt"));
  execFileSync(sori, ["render", "-q", "--format", "mp3,html", "--author", "김작가", "-o", path.join(dir, "out"), path.join(dir, "article.txt")]);
  const page_file = path.join(dir, "out", "article.html");
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "out", "article.json"), "utf8"));

  const browser = await puppeteer.launch({
    executablePath: chromium, headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--autoplay-policy=no-user-gesture-required", "--mute-audio"],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    const outside = [];
    page.on("request", (r) => {  // data: URLs are inline (the audio control's own icons)
      if (!r.url().startsWith("file://" + path.dirname(page_file)) && !r.url().startsWith("data:")) outside.push(r.url());
    });
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto("file://" + page_file, { waitUntil: "load" });
    await page.waitForFunction(() => document.getElementById("audio").readyState >= 1, { timeout: 20000 });

    const items = await page.$$eval("#text .s", (es) => es.map((e) => ({ id: e.id, b: Number(e.dataset.b), e: Number(e.dataset.e) })));
    check(items.length === manifest.sentences.length, "one sentence element per spoken item", [items.length, manifest.sentences.length]);
    const duration = await page.$eval("#audio", (a) => a.duration);
    check(Math.abs(duration - manifest.duration_seconds) < 0.05, "the audio plays for the manifest's duration", [duration, manifest.duration_seconds]);

    // The time set into the middle of sentence k: exactly k is highlighted, and in view.
    for (const k of [0, Math.floor(items.length / 2), items.length - 1]) {
      const mid = (items[k].b + items[k].e) / 2000;
      await page.$eval("#audio", (a, t) => new Promise((done) => { a.addEventListener("seeked", done, { once: true }); a.currentTime = t; }), mid);
      await new Promise((r) => setTimeout(r, 50));
      const active = await page.$$eval(".s.active", (es) => es.map((e) => e.id));
      check(active.length === 1 && active[0] === items[k].id, "the time in the middle of sentence " + k + " highlights it alone", active);
      await new Promise((r) => setTimeout(r, 700));  // smooth scrolling
      const visible = await page.$eval("#" + items[k].id, (e) => {
        const r = e.getBoundingClientRect(), top = document.querySelector(".player").getBoundingClientRect().bottom;
        return r.top >= top - 1 && r.bottom <= window.innerHeight + 1;
      });
      check(visible, "the highlighted sentence " + k + " is kept in view below the player");
    }

    // A click on sentence j: the time lands inside j.
    const j = Math.floor(items.length / 3);
    await page.click("#" + items[j].id);
    const clicked = await page.$eval("#audio", (a) => { const t = a.currentTime; a.pause(); return t; });
    check(clicked * 1000 >= items[j].b && clicked * 1000 < items[j].e, "a click on sentence " + j + " seeks inside it", [clicked, items[j]]);
    check((await page.$$eval(".s.active", (es) => es.map((e) => e.id)))[0] === items[j].id, "the clicked sentence is highlighted");

    // The chapter list: the third chapter's link seeks to its first sentence.
    const chapter = manifest.chapters[2];
    await page.click("#chapters li:nth-child(3) a");
    const at = await page.$eval("#audio", (a) => a.currentTime);
    check(Math.abs(at - chapter.start_seconds) < 0.01, "the chapter list seeks to the chapter's start", [at, chapter.start_seconds]);
    check(await page.$eval("#chapters li:nth-child(3) a", (a) => a.getAttribute("aria-current") === "location"), "the chapter is marked current");

    // Keys: → next sentence, ] next chapter, Enter on a focused sentence plays from it.
    const before = await page.$eval(".s.active", (e) => e.id);
    await page.$eval("#title", (e) => { e.tabIndex = -1; e.focus(); });
    await page.keyboard.press("ArrowRight");
    const next = await page.$eval(".s.active", (e) => e.id);
    check(items.findIndex((i) => i.id === next) === items.findIndex((i) => i.id === before) + 1, "→ moves to the next sentence", [before, next]);
    await page.keyboard.press("]");
    const fourth = manifest.chapters[3];
    const t4 = await page.$eval("#audio", (a) => a.currentTime);
    check(Math.abs(t4 - fourth.start_seconds) < 0.01, "] moves to the next chapter", [t4, fourth.start_seconds]);
    await page.focus("#" + items[1].id);
    await page.keyboard.press("Enter");
    const entered = await page.$eval("#audio", (a) => { const t = a.currentTime; a.pause(); return t; });
    check(entered * 1000 >= items[1].b && entered * 1000 < items[1].e, "Enter on a sentence seeks inside it", entered);
    await page.$eval("#title", (e) => e.focus());
    await page.keyboard.press("k");
    await new Promise((r) => setTimeout(r, 300));
    check(await page.$eval("#audio", (a) => !a.paused), "K plays");
    await page.keyboard.press("k");
    check(await page.$eval("#audio", (a) => a.paused), "K pauses");

    // Speed keeps the pitch.
    await page.select("#speed", "1.5");
    const rate = await page.$eval("#audio", (a) => [a.playbackRate, a.preservesPitch]);
    check(rate[0] === 1.5 && rate[1] === true, "the speed control sets the rate and keeps the pitch", rate);

    // A reload comes back where the listener was, at the speed they chose.
    const k5 = (items[5].b + items[5].e) / 2000;
    await page.$eval("#audio", (a, t) => new Promise((done) => { a.addEventListener("seeked", done, { once: true }); a.currentTime = t; }), k5);
    await page.reload({ waitUntil: "load" });
    await page.waitForFunction(() => document.getElementById("audio").readyState >= 1 && document.getElementById("audio").currentTime > 0, { timeout: 20000 });
    const back = await page.$eval("#audio", (a) => [a.currentTime, a.playbackRate, document.getElementById("speed").value]);
    check(Math.abs(back[0] - k5) < 0.05 && back[1] === 1.5 && back[2] === "1.5", "a reload resumes at the same place and speed", [back, k5]);
    await new Promise((r) => setTimeout(r, 100));
    check((await page.$$eval(".s.active", (es) => es.map((e) => e.id)))[0] === items[5].id, "and highlights the sentence there");

    // Labels for a screen reader; nothing from outside; no script error.
    const unlabelled = await page.$$eval("button, select, nav, main", (es) =>
      es.filter((e) => !(e.textContent.trim() || e.getAttribute("aria-label") || e.getAttribute("aria-labelledby") || e.labels && e.labels.length)).length);
    check(unlabelled === 0, "every control and landmark has a name", unlabelled);
    check(outside.length === 0, "nothing is fetched from outside the page's folder", outside);
    check(errors.length === 0, "no script error", errors);

    await page.$eval("#audio", (a, t) => { a.currentTime = t; }, (items[5].b + items[5].e) / 2000);
    await new Promise((r) => setTimeout(r, 800));
    await page.screenshot({ path: path.join(shots, "read_along_page.png") });
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    await new Promise((r) => setTimeout(r, 300));
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(sideways <= 0, "a phone-sized window does not scroll sideways", sideways);
    await page.screenshot({ path: path.join(shots, "read_along_page_phone.png") });
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(() => {
  console.log(passed + " passed, " + failed + " failed");  // the closing line ctest's log shows
  process.exit(failed === 0 ? 0 : 1);
}, (e) => {
  console.log("FAILED: " + (e && e.stack || e));
  console.log(passed + " passed, " + (failed + 1) + " failed");
  process.exit(1);
});
