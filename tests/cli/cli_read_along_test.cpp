// `--format epub,html` end to end (issue 16): the real binary renders real articles; the EPUB is
// checked by Debian's epubcheck and taken apart with Info-ZIP's unzip and regular expressions of
// the test's own (nothing shared with the writer): every <par> points at an element that exists,
// the clips tile the audio in order, and the overlays, the page, the manifest and the subtitles
// agree to the millisecond the samples give.
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include <chrono>
#include <csignal>
#include <thread>

#include "support/e2e.h"
#include "support/sample_article.h"

namespace fs = std::filesystem;
using namespace test::e2e;

namespace {

const char* const epubcheck_jar = "/usr/share/java/epubcheck.jar";

bool can_check() {
    if (!has_program("unzip")) {
        WARN("unzip is missing: the EPUB is not taken apart");
        return false;
    }
    return true;
}

std::string unzip(const fs::path& epub, const std::string& entry) {
    const test::Result r = test::run({"unzip", "-p", epub.string(), entry}, epub.parent_path());
    REQUIRE(r.exit_code == 0);
    return r.out;
}

std::vector<std::string> entries(const fs::path& epub) {
    const test::Result r = test::run({"unzip", "-Z1", epub.string()}, epub.parent_path());
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> names;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) names.push_back(line);
    return names;
}

// "H:MM:SS.mmm" → ms
std::uint64_t clock_ms(const std::string& clock) {
    std::smatch m;
    REQUIRE(std::regex_match(clock, m, std::regex(R"re((\d+):(\d\d):(\d\d)\.(\d\d\d))re")));
    return ((std::stoull(m[1]) * 60 + std::stoull(m[2])) * 60 + std::stoull(m[3])) * 1000 + std::stoull(m[4]);
}

std::uint64_t ms_of(std::uint64_t samples, std::uint64_t rate) { return (samples * 1000 + rate / 2) / rate; }

struct Par {
    std::string page, id;
    std::uint64_t begin = 0, end = 0;
};

