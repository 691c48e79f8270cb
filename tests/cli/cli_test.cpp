// End to end: the real `sori` binary on real input, outputs read back by code that shares
// nothing with the writer (tests/riff_reader.h, ffprobe where installed).
#include <algorithm>
#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "support/e2e.h"
#include "support/process_runner.h"
#include "support/riff_reader.h"
#include "support/sample_article.h"

namespace fs = std::filesystem;

using namespace test::e2e;

TEST_CASE("A bare `sori render` turns the sample article into a WAV with six named chapters", "[e2e]") {
    const fs::path dir = project("sample");
    const test::Result r = sori({"render"}, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("out/meta-ai-strategy.wav") && Catch::Contains("6 chapters") && Catch::Contains("sentences"));

    const riff::Wave wav = riff::read((dir / "out" / "meta-ai-strategy.wav").string());
    const nlohmann::json m = manifest(dir / "out" / "meta-ai-strategy.json");
    CHECK(wav.format == 1);
    CHECK(wav.bits == 16);
    CHECK(wav.channels == 1);
    CHECK(wav.sample_rate == m["sample_rate"].get<std::uint32_t>());
    CHECK(wav.frames == m["total_samples"].get<std::uint64_t>());
    CHECK(wav.frames / double(wav.sample_rate) > 120.0);  // the whole article, minutes of speech

    CHECK(wav.title == test::sample_chapters[0]);
    REQUIRE(wav.labels.size() == 6);
    REQUIRE(m["chapters"].size() == 6);
    for (std::uint32_t id = 1; id <= 6; ++id) {
        CHECK(wav.labels.at(id) == test::sample_chapters[id - 1]);
        CHECK(m["chapters"][id - 1]["title"] == test::sample_chapters[id - 1]);
        CHECK(wav.cue_positions.at(id) == m["chapters"][id - 1]["start_sample"].get<std::uint32_t>());
    }
    // Every sentence's span holds sound and the gaps between them are silent.
    const auto& sentences = m["sentences"];
    REQUIRE(sentences.size() > 30);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const auto start = sentences[i]["start_sample"].get<std::uint64_t>();
        const auto end = sentences[i]["end_sample"].get<std::uint64_t>();
        INFO("sentence " << i << ": " << sentences[i]["source"].get<std::string>());
        REQUIRE(end > start);
        int peak = 0;
        for (auto s = start; s < end; ++s) peak = std::max(peak, std::abs(int(wav.samples[s])));
        CHECK(peak > 1000);
        if (i > 0) {
            int gap_peak = 0;
            for (auto s = sentences[i - 1]["end_sample"].get<std::uint64_t>(); s < start; ++s)
                gap_peak = std::max(gap_peak, std::abs(int(wav.samples[s])));
            CHECK(gap_peak == 0);
        }
        CHECK_FALSE(sentences[i]["spoken"].get<std::string>().empty());
    }
    CHECK(sentences[0]["source"] == test::sample_chapters[0]);

    const std::string ffmeta = test::slurp(dir / "out" / "meta-ai-strategy.ffmeta");
    CHECK_THAT(ffmeta, Catch::StartsWith(";FFMETADATA1\n"));
    CHECK_THAT(ffmeta, Catch::Contains("title=마무리\n"));
}

TEST_CASE("ffprobe reads the same chapter names and times from the WAV", "[e2e][ffprobe]") {
    if (!has_ffprobe()) {
        WARN("ffprobe is not installed; skipping (scripts/test.sh installs ffmpeg)");
        return;
    }
    const fs::path dir = project("ffprobe");
    REQUIRE(sori({"render", "-q"}, dir).exit_code == 0);
    const test::Result probe = test::run({"ffprobe", "-v", "error", "-show_chapters", "-of", "json", "out/meta-ai-strategy.wav"}, dir);
    REQUIRE(probe.exit_code == 0);
    const auto chapters = nlohmann::json::parse(probe.out)["chapters"];
    const nlohmann::json m = manifest(dir / "out" / "meta-ai-strategy.json");
    REQUIRE(chapters.size() == 6);
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(chapters[i]["tags"]["title"] == test::sample_chapters[i]);
        CHECK(chapters[i]["start"].get<std::uint64_t>() == m["chapters"][i]["start_sample"].get<std::uint64_t>());
    }
    // The FFMETADATA sidecar makes a chaptered audiobook with the ffmpeg program (a short
    // article keeps the AAC encode quick).
    fs::copy_file(data("articles/markdown-crlf.md"), dir / "news.md");
    REQUIRE(sori({"render", "news.md", "-q"}, dir).exit_code == 0);
    const test::Result m4b = test::run({"ffmpeg", "-v", "error", "-y", "-i", "out/news.wav", "-i", "out/news.ffmeta", "-map_metadata",
                                        "1", "-c:a", "aac", "-b:a", "48k", "out/news.m4b"}, dir);
    REQUIRE(m4b.exit_code == 0);
    const test::Result book = test::run({"ffprobe", "-v", "error", "-show_chapters", "-show_format", "-of", "json", "out/news.m4b"}, dir);
    const auto parsed = nlohmann::json::parse(book.out);
    REQUIRE(parsed["chapters"].size() == 2);
    CHECK(parsed["chapters"][1]["tags"]["title"] == "첫째 소식");
    CHECK(parsed["format"]["tags"]["title"] == "주간 소식");
}

