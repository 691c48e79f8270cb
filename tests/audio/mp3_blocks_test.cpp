#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "audio/mp3_blocks.h"
#include "support/codec_signals.h"
#include "support/e2e.h"
#include "support/process_runner.h"

namespace {

namespace fs = std::filesystem;
using namespace test::codec;

void write_joined(const fs::path& path, const std::vector<std::int16_t>& samples, std::vector<std::size_t> cuts, int rate,
                  const sori::Mp3Settings& settings = {}) {
    sori::Mp3File file(path, rate, settings, samples.size());
    cuts.push_back(samples.size());
    std::size_t from = 0;
    for (std::size_t cut : cuts) {
        file.add(sori::encode_mp3_block(std::span<const std::int16_t>(samples.data() + from, cut - from), rate, settings, from, cut, samples.size()));
        from = cut;
    }
    file.close();
}

std::uint64_t big(const std::string& s, std::size_t at, int bytes) {
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i) value = value << 8 | static_cast<unsigned char>(s.at(at + static_cast<std::size_t>(i)));
    return value;
}

}  // namespace

TEST_CASE("ffmpeg decodes exactly the samples an MP3 joined from blocks was given, and no join is heard", "[mp3]") {
    if (!test::e2e::has_program("ffmpeg")) {
        WARN("ffmpeg is missing: the MP3 file is not decoded independently");
        return;
    }
    const int rate = GENERATE(22050, 44100);
    const std::vector<std::int16_t> samples = bursts16(static_cast<std::size_t>(rate) * 12 + 77, rate);
    // Cuts in the middle of four silences, on a 20 ms grid: not on the MP3 frame grid.
    std::vector<std::size_t> cuts;
    for (int k = 1; k <= 4; ++k) cuts.push_back(static_cast<std::size_t>(rate) * (24 * k - 2) / 10 / (rate / 50) * (rate / 50));
    const fs::path dir = fs::temp_directory_path();
    write_joined(dir / "sori-mp3-joined.mp3", samples, cuts, rate);
    write_joined(dir / "sori-mp3-one-pass.mp3", samples, {}, rate);
    const std::vector<float> joined = decode(dir / "sori-mp3-joined.mp3"), one_pass = decode(dir / "sori-mp3-one-pass.mp3");
    REQUIRE(joined.size() == samples.size());  // the LAME header's delay and padding trim it to the sample
    REQUIRE(one_pass.size() == samples.size());
    const std::vector<float> original = as_floats(samples);
    const double codec_noise = rms_difference(one_pass, original, 0, samples.size());
    CHECK(codec_noise < 0.02);  // the decode is the signal, not shifted
    const std::size_t window = static_cast<std::size_t>(rate) / 10;
    for (std::size_t cut : cuts) {
        INFO("join at " << cut);
        CHECK(rms_difference(joined, one_pass, cut - window, cut + 10 * window) < codec_noise / 5);
        float loudest = 0;
        for (std::size_t i = cut - window / 2; i < cut + window / 2; ++i) loudest = std::max(loudest, std::fabs(joined[i]));
        CHECK(loudest < 0.001f);
    }
}

TEST_CASE("A joined MP3 begins with an Info frame that counts its frames and bytes and gives the delay and padding", "[mp3]") {
    const int rate = 22050;
    const std::vector<std::int16_t> samples = bursts16(50000, rate);
    const fs::path path = fs::temp_directory_path() / "sori-mp3-info.mp3";
    write_joined(path, samples, {22050}, rate);
    const std::string file = test::slurp(path);
    REQUIRE(file.size() > 200);
    CHECK(static_cast<unsigned char>(file[0]) == 0xFF);
    const std::size_t info = 4 + 9;  // MPEG-2 mono: the side information is 9 bytes
    REQUIRE(file.compare(info, 4, "Info") == 0);
    const std::uint64_t frames = big(file, info + 8, 4), bytes = big(file, info + 12, 4);
    CHECK(bytes == file.size());
    CHECK(frames == (50000 + 1105 + 575) / 576);  // enough frames to hold the delay and every sample
    const std::size_t lame = info + 8 + 4 + 4 + 100 + 4;
    REQUIRE(file.compare(lame, 4, "LAME") == 0);
    const std::uint64_t delays = big(file, lame + 21, 3);
    CHECK(delays >> 12 == 576);
    CHECK((delays & 0xFFF) == frames * 576 - 576 - 50000);
}

TEST_CASE("A variable bit rate MP3 joined from blocks has a Xing header whose seek table rises, and decodes to every sample", "[mp3]") {
    if (!test::e2e::has_program("ffmpeg")) {
        WARN("ffmpeg is missing: the MP3 file is not decoded independently");
        return;
    }
    const int rate = 22050;
    const std::vector<std::int16_t> samples = bursts16(static_cast<std::size_t>(rate) * 12, rate);
    sori::Mp3Settings vbr;
    vbr.vbr_quality = 6;
    const fs::path path = fs::temp_directory_path() / "sori-mp3-vbr.mp3";
    write_joined(path, samples, {static_cast<std::size_t>(rate) * 22 / 10 / 441 * 441}, rate, vbr);
    const std::string file = test::slurp(path);
    REQUIRE(file.compare(13, 4, "Xing") == 0);
    CHECK(big(file, 13 + 12, 4) == file.size());
    for (std::size_t i = 1; i < 100; ++i) CHECK(static_cast<unsigned char>(file[13 + 16 + i]) >= static_cast<unsigned char>(file[13 + 16 + i - 1]));
    CHECK(decode(path).size() == samples.size());
}

TEST_CASE("An MP3 file that cannot be created names its path", "[mp3]") {
    CHECK_THROWS_WITH(sori::Mp3File("/nonexistent-folder/x.mp3", 22050, {}, 10), Catch::Contains("/nonexistent-folder/x.mp3"));
}
