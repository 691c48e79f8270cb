// End to end: every audio format of the sample article, read back by ffprobe (and ffmpeg's
// ebur128 filter for loudness), tools that share nothing with sori's writers.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <regex>

#include "support/e2e.h"
#include "support/riff_reader.h"
#include "support/sample_article.h"

namespace fs = std::filesystem;
using namespace test::e2e;

namespace {

struct Chapter {
    std::string title;
    double start = 0;
};

std::vector<Chapter> ffprobe_chapters(const fs::path& file) {
    const test::Result r = test::run({"ffprobe", "-v", "error", "-show_chapters", "-of", "json", file.string()}, file.parent_path());
    REQUIRE(r.exit_code == 0);
    std::vector<Chapter> chapters;
    const nlohmann::json probe = nlohmann::json::parse(r.out);  // kept: a range over a temporary's member would dangle
    for (const auto& c : probe["chapters"])
        chapters.push_back({c["tags"]["title"].get<std::string>(), std::stod(c["start_time"].get<std::string>())});
    return chapters;
}

std::string ffprobe_value(const fs::path& file, const std::string& entry) {
    const test::Result r =
        test::run({"ffprobe", "-v", "error", "-show_entries", entry, "-of", "default=nw=1:nk=1", file.string()}, file.parent_path());
    return r.out.substr(0, r.out.find('\n'));
}

}  // namespace

TEST_CASE("Every audio format carries the WAV's chapters at the same times", "[e2e][formats]") {
    if (!has_ffprobe()) {
        WARN("ffprobe is missing: the formats are not read back");
        return;
    }
    const fs::path dir = project("formats");
    const test::Result r = sori({"render", "--format", "wav,flac,opus,mp3,m4b"}, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("also: out/meta-ai-strategy.flac out/meta-ai-strategy.opus out/meta-ai-strategy.mp3 "
                                      "out/meta-ai-strategy.m4b"));
    const std::vector<Chapter> wav = ffprobe_chapters(dir / "out" / "meta-ai-strategy.wav");
    REQUIRE(wav.size() == test::sample_chapters.size());
    for (const char* format : {"flac", "opus", "mp3", "m4b"}) {
        INFO(format);
        const fs::path file = dir / "out" / (std::string("meta-ai-strategy.") + format);
        const std::vector<Chapter> chapters = ffprobe_chapters(file);
        REQUIRE(chapters.size() == wav.size());
        for (std::size_t i = 0; i < wav.size(); ++i) {
            CHECK(chapters[i].title == wav[i].title);
            CHECK(std::abs(chapters[i].start - wav[i].start) <= 0.010);
        }
        const double duration = std::stod(ffprobe_value(file, "format=duration"));
        CHECK(std::abs(duration - std::stod(ffprobe_value(dir / "out" / "meta-ai-strategy.wav", "format=duration"))) < 0.1);
    }
    // Opus decoders always play at 48 kHz; the OpusHead packet records the rate it was encoded from.
    const std::string opus = test::slurp(dir / "out" / "meta-ai-strategy.opus");
    const std::size_t head = opus.find("OpusHead");
    REQUIRE(head != std::string::npos);
    CHECK(riff::u32(opus, head + 12) == 24000);  // 22050 goes up to the next Opus rate
    CHECK(ffprobe_value(dir / "out" / "meta-ai-strategy.mp3", "format_tags=title") == test::sample_chapters[0]);
    CHECK(ffprobe_value(dir / "out" / "meta-ai-strategy.flac", "format_tags=ARTIST") == "sori");
}

TEST_CASE("With --sample-rate the audio is resampled and keeps the chapters at the same times", "[e2e][formats]") {
    const fs::path dir = project("resample");
    REQUIRE(sori({"render", "-q", "-o", "plain"}, dir).exit_code == 0);
    REQUIRE(sori({"render", "-q", "--sample-rate", "44100"}, dir).exit_code == 0);
    const riff::Wave plain = riff::read((dir / "plain" / "meta-ai-strategy.wav").string());
    const riff::Wave wave = riff::read((dir / "out" / "meta-ai-strategy.wav").string());
    CHECK(wave.sample_rate == 44100);
    CHECK(std::llabs(static_cast<long long>(wave.frames) - static_cast<long long>(plain.frames * 2)) <= 2);
    REQUIRE(wave.cue_positions.size() == plain.cue_positions.size());
    for (const auto& [id, position] : plain.cue_positions) CHECK(wave.cue_positions.at(id) == position * 2);
    CHECK(sori({"render", "--sample-rate", "100"}, dir).exit_code == 2);
}