TEST_CASE("Rendering the same article twice gives byte-identical audio", "[e2e]") {
    const fs::path dir = project("repeat");
    const test::Result quiet = sori({"render", "-q", "-o", "a"}, dir);
    REQUIRE(quiet.exit_code == 0);
    CHECK(quiet.err.empty());  // --quiet silences the summary
    CHECK(quiet.out.empty());
    REQUIRE(sori({"render", "-q", "-o", "b"}, dir).exit_code == 0);
    CHECK(test::slurp(dir / "a" / "meta-ai-strategy.wav") == test::slurp(dir / "b" / "meta-ai-strategy.wav"));
}

TEST_CASE("Voice, speed and pause options change the render and are recorded in the manifest", "[e2e]") {
    const fs::path dir = project("options");
    fs::copy_file(data("articles/markdown-crlf.md"), dir / "news.md");
    REQUIRE(sori({"render", "news.md", "-q", "-o", "normal"}, dir).exit_code == 0);
    const test::Result r = sori({"render", "news.md", "-q", "-o", "slow", "--preset", "slow", "--voice", "ko+f3", "--speed", "0.8x",
                                 "--pitch", "60", "--sentence-pause", "1200"}, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto normal = manifest(dir / "normal" / "news.json");
    const auto slow = manifest(dir / "slow" / "news.json");
    CHECK(slow["settings"]["voice"] == "ko+f3");
    CHECK(slow["settings"]["rate_wpm"] == 140);
    CHECK(slow["settings"]["pitch"] == 60);
    CHECK(slow["settings"]["pauses_ms"]["sentence"] == 1200);
    CHECK(slow["settings"]["pauses_ms"]["paragraph"] == 1400);  // from the slow preset
    CHECK(slow["total_samples"].get<double>() > 1.2 * normal["total_samples"].get<double>());
    std::vector<std::string> titles;
    for (const auto& c : normal["chapters"]) titles.push_back(c["title"]);
    CHECK(titles == std::vector<std::string>{"주간 소식", "첫째 소식"});
    CHECK(normal["sentences"][1]["source"] == "이번 주에는 새 기능을 소개합니다.");
}

TEST_CASE("Bad input gets a clear error, a documented exit code, and loses nothing", "[e2e][errors]") {
    const fs::path dir = project("errors");
    REQUIRE(sori({"render", "-q"}, dir).exit_code == 0);
    const std::string before = test::slurp(dir / "out" / "meta-ai-strategy.wav");
    fs::copy_file(data("articles/invalid-utf8.txt"), dir / "input" / "zz-invalid.txt");  // makes the bare render fail too
    fs::create_directories(dir / "folder.txt");
    std::ofstream(dir / "a-file") << "x";
    fs::create_directories(dir / "dup");
    fs::copy_file(SORI_SAMPLE_ARTICLE, dir / "dup" / "meta-ai-strategy.md");

    struct Case {
        std::vector<std::string> args;
        int code;
        std::string message;
    };
    const std::vector<Case> cases{
        {{"render", "missing.txt"}, 3, "missing.txt: no such file"},
        {{"render", "folder.txt"}, 3, "folder.txt: is a folder"},
        {{"render", data("articles/blank.txt")}, 3, "empty or holds only white space"},
        {{"render", data("articles/invalid-utf8.txt")}, 3, "invalid-utf8.txt:4:7: invalid UTF-8"},
        {{"render", data("articles/binary.txt")}, 3, "looks binary"},
        {{"render"}, 3, "zz-invalid.txt:4:7: invalid UTF-8"},
        {{"render", "input/meta-ai-strategy.txt", "--voice", "en"}, 2, "cannot speak Korean; Korean voices: ko"},
        {{"render", "input/meta-ai-strategy.txt", "--voice", "ko+zzz"}, 2, "variant 'zzz' does not exist"},
        {{"render", "input/meta-ai-strategy.txt", "--speed", "9x"}, 2, "out of range"},
        {{"render", "input/meta-ai-strategy.txt", "--speed", "quick"}, 2, "is not a speed"},
        {{"render", "input/meta-ai-strategy.txt", "--pitch", "150"}, 2, "pitch 150 is out of range; use 0–99"},
        {{"render", "input/meta-ai-strategy.txt", "--volume", "-3"}, 2, "volume -3 is out of range"},
        {{"render", "input/meta-ai-strategy.txt", "--preset", "nope"}, 2, "no preset 'nope'"},
        {{"render", "input/meta-ai-strategy.txt", "-o", "a-file"}, 4, "a-file: is a file, not a folder"},
        {{"render", "input/meta-ai-strategy.txt", "--no-such-option"}, 2, "--no-such-option"},
        {{"outline"}, 2, "article is required"},
        {{"render", "input/meta-ai-strategy.txt", "dup/meta-ai-strategy.md"}, 2, "would both be written to out/meta-ai-strategy.wav"},
    };
    for (const Case& c : cases) {
        const test::Result r = sori(c.args, dir);
        INFO("sori " << c.args[0] << (c.args.size() > 1 ? " " + c.args[1] : "") << " … → " << r.err);
        CHECK(r.exit_code == c.code);
        CHECK_THAT(r.err, Catch::StartsWith("sori: error: ") && Catch::Contains(c.message));
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);  // one line, as the README promises
        CHECK(test::slurp(dir / "out" / "meta-ai-strategy.wav") == before);
    }
    CHECK(files_in(dir / "out") ==
          std::vector<fs::path>{".cache", "meta-ai-strategy", "meta-ai-strategy.ffmeta", "meta-ai-strategy.json", "meta-ai-strategy.wav"});
}

