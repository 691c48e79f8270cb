#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "audio/aac_blocks.h"
#include "support/codec_signals.h"
#include "support/e2e.h"
#include "support/process_runner.h"

namespace {

namespace fs = std::filesystem;
using namespace test::codec;

void write_joined(const fs::path& path, const std::vector<std::int16_t>& samples, std::vector<std::size_t> cuts, int rate) {
    const fs::path ffmeta = path.string() + ".ffmeta";
    std::ofstream(ffmeta) << ";FFMETADATA1\ntitle=제목\n\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=5000\ntitle=하나\n\n[CHAPTER]\nTIMEBASE=1/1000\n"
                             "START=5000\nEND=12000\ntitle=둘\n";
    sori::M4bFile file(path, rate, ffmeta, samples.size());
    cuts.push_back(samples.size());
    std::size_t from = 0;
    for (std::size_t cut : cuts) {
        file.add(sori::encode_aac_block(std::span<const std::int16_t>(samples.data() + from, cut - from), rate, {}, from, cut, samples.size()));
        from = cut;
    }
    file.close();
}

}  // namespace

TEST_CASE("An M4B joined from AAC blocks starts on the first sample, ends within a frame of the last, and no join is heard", "[m4b]") {
    if (!test::e2e::has_program("ffmpeg")) {
        WARN("ffmpeg is missing: the M4B is muxed and decoded by it");
        return;
    }
    const int rate = 22050;
    const std::vector<std::int16_t> samples = bursts16(static_cast<std::size_t>(rate) * 12 + 77, rate);
    std::vector<std::size_t> cuts;  // in four silences, on a 20 ms grid: not on the AAC frame grid
    for (int k = 1; k <= 4; ++k) cuts.push_back(static_cast<std::size_t>(rate) * (24 * k - 2) / 10 / 441 * 441);
    const fs::path dir = fs::temp_directory_path();
    write_joined(dir / "sori-aac-joined.m4b", samples, cuts, rate);
    write_joined(dir / "sori-aac-one-pass.m4b", samples, {}, rate);
    const std::vector<float> joined = decode(dir / "sori-aac-joined.m4b"), one_pass = decode(dir / "sori-aac-one-pass.m4b");
    CHECK(joined.size() >= samples.size());  // the priming hidden by the edit list; at most a frame of padding after
    CHECK(joined.size() < samples.size() + sori::aac_frame_samples);
    REQUIRE(one_pass.size() == joined.size());
    const std::vector<float> original = as_floats(samples);
    const double codec_noise = rms_difference(one_pass, original, 0, samples.size());
    CHECK(codec_noise < 0.02);  // the decode is the signal, not shifted by the priming
    const std::size_t window = static_cast<std::size_t>(rate) / 10;
    for (std::size_t cut : cuts) {
        INFO("join at " << cut);
        // Through the join and the burst after it the joined decode differs from the one-pass
        // decode by less than the codec's own noise (ffmpeg's rate control starts afresh in each
        // block, so the bytes differ a little; no click: the silence stays under -60 dBFS).
        CHECK(rms_difference(joined, one_pass, cut - window, cut + 10 * window) < codec_noise);
        float loudest = 0;
        for (std::size_t i = cut - window / 2; i < cut + window / 2; ++i) loudest = std::max(loudest, std::fabs(joined[i]));
        CHECK(loudest < 0.001f);
    }
    const test::Result chapters = test::run({"ffprobe", "-v", "error", "-show_chapters", (dir / "sori-aac-joined.m4b").string()}, dir);
    CHECK_THAT(chapters.out, Catch::Contains("title=하나") && Catch::Contains("title=둘"));
}