TEST_CASE("Encoder settings are options: the bit rate asked for is the bit rate in the file, and values out of range are refused",
          "[e2e][formats]") {
    if (!has_ffprobe()) {
        WARN("ffprobe is missing: the bit rate is not read back");
        return;
    }
    const fs::path dir = project("bitrate");
    const test::Result r = sori({"render", "-q", "--format", "opus,flac", "--bitrate", "opus=16k", "--opus-complexity", "3", "--flac-level", "8"}, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const fs::path opus = dir / "out" / "meta-ai-strategy.opus";
    const double bits = 8.0 * static_cast<double>(fs::file_size(opus)) / std::stod(ffprobe_value(opus, "format=duration"));
    CHECK(bits > 15000);
    CHECK(bits < 18500);  // 16 kb/s and the Ogg pages' overhead
    const auto [option, value, says] = GENERATE(table<std::string, std::string, std::string>({
        {"--bitrate", "opus=300k", "opus takes 6k to 256k"},
        {"--bitrate", "opus=fast", "opus takes 6k to 256k"},
        {"--bitrate", "wav=64k", "write FORMAT=RATE for a lossy format"},
        {"--bitrate", "mp3=200k", "mp3 takes 32k to 160k"},
        {"--opus-complexity", "11", "--opus-complexity"},
        {"--flac-level", "-1", "--flac-level"},
        {"--mp3-vbr", "10", "--mp3-vbr"},
    }));
    INFO(option << " " << value);
    const test::Result bad = sori({"render", "--format", "opus", option, value}, dir);
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::StartsWith("sori: error: ") && Catch::Contains(says));
}

TEST_CASE("With --loudness sori brings the programme to the target under the true-peak ceiling", "[e2e][formats]") {
    if (!has_program("ffmpeg")) {
        WARN("ffmpeg is missing: loudness is not measured independently");
        return;
    }
    const fs::path dir = project("loudness");
    const test::Result r = sori({"render", "--loudness", "-19"}, dir);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("loudness: ") && Catch::Contains("LUFS as synthesized") && Catch::Contains("dBTP"));
    const test::Result m = test::run(
        {"ffmpeg", "-hide_banner", "-nostats", "-i", "out/meta-ai-strategy.wav", "-af", "ebur128=peak=true", "-f", "null", "-"}, dir);
    const std::string summary = m.err.substr(m.err.rfind("Summary:"));
    std::smatch found;
    REQUIRE(std::regex_search(summary, found, std::regex(R"(I:\s+(-?[0-9.]+) LUFS)")));
    const double lufs = std::stod(found[1]);
    REQUIRE(std::regex_search(summary, found, std::regex(R"(Peak:\s+(-?[0-9.]+) dBFS)")));
    const double peak = std::stod(found[1]);
    INFO(lufs << " LUFS, true peak " << peak);
    CHECK(std::abs(lufs - -19) <= 0.5);
    CHECK(peak <= -1.0);
}

TEST_CASE("An unknown format is refused, and m4b without ffmpeg says how to install it", "[e2e][formats]") {
    const fs::path dir = project("no-ffmpeg");
    const test::Result unknown = sori({"render", "--format", "wav,aiff"}, dir);
    CHECK(unknown.exit_code == 2);
    CHECK_THAT(unknown.err, Catch::Contains("audio format 'aiff' is unknown"));
    const std::string path = std::getenv("PATH");
    ::setenv("PATH", "/nonexistent", 1);
    const test::Result r = sori({"render", "--format", "mp3,m4b"}, dir);
    ::setenv("PATH", path.c_str(), 1);
    CHECK(r.exit_code == 4);
    CHECK_THAT(r.err, Catch::Contains("apt-get install ffmpeg"));
    CHECK_FALSE(fs::exists(dir / "out" / "meta-ai-strategy.mp3"));  // nothing replaced, nothing half-made
    CHECK_FALSE(fs::exists(dir / "out" / ".cache"));                 // refused before any synthesis
}