TEST_CASE("An unwritable output folder is an error with exit code 4", "[e2e][errors]") {
    if (::geteuid() == 0) {
        // root writes anywhere; a read-only mount is the closest real case
        const fs::path dir = project("readonly");
        const test::Result r = sori({"render", "input/meta-ai-strategy.txt", "-o", "/proc/sori-out"}, dir);
        CHECK(r.exit_code == 4);
        CHECK_THAT(r.err, Catch::StartsWith("sori: error: /proc/sori-out"));
        return;
    }
    const fs::path dir = project("unwritable");
    fs::create_directories(dir / "locked");
    fs::permissions(dir / "locked", fs::perms::owner_read | fs::perms::owner_exec);
    const test::Result r = sori({"render", "input/meta-ai-strategy.txt", "-o", "locked"}, dir);
    CHECK(r.exit_code == 4);
    CHECK_THAT(r.err, Catch::Contains("not writable"));
    fs::permissions(dir / "locked", fs::perms::owner_all);
}

TEST_CASE("Ctrl-C during a render exits 130, leaves the previous outputs whole and the cache usable", "[e2e][errors]") {
    const fs::path dir = project("interrupt");
    REQUIRE(sori({"render", "-q"}, dir).exit_code == 0);
    const std::string before = test::slurp(dir / "out" / "meta-ai-strategy.wav");
    std::ofstream(dir / "input" / "meta-ai-strategy.txt", std::ios::binary) << test::long_article(12);
    test::Process render({SORI_BINARY, "render", "-q"}, dir);
    REQUIRE(wait_for_cache_entries(dir / "out" / ".cache", 40));
    ::kill(render.pid(), SIGINT);
    const test::Result r = render.wait();
    CHECK(r.exit_code == 130);
    CHECK_THAT(r.err, Catch::Contains("interrupted"));
    CHECK((test::slurp(dir / "out" / "meta-ai-strategy.wav") == before));
    CHECK(files_in(dir / "out") ==
          std::vector<fs::path>{".cache", "meta-ai-strategy", "meta-ai-strategy.ffmeta", "meta-ai-strategy.json", "meta-ai-strategy.wav"});
    // What was synthesized before the interruption is reused.
    const test::Result again = sori({"render"}, dir);
    CHECK(again.exit_code == 0);
    CHECK_THAT(again.err, !Catch::Contains(" 0 from the cache"));
}

