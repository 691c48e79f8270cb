#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>

#include "audio/sound_file_writer.h"
#include "base/error.h"
#include "support/riff_reader.h"

namespace {

std::filesystem::path temp_wav(const std::string& name) { return std::filesystem::temp_directory_path() / ("sori-wav-" + name + ".wav"); }

}  // namespace

TEST_CASE("Chapter cue points and their names are read back by an independent RIFF parser", "[wav]") {
    const auto labels = GENERATE(std::vector<std::string>{"메타 ($META)의 새로운 AI 전략", "1. AI", "마무리"},
                                 std::vector<std::string>{"a", "bc", "def", "ghij"},  // every padding case
                                 std::vector<std::string>{"하나"});
    std::vector<sori::CuePoint> cues;
    for (std::size_t i = 0; i < labels.size(); ++i) cues.push_back({i * 1000 + (i ? 7 : 0), labels[i]});
    const auto path = temp_wav("cues");
    std::vector<std::int16_t> tone(5000);
    for (std::size_t i = 0; i < tone.size(); ++i) tone[i] = static_cast<std::int16_t>(8000 * std::sin(0.03 * i));
    {
        sori::SoundFileWriter writer(path, 22050, cues);
        writer.write_silence(100);
        writer.write(tone.data(), tone.size());
        writer.close();
    }
    const riff::Wave w = riff::read(path.string());
    CHECK(w.format == 1);
    CHECK(w.channels == 1);
    CHECK(w.bits == 16);
    CHECK(w.sample_rate == 22050);
    CHECK(w.frames == 5100);
    CHECK(w.samples[0] == 0);
    CHECK(w.samples[100 + 50] == tone[50]);
    REQUIRE(w.cue_positions.size() == labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        CHECK(w.cue_positions.at(i + 1) == cues[i].sample);
        CHECK(w.labels.at(i + 1) == labels[i]);
    }
    std::filesystem::remove(path);
}

TEST_CASE("The label list follows the RIFF rules: standard sizes, even padding, four-byte total", "[wav]") {
    const auto body = sori::label_list_chunk({{0, "abc"}, {10, "de"}});
    CHECK(body.size() % 4 == 0);
    // adtl + labl(size 4+3+1=8) + labl(size 4+2+1=7, padded to 8) = 4 + 16 + 16
    CHECK(body.size() == 36);
    CHECK(body[8] == 8);
    CHECK(body[24] == 7);
}

TEST_CASE("A WAV in a folder that does not exist fails with the path", "[wav]") {
    CHECK_THROWS_WITH(sori::SoundFileWriter("/nonexistent-folder/x.wav", 22050, {}), Catch::Contains("/nonexistent-folder/x.wav"));
}

TEST_CASE("A WAV too large for RIFF is written as RF64 with its chapters after the audio", "[wav]") {
    const auto path = temp_wav("rf64");
    const std::vector<sori::CuePoint> cues{{0, "처음"}, {30000, "둘째 장"}, {70001, "끝"}};
    {
        // A limit of 100 kB stands in for 4 GiB: the same path, without writing 4 GiB of silence.
        sori::SoundFileWriter writer(path, 22050, cues, "긴 글", 100000, 100000);
        writer.write_silence(100000);
        writer.close();
    }
    const riff::Wave w = riff::read(path.string());
    CHECK(w.rf64);
    CHECK(w.frames == 100000);
    CHECK(w.chunk_order.back() == "LIST");
    REQUIRE(w.cue_positions.size() == 3);
    CHECK(w.cue_positions.at(2) == 30000);
    CHECK(w.labels.at(2) == "둘째 장");
    CHECK(w.labels.at(3) == "끝");
}

TEST_CASE("A WAV within the RIFF limit stays a plain RIFF WAV", "[wav]") {
    const auto path = temp_wav("riff");
    {
        sori::SoundFileWriter writer(path, 22050, {{0, "하나"}}, "", 1000, 100000);
        writer.write_silence(1000);
        writer.close();
    }
    CHECK_FALSE(riff::read(path.string()).rf64);
}
