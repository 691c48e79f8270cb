#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "render/renderer.h"
#include "support/riff_reader.h"

namespace {

std::filesystem::path folder(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("sori-renderer-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::filesystem::path write_article(const std::filesystem::path& dir, const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    return dir / name;
}

}  // namespace

TEST_CASE("The script of the sample article speaks each heading first in its chapter", "[renderer]") {
    const sori::Script script = sori::script_for(SORI_SAMPLE_ARTICLE);
    REQUIRE(script.chapters.size() == 6);
    std::size_t chapter = 99;
    for (const auto& item : script.items) {
        if (item.chapter != chapter) {
            CHECK(item.heading);
            CHECK(item.source == script.chapters[item.chapter]);
            chapter = item.chapter;
        }
    }
}

TEST_CASE("Pauses follow the settings between sentences, paragraphs and chapters", "[renderer]") {
    const auto dir = folder("pauses");
    const auto article = write_article(dir, "p.md", "# 제목\n\n첫 문장입니다. 둘째 문장입니다.\n\n새 문단입니다.\n\n## 다음\n\n끝입니다.\n");
    sori::RenderOptions options;
    options.output_folder = dir / "out";
    options.settings.pauses = {500, 900, 2000, 300, 700};
    sori::render_article(article, options);
    std::ifstream in(dir / "out" / "p.json");
    const auto manifest = nlohmann::json::parse(in);
    const auto& s = manifest["sentences"];
    REQUIRE(s.size() == 6);
    const auto gap = [&](int i) { return s[i]["start_sample"].get<std::uint64_t>() - s[i - 1]["end_sample"].get<std::uint64_t>(); };
    CHECK(s[0]["start_sample"] == 300 * 22050 / 1000);
    CHECK(gap(1) == 900 * 22050 / 1000);   // heading → paragraph
    CHECK(gap(2) == 500 * 22050 / 1000);   // sentence
    CHECK(gap(3) == 900 * 22050 / 1000);   // paragraph
    CHECK(gap(4) >= 2000 * 22050 / 1000);  // section: a block is cut there, on the 20 ms grid, so it may grow by less than 20 ms
    CHECK(gap(4) < 2020 * 22050 / 1000);
    CHECK(manifest["total_samples"].get<std::uint64_t>() - s[5]["end_sample"].get<std::uint64_t>() == 700 * 22050 / 1000);
    CHECK(manifest["chapters"][1]["start_sample"] == s[4]["start_sample"]);
}

TEST_CASE("A render that fails keeps the previous outputs", "[renderer]") {
    const auto dir = folder("keep");
    const auto article = write_article(dir, "a.txt", "제목\n\n본문입니다.\n");
    sori::RenderOptions options;
    options.output_folder = dir / "out";
    sori::render_article(article, options);
    const auto before = std::filesystem::file_size(dir / "out" / "a.wav");
    write_article(dir, "a.txt", "제목\n\n깨진 \xFF 바이트\n");
    CHECK_THROWS_AS(sori::render_article(article, options), sori::Error);
    CHECK(std::filesystem::file_size(dir / "out" / "a.wav") == before);
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir / "out")) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{".cache", "a", "a.ffmeta", "a.json", "a.wav"});
}

TEST_CASE("A cancelled render stops, keeps the previous outputs and leaves no temporary file", "[renderer]") {
    const auto dir = folder("cancel");
    const auto article = write_article(dir, "a.txt", "제목\n\n본문입니다. 둘째 문장입니다.\n");
    std::atomic<bool> cancel{true};
    sori::RenderOptions options;
    options.output_folder = dir / "out";
    options.cancel = &cancel;
    try {
        sori::render_article(article, options);
        FAIL("not cancelled");
    } catch (const sori::Error& e) {
        CHECK(e.code() == sori::ExitCode::interrupted);
    }
    CHECK(std::filesystem::is_empty(dir / "out"));
}

TEST_CASE("An article of nothing but markup is refused as having nothing to read", "[renderer]") {
    const auto dir = folder("markup");
    const auto article = write_article(dir, "m.md", "```\ncode only\n```\n\n![img](a.png)\n\n---\n");
    sori::RenderOptions options;
    options.output_folder = dir / "out";
    CHECK_THROWS_WITH(sori::render_article(article, options), Catch::Contains("nothing in the article can be read aloud"));
}

TEST_CASE("A programme too long for a RIFF WAV renders as RF64 that ffprobe reads with every chapter", "[renderer]") {
    if (std::system("command -v ffprobe > /dev/null") != 0) {
        WARN("ffprobe is missing: RF64 chapters are not checked");
        return;
    }
    const auto dir = folder("rf64");
    sori::RenderOptions options;
    options.output_folder = dir / "out";
    options.audio.rf64_above_bytes = 1 << 20;  // stands in for 4 GiB: the sample's WAV is 15 MB
    const sori::RenderSummary summary = sori::render_article(SORI_SAMPLE_ARTICLE, options);
    const riff::Wave w = riff::read(summary.wav.string());
    CHECK(w.rf64);
    const nlohmann::json manifest = nlohmann::json::parse(std::ifstream(summary.manifest));
    CHECK(w.frames == manifest["total_samples"].get<std::uint64_t>());
    const std::string probe = "ffprobe -v error -show_chapters -of csv=p=0 '" + summary.wav.string() + "' > '" + (dir / "chapters.csv").string() + "'";
    REQUIRE(std::system(probe.c_str()) == 0);
    std::ifstream csv(dir / "chapters.csv");
    std::size_t chapter = 0;
    for (std::string line; std::getline(csv, line); ++chapter) {
        REQUIRE(chapter < manifest["chapters"].size());
        const auto& expected = manifest["chapters"][chapter];
        CHECK_THAT(line, Catch::Contains("," + std::to_string(expected["start_sample"].get<std::uint64_t>()) + ",") &&
                             Catch::EndsWith("," + expected["title"].get<std::string>()));
    }
    CHECK(chapter == manifest["chapters"].size());
}