// The <par>s of every overlay, in spine order.
std::vector<Par> overlay_pars(const fs::path& epub) {
    const std::string opf = unzip(epub, "EPUB/package.opf");
    std::map<std::string, std::string> hrefs;
    const std::regex item(R"re(<item id="([^"]+)" href="([^"]+)"[^>]*media-overlay="([^"]+)")re");
    for (auto it = std::sregex_iterator(opf.begin(), opf.end(), item); it != std::sregex_iterator(); ++it) hrefs[(*it)[1]] = (*it)[3];
    std::map<std::string, std::string> files;
    const std::regex any(R"re(<item id="([^"]+)" href="([^"]+)")re");
    for (auto it = std::sregex_iterator(opf.begin(), opf.end(), any); it != std::sregex_iterator(); ++it) files[(*it)[1]] = (*it)[2];
    std::vector<Par> pars;
    const std::regex spine(R"re(<itemref idref="([^"]+)")re");
    const std::regex par(R"re(<par id="[^"]+"><text src="([^"#]+)#([^"]+)"/><audio src="audio.mp3" clipBegin="([^"]+)" clipEnd="([^"]+)"/></par>)re");
    for (auto it = std::sregex_iterator(opf.begin(), opf.end(), spine); it != std::sregex_iterator(); ++it) {
        if (!hrefs.count((*it)[1])) continue;
        const std::string smil = unzip(epub, "EPUB/" + files.at(hrefs.at((*it)[1])));
        for (auto p = std::sregex_iterator(smil.begin(), smil.end(), par); p != std::sregex_iterator(); ++p)
            pars.push_back({(*p)[1], (*p)[2], clock_ms((*p)[3]), clock_ms((*p)[4])});
    }
    return pars;
}

void check_epubcheck(const fs::path& epub) {
    if (!fs::exists(epubcheck_jar) || !has_program("java")) {
        WARN("epubcheck is missing (apt-get install epubcheck): the EPUB is not validated");
        return;
    }
    const test::Result r = test::run({"java", "-jar", epubcheck_jar, epub.string()}, epub.parent_path());
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("No errors or warnings detected") != std::string::npos);
}

// Every <par> points at an element of its page; the clips tile the audio from 0 to its end.
void check_overlays(const fs::path& epub, const nlohmann::json& manifest) {
    const std::vector<Par> pars = overlay_pars(epub);
    REQUIRE(pars.size() == manifest["sentences"].size());
    const std::uint64_t rate = manifest["sample_rate"], total = ms_of(manifest["total_samples"], rate);
    std::map<std::string, std::string> pages;
    for (std::size_t i = 0; i < pars.size(); ++i) {
        INFO("par " << i << " " << pars[i].id);
        if (!pages.count(pars[i].page)) pages[pars[i].page] = unzip(epub, "EPUB/" + pars[i].page);
        CHECK(pages[pars[i].page].find("id=\"" + pars[i].id + "\"") != std::string::npos);
        CHECK(pars[i].begin < pars[i].end);
        CHECK(pars[i].begin == (i == 0 ? 0 : pars[i - 1].end));
        const nlohmann::json& s = manifest["sentences"][i];
        const bool opens_chapter = i == 0 || s["chapter"] != manifest["sentences"][i - 1]["chapter"];
        if (!opens_chapter) CHECK(pars[i].begin == ms_of(s["start_sample"], rate));  // the speech's start, to the ms
        CHECK(pars[i].end >= ms_of(s["end_sample"], rate));
    }
    CHECK(pars.back().end == total);
    const std::string opf = unzip(epub, "EPUB/package.opf");
    std::uint64_t sum = 0;
    const std::regex refined(R"re(<meta property="media:duration" refines="[^"]+">([^<]+)</meta>)re");
    for (auto it = std::sregex_iterator(opf.begin(), opf.end(), refined); it != std::sregex_iterator(); ++it) sum += clock_ms((*it)[1]);
    std::smatch whole;
    REQUIRE(std::regex_search(opf, whole, std::regex(R"re(<meta property="media:duration">([^<]+)</meta>)re")));
    CHECK(clock_ms(whole[1]) == total);
    CHECK(sum == total);
    CHECK(opf.find("<meta property=\"media:active-class\">-epub-media-overlay-active</meta>") != std::string::npos);
    CHECK(unzip(epub, "EPUB/style.css").find(".-epub-media-overlay-active {") != std::string::npos);
}

}  // namespace

TEST_CASE("The EPUB of the sample passes epubcheck, its overlays tile the audio and agree with the page and the subtitles", "[e2e][epub]") {
    if (!can_check()) return;
    const fs::path dir = project("epub");
    REQUIRE(test::run({"ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=300x400:rate=1", "-frames:v", "1", "cover.jpg"}, dir).exit_code == 0);
    const test::Result r = sori({"render", "-q", "--format", "mp3,epub,html", "--subtitles", "vtt", "--author", "김작가", "--album", "연재",
                                 "--date", "2024-01-19", "--cover", "cover.jpg", "input/meta-ai-strategy.txt"}, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const fs::path epub = dir / "out" / "meta-ai-strategy.epub";
    check_epubcheck(epub);
    const nlohmann::json m = manifest(dir / "out" / "meta-ai-strategy.json");
    check_overlays(epub, m);

    const std::vector<std::string> names = entries(epub);
    REQUIRE(names.size() > 3);
    CHECK(names[0] == "mimetype");
    CHECK(unzip(epub, "EPUB/audio.mp3") == test::slurp(dir / "out" / "meta-ai-strategy.mp3"));
    CHECK(unzip(epub, "EPUB/cover.jpg") == test::slurp(dir / "cover.jpg"));
    const std::string opf = unzip(epub, "EPUB/package.opf");
    for (const char* expected : {"<dc:language>ko</dc:language>", "<dc:creator id=\"creator\">김작가</dc:creator>", "<dc:date>2024-01-19</dc:date>",
                                 "properties=\"cover-image\"", "<dc:title>메타 ($META)의 새로운 AI 전략</dc:title>", "urn:uuid:"})
        CHECK(opf.find(expected) != std::string::npos);

    // The page: one element per item, its clip the overlay's.
    const std::string page = test::slurp(dir / "out" / "meta-ai-strategy.html");
    const std::vector<Par> pars = overlay_pars(epub);
    const std::regex span(R"re(<span class="s" id="([^"]+)" data-b="(\d+)" data-e="(\d+)")re");
    std::size_t i = 0;
    for (auto it = std::sregex_iterator(page.begin(), page.end(), span); it != std::sregex_iterator(); ++it, ++i) {
        REQUIRE(i < pars.size());
        CHECK((*it)[1] == pars[i].id);
        CHECK(std::stoull((*it)[2]) == pars[i].begin);
        CHECK(std::stoull((*it)[3]) == pars[i].end);
    }
    CHECK(i == pars.size());
    CHECK(page.find("<source src=\"meta-ai-strategy.mp3\" type=\"audio/mpeg\">") != std::string::npos);
    CHECK(page.find("http") == std::string::npos);  // nothing from outside

    // The subtitles: each cue starts where the item's speech starts (WebVTT times are in ms).
    const std::string vtt = test::slurp(dir / "out" / "meta-ai-strategy.vtt");
    const std::regex cue(R"re((\d\d):(\d\d):(\d\d)\.(\d\d\d) --> )re");
    std::size_t k = 0;
    const std::uint64_t rate = m["sample_rate"];
    for (auto it = std::sregex_iterator(vtt.begin(), vtt.end(), cue); it != std::sregex_iterator(); ++it, ++k) {
        REQUIRE(k < m["sentences"].size());
        const std::uint64_t start = ((std::stoull((*it)[1]) * 60 + std::stoull((*it)[2])) * 60 + std::stoull((*it)[3])) * 1000 + std::stoull((*it)[4]);
        const std::uint64_t samples = m["sentences"][k]["start_sample"];
        CHECK(start == ms_of(samples, rate));
        if (k > 0 && m["sentences"][k]["chapter"] == m["sentences"][k - 1]["chapter"]) CHECK(start == pars[k].begin);
    }
    CHECK(k == m["sentences"].size());
}

TEST_CASE("Same input, same EPUB: byte for byte, with or without the cache", "[e2e][epub]") {
    const fs::path dir = project("epub-same");
    const auto render = [&](const std::string& out, bool cache) {
        std::vector<std::string> args{"render", "-q", "--format", "epub", "-o", out, "input/meta-ai-strategy.txt"};
        if (!cache) args.push_back("--no-cache");
        const test::Result r = sori(args, dir);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        return test::slurp(dir / out / "meta-ai-strategy.epub");
    };
    const std::string first = render("a", true);
    CHECK(first == render("b", false));
    CHECK(first.compare(0, 4, "PK\x03\x04") == 0);
    // Asked for alone, the EPUB's MP3 is not left beside it; the render is up to date afterwards.
    CHECK_FALSE(fs::exists(dir / "a" / "meta-ai-strategy.mp3"));
    CHECK_FALSE(fs::exists(dir / "a" / "meta-ai-strategy" / "meta-ai-strategy.mp3"));
    const test::Result again = sori({"render", "--format", "epub", "-o", "a", "input/meta-ai-strategy.txt"}, dir);
    CHECK(again.err.find("up to date") != std::string::npos);
    fs::remove(fs::canonical(dir / "a" / "meta-ai-strategy.epub"));
    const test::Result remade = sori({"render", "-q", "--format", "epub", "-o", "a", "input/meta-ai-strategy.txt"}, dir);
    CHECK(remade.exit_code == 0);
    CHECK(test::slurp(dir / "a" / "meta-ai-strategy.epub") == first);
}

TEST_CASE("The EPUB of long real articles passes epubcheck and its overlays tile the audio", "[e2e][epub]") {
    if (!can_check()) return;
    const std::string article = GENERATE(as<std::string>{}, "01_vue_composition_api_faq.md", "10_jsboard_gpl2_ko.txt");
    INFO(article);
    const fs::path dir = project("epub-long");
    fs::copy_file(data("real-articles/" + article), dir / "input" / article);
    const test::Result r = sori({"render", "-q", "--format", "epub,html", "input/" + article}, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string stem = fs::path(article).stem().string();
    check_epubcheck(dir / "out" / (stem + ".epub"));
    check_overlays(dir / "out" / (stem + ".epub"), manifest(dir / "out" / (stem + ".json")));
    CHECK(fs::exists(dir / "out" / (stem + ".mp3")));  // the page plays it
}

TEST_CASE("Code blocks and tables are shown in the EPUB and the page and not read, unless tables are asked for", "[e2e][epub]") {
    if (!can_check()) return;
    const fs::path dir = project("epub-code");
    std::ofstream(dir / "input" / "code.md") << "# 코드와 표\n\n설명하는 문장입니다.\n\n```js\nconst 값 = a < b && c;\n  return 값;\n```\n\n"
                                                "| 이름 | 값 |\n|---|---|\n| 사과 | 3 |\n\n마지막 문장입니다.\n";
    const test::Result r = sori({"render", "-q", "--format", "epub,html", "input/code.md"}, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const fs::path epub = dir / "out" / "code.epub";
    check_epubcheck(epub);
    const std::string xhtml = unzip(epub, "EPUB/chapter-001.xhtml");
    CHECK(xhtml.find("<pre><code>const 값 = a &lt; b &amp;&amp; c;\n  return 값;</code></pre>") != std::string::npos);
    CHECK(xhtml.find("<th>이름</th><th>값</th>") != std::string::npos);
    CHECK(xhtml.find("<td>사과</td><td>3</td>") != std::string::npos);
    CHECK(test::slurp(dir / "out" / "code.html").find("<pre><code>const 값") != std::string::npos);
    const nlohmann::json m = manifest(dir / "out" / "code.json");
    CHECK(m["sentences"].size() == 3);  // the heading and the two sentences
    for (const auto& s : m["sentences"]) {
        CHECK(s["source"].get<std::string>().find("return") == std::string::npos);
        CHECK(s["source"].get<std::string>().find("사과") == std::string::npos);
    }
    check_overlays(epub, m);
    const test::Result read = sori({"render", "-q", "--read-tables", "--format", "epub", "-o", "read", "input/code.md"}, dir);
    REQUIRE(read.exit_code == 0);
    const nlohmann::json with_tables = manifest(dir / "read" / "code.json");
    REQUIRE(with_tables["sentences"].size() == 5);
    CHECK(with_tables["sentences"][2]["source"] == "이름, 값");
    CHECK(with_tables["sentences"][3]["source"] == "사과, 3");
    check_overlays(dir / "read" / "code.epub", with_tables);
}

TEST_CASE("A render of the EPUB and the page killed at any moment leaves the previous set or the new one, whole", "[e2e][epub][errors]") {
    if (!can_check()) return;
    const fs::path dir = project("epub-kill");
    std::ofstream(dir / "input" / "long.txt", std::ios::binary) << test::long_article(4);
    REQUIRE(sori({"render", "-q", "--format", "epub,html", "input/long.txt"}, dir).exit_code == 0);
    int kills = 0;
    for (int round = 0; round < 10; ++round) {
        test::Process render({SORI_BINARY, "render", "-q", "--format", "epub,html", "--sentence-pause", round % 2 ? "900" : "400", "input/long.txt"}, dir);
        std::this_thread::sleep_for(std::chrono::milliseconds(10 + 40 * round));
        ::kill(render.pid(), SIGKILL);
        kills += render.wait().exit_code == 128 + SIGKILL;
        INFO("round " << round);
        const fs::path out = dir / "out";
        const nlohmann::json m = manifest(out / "long.json");
        for (const auto& file : m["render"]["outputs"])
            CHECK(fs::file_size(out / file["file"].get<std::string>()) == file["bytes"].get<std::uint64_t>());
        CHECK(test::run({"unzip", "-tq", (out / "long.epub").string()}, dir).exit_code == 0);
        const std::vector<Par> pars = overlay_pars(out / "long.epub");
        REQUIRE(!pars.empty());
        CHECK(pars.back().end == ms_of(m["total_samples"], m["sample_rate"]));  // the EPUB and the manifest of one render
        const std::string page = test::slurp(out / "long.html");
        CHECK(page.find("data-e=\"" + std::to_string(pars.back().end) + "\"") != std::string::npos);
    }
    WARN(kills << " of 10 renders were killed mid-way");
    CHECK(kills >= 2);
}

TEST_CASE("An unknown --format is refused before any work, naming the read-along formats", "[e2e][epub]") {
    const fs::path dir = project("epub-bad");
    const test::Result r = sori({"render", "--format", "mp3,pdf", "input/meta-ai-strategy.txt"}, dir);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("sori: error: ") == 0);
    CHECK(r.err.find("'pdf' is unknown") != std::string::npos);
    CHECK(r.err.find("epub") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out" / "meta-ai-strategy.mp3"));
}
