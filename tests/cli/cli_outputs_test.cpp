// End to end: chapter and subtitle files of the sample article, read back with tools and code
// that are not sori's (cuebreakpoints from cuetools, a small SRT/WebVTT parser here).
#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

#include "support/e2e.h"
#include "support/riff_reader.h"

namespace fs = std::filesystem;
using namespace test::e2e;

namespace {

struct Cue {
    double start = 0, end = 0;
    std::string text;
};

double parse_time(const std::string& t) {  // HH:MM:SS,mmm or HH:MM:SS.mmm
    return std::stod(t.substr(0, 2)) * 3600 + std::stod(t.substr(3, 2)) * 60 + std::stod(t.substr(6, 2)) + std::stod(t.substr(9, 3)) / 1000;
}

std::vector<Cue> parse_cues(const std::string& text) {
    std::vector<Cue> cues;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const std::size_t arrow = line.find(" --> ");
        if (arrow == std::string::npos) continue;
        Cue cue{parse_time(line.substr(0, arrow)), parse_time(line.substr(arrow + 5)), ""};
        std::getline(in, cue.text);
        cues.push_back(cue);
    }
    return cues;
}

}  // namespace

TEST_CASE("Chapter files and subtitles agree with the WAV's chapters and sentences", "[e2e][sidecars]") {
    const fs::path dir = project("sidecars");
    const test::Result r = sori({"render", "-q", "--chapters", "ffmeta,cue,vtt,json,audacity", "--subtitles", "srt,vtt"}, dir);
    REQUIRE(r.exit_code == 0);
    const fs::path out = dir / "out";
    for (const char* suffix : {".ffmeta", ".cue", ".chapters.vtt", ".chapters.json", ".labels.txt", ".srt", ".vtt"})
        CHECK(fs::exists(out / (std::string("meta-ai-strategy") + suffix)));
    const riff::Wave wave = riff::read((out / "meta-ai-strategy.wav").string());
    std::vector<double> wav_starts;
    for (const auto& [id, position] : wave.cue_positions) wav_starts.push_back(static_cast<double>(position) / wave.sample_rate);

    if (has_program("cuebreakpoints")) {
        // cuebreakpoints prints the start of every track after the first, as M:SS.FF (frames).
        const test::Result breaks = test::run({"cuebreakpoints", "meta-ai-strategy.cue"}, out);
        REQUIRE(breaks.exit_code == 0);
        std::istringstream lines(breaks.out);
        std::vector<double> cue_starts{0};
        for (std::string line; std::getline(lines, line);) {
            const std::size_t colon = line.find(':'), dot = line.find('.');
            cue_starts.push_back(std::stod(line.substr(0, colon)) * 60 + std::stod(line.substr(colon + 1, dot - colon - 1)) +
                                 std::stod(line.substr(dot + 1)) / 75);
        }
        REQUIRE(cue_starts.size() == wav_starts.size());
        for (std::size_t i = 0; i < cue_starts.size(); ++i) CHECK(std::abs(cue_starts[i] - wav_starts[i]) <= 1.0 / 75);
    } else {
        WARN("cuebreakpoints (cuetools) is missing: the CUE sheet is not read back");
    }

    const std::vector<Cue> chapters = parse_cues(test::slurp(out / "meta-ai-strategy.chapters.vtt"));
    REQUIRE(chapters.size() == wav_starts.size());
    for (std::size_t i = 0; i < chapters.size(); ++i) CHECK(std::abs(chapters[i].start - wav_starts[i]) <= 0.001);

    const auto manifest_json = manifest(out / "meta-ai-strategy.json");
    std::vector<nlohmann::json> spoken;
    for (const auto& s : manifest_json["sentences"])
        if (!s["spoken"].get<std::string>().empty()) spoken.push_back(s);
    for (const char* name : {"meta-ai-strategy.srt", "meta-ai-strategy.vtt"}) {
        INFO(name);
        const std::vector<Cue> cues = parse_cues(test::slurp(out / name));
        REQUIRE(cues.size() == spoken.size());
        for (std::size_t i = 0; i < cues.size(); ++i) {
            CHECK(std::abs(cues[i].start - spoken[i]["start_seconds"].get<double>()) <= 0.001);
            CHECK(cues[i].end > cues[i].start);
            if (i > 0) CHECK(cues[i].start >= cues[i - 1].end);  // in order, no overlap
        }
        CHECK(cues[2].text == spoken[2]["source"].get<std::string>().substr(0, cues[2].text.size()));
    }
    CHECK(sori({"render", "--chapters", "xml"}, dir).exit_code == 2);
}