TEST_CASE("`sori split --sentences` prints one sentence a line and a blank line after each paragraph", "[e2e][split]") {
    const fs::path dir = project("split");
    const test::Result r = sori({"split", "--sentences", "-"}, dir, "첫 문장입니다. 둘째 문장이죠?\n이어지는 줄!\n\n\n새 문단입니다ㅋㅋ 끝\n");
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "첫 문장입니다.\n둘째 문장이죠?\n이어지는 줄!\n\n새 문단입니다ㅋㅋ\n끝\n\n");
    const test::Result file = sori({"split", "--sentences", "input/meta-ai-strategy.txt"}, dir);
    REQUIRE(file.exit_code == 0);
    CHECK_THAT(file.out, Catch::Contains("\n다음과 같습니다.\n"));
    CHECK(sori({"split", "--sentences", "-"}, dir, "").out.empty());
}

TEST_CASE("`sori outline` shows the chapters and numbered sentences the renderer sees", "[e2e]") {
    const fs::path dir = project("outline");
    const test::Result r = sori({"outline", "input/meta-ai-strategy.txt"}, dir);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::StartsWith("메타 ($META)의 새로운 AI 전략\n"));
    CHECK_THAT(r.out, Catch::Contains("Chapter 6: 마무리\n  1. [heading] 마무리\n  2. 이러한 발표는"));
    CHECK_FALSE(fs::exists(dir / "out"));  // outlining writes nothing
    const test::Result spoken = sori({"outline", "--spoken", "input/meta-ai-strategy.txt"}, dir);
    CHECK_THAT(spoken.out, Catch::Contains("  4. 주커버그는 크게 3가지를 언급했는데요.\n     → 주커버그는 크게 세 가지를 언그팬는데요.\n"));
}

TEST_CASE("`sori normalize` prints one spoken line per input line, from a file or standard input", "[e2e]") {
    const fs::path dir = project("normalize");
    const test::Result r = sori({"normalize", "-"}, dir, "첫 줄 3가지\n\n둘째 줄 AI\n");
    CHECK(r.exit_code == 0);
    CHECK(r.out == "첫 줄 세 가지\n\n둘째 줄 에이아이\n");
    std::ofstream(dir / "names.tsv") << "AI\t인공지능\n";
    CHECK(sori({"normalize", "-", "--lexicon", "names.tsv"}, dir, "AI (Artificial Intelligence)\n").out == "인공지능 (아티피셜 인텔리전스)\n");
    CHECK(sori({"normalize", "-", "--skip-glosses"}, dir, "메타 (Meta)의\n").out == "메타의\n");
    const test::Result file = sori({"normalize", "input/meta-ai-strategy.txt"}, dir);
    const std::string input = test::slurp(dir / "input" / "meta-ai-strategy.txt");
    const auto lines = [](const std::string& s) { return std::count(s.begin(), s.end(), '\n') + (!s.empty() && s.back() != '\n'); };
    CHECK(lines(file.out) == lines(input));
    const test::Result missing = sori({"normalize", "nope.txt"}, dir);
    CHECK(missing.exit_code == 3);
    CHECK_THAT(missing.err, Catch::StartsWith("sori: error: nope.txt: no such file"));
}

TEST_CASE("`sori voices` lists the presets and the Korean voice with its variants", "[e2e]") {
    const test::Result r = sori({"voices"}, fs::path(SORI_SAMPLE_ARTICLE).parent_path().parent_path());
    REQUIRE(r.exit_code == 0);
    for (const char* text : {"default —", "slow —", "fast —", "female —", "ko — Korean", "f3"}) CHECK_THAT(r.out, Catch::Contains(text));
}

TEST_CASE("Help shows every option with examples", "[e2e]") {
    const test::Result top = sori({"--help"}, fs::temp_directory_path());
    CHECK(top.exit_code == 0);
    CHECK_THAT(top.out, Catch::Contains("Examples:") && Catch::Contains("Exit codes:"));
    const test::Result render = sori({"render", "--help"}, fs::temp_directory_path());
    CHECK(render.exit_code == 0);
    for (const char* option : {"--voice", "--speed", "--pitch", "--volume", "--word-gap", "--sentence-pause", "--paragraph-pause",
                               "--section-pause", "--preset", "--quiet", "Examples:"})
        CHECK_THAT(render.out, Catch::Contains(option));
}
