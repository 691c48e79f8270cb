#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "audio/aac_encoder.h"
#include "base/error.h"
#include "support/codec_signals.h"
#include "support/e2e.h"
#include "support/process_runner.h"

namespace fs = std::filesystem;

TEST_CASE("The AAC encoder in process writes the ADTS frames the ffmpeg program writes with the same settings", "[aac_encoder]") {
    if (!test::e2e::has_program("ffmpeg")) {
        WARN("ffmpeg is missing: nothing to compare with");
        return;
    }
    const int rate = GENERATE(22050, 44100);
    const int bitrate = GENERATE(32000, 64000);
    const std::vector<std::int16_t> samples = test::codec::bursts16(static_cast<std::size_t>(rate) * 5 / 1024 * 1024, rate);
    std::string ours;
    sori::AacEncoder(rate, bitrate).encode(samples, [&](const unsigned char* frame, std::size_t size) {
        ours.append(reinterpret_cast<const char*>(frame), size);
    });
    const fs::path pcm = fs::temp_directory_path() / "sori-aac-encoder.pcm", adts = fs::temp_directory_path() / "sori-aac-encoder.aac";
    std::ofstream(pcm, std::ios::binary).write(reinterpret_cast<const char*>(samples.data()), static_cast<std::streamsize>(samples.size() * 2));
    const test::Result r = test::run({"ffmpeg", "-v", "error", "-y", "-f", "s16le", "-ar", std::to_string(rate), "-ac", "1", "-i", pcm.string(),
                                      "-c:a", "aac", "-aac_coder", "fast", "-b:a", std::to_string(bitrate), "-f", "adts", adts.string()},
                                     fs::temp_directory_path());
    REQUIRE(r.exit_code == 0);
    const std::string theirs = test::slurp(adts);
    CHECK(ours.size() == theirs.size());
    CHECK(ours == theirs);
}

TEST_CASE("The AAC encoder gives one frame of priming and then a frame for every 1024 samples begun (none for none)", "[aac_encoder]") {
    const std::size_t count = GENERATE(0, 1024, 1025, 4096);
    std::size_t frames = 0;
    sori::AacEncoder(22050, 64000).encode(std::vector<std::int16_t>(count, 100), [&](const unsigned char* frame, std::size_t size) {
        REQUIRE(size >= 7);
        CHECK(frame[0] == 0xFF);
        CHECK((frame[1] & 0xF6) == 0xF0);  // ADTS sync word, layer 0
        CHECK(static_cast<std::size_t>((frame[3] & 3) << 11 | frame[4] << 3 | frame[5] >> 5) == size);
        ++frames;
    });
    CHECK(frames == (count == 0 ? 0 : (count + 1023) / 1024 + 1));
}

TEST_CASE("The AAC encoder refuses a rate AAC does not have", "[aac_encoder]") {
    CHECK_THROWS_AS(sori::AacEncoder(22051, 64000), sori::Error);
}
