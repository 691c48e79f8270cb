#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "audio/opus_blocks.h"
#include "base/error.h"
#include "support/codec_signals.h"
#include "support/e2e.h"
#include "support/process_runner.h"

namespace {

using namespace test::codec;

// An Ogg page as RFC 3533 lays it out, read without libogg.
struct Page {
    std::uint8_t flags = 0;
    std::int64_t granule = 0;
    std::uint32_t serial = 0, sequence = 0;
    std::string body;
};

std::uint64_t little(const std::string& s, std::size_t at, int bytes) {
    std::uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(s.at(at + static_cast<std::size_t>(i)));
    return value;
}

std::vector<Page> read_pages(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string data = buffer.str();
    std::vector<Page> pages;
    for (std::size_t at = 0; at < data.size();) {
        REQUIRE(data.compare(at, 4, "OggS") == 0);
        Page page;
        page.flags = static_cast<std::uint8_t>(data.at(at + 5));
        page.granule = static_cast<std::int64_t>(little(data, at + 6, 8));
        page.serial = static_cast<std::uint32_t>(little(data, at + 14, 4));
        page.sequence = static_cast<std::uint32_t>(little(data, at + 18, 4));
        const std::size_t segments = static_cast<unsigned char>(data.at(at + 26));
        std::size_t body = 0;
        for (std::size_t i = 0; i < segments; ++i) body += static_cast<unsigned char>(data.at(at + 27 + i));
        page.body = data.substr(at + 27 + segments, body);
        pages.push_back(page);
        at += 27 + segments + body;
    }
    return pages;
}

std::vector<float> tone(std::size_t count, int rate) {
    std::vector<float> samples(count);
    for (std::size_t i = 0; i < count; ++i) samples[i] = 0.3f * static_cast<float>(std::sin(2 * M_PI * 440.0 * static_cast<double>(i) / rate));
    return samples;
}

// Joins `samples` cut at `cuts` (each a whole number of 20 ms frames) into one Ogg Opus file.
void write_joined(const std::filesystem::path& path, const std::vector<float>& samples, std::vector<std::size_t> cuts, int rate) {
    sori::OggOpusFile file(path, rate, {"TITLE=제목"}, {}, samples.size());
    cuts.push_back(samples.size());
    std::size_t from = 0;
    for (std::size_t c = 0; c < cuts.size(); ++c) {
        const std::vector<float> piece(samples.begin() + static_cast<std::ptrdiff_t>(from), samples.begin() + static_cast<std::ptrdiff_t>(cuts[c]));
        file.add(sori::encode_opus_block(piece, rate, {}, c + 1 == cuts.size()));
        from = cuts[c];
    }
    file.close();
}

}  // namespace

TEST_CASE("An Opus file joined from blocks ends on its last sample: headers, pre-skip and granule positions read back from the Ogg pages",
          "[opus]") {
    const int rate = GENERATE(24000, 48000);
    const std::vector<std::size_t> lengths = GENERATE(std::vector<std::size_t>{0}, std::vector<std::size_t>{1}, std::vector<std::size_t>{479},
                                                      std::vector<std::size_t>{480}, std::vector<std::size_t>{100000},
                                                      std::vector<std::size_t>{960, 0, 48000, 77});
    const std::size_t scale = static_cast<std::size_t>(rate / 24000);  // the lengths are frames at 24 kHz
    const auto path = std::filesystem::temp_directory_path() / "sori-opus-blocks.opus";
    std::vector<std::size_t> cuts;
    std::size_t count = 0;
    for (std::size_t i = 0; i < lengths.size(); ++i) {
        count += lengths[i] * scale;
        if (i + 1 < lengths.size()) cuts.push_back(count);
    }
    write_joined(path, tone(count, rate), cuts, rate);
    const std::vector<Page> pages = read_pages(path);
    REQUIRE(pages.size() >= 3);
    CHECK(pages[0].flags == 2);  // beginning of stream, the OpusHead alone on its page
    REQUIRE(pages[0].body.size() == 19);
    CHECK(pages[0].body.compare(0, 8, "OpusHead") == 0);
    CHECK(pages[0].body[9] == 1);  // one channel
    const std::uint64_t pre_skip = little(pages[0].body, 10, 2);
    CHECK(pre_skip > 0);
    CHECK(little(pages[0].body, 12, 4) == static_cast<std::uint64_t>(rate));
    CHECK(pages[1].body.compare(0, 8, "OpusTags") == 0);
    CHECK(pages[1].body.find("TITLE=제목") != std::string::npos);
    CHECK((pages.back().flags & 4) != 0);  // end of stream
    // The last granule: the pre-skip and every sample, counted at 48 kHz.
    CHECK(static_cast<std::uint64_t>(pages.back().granule) == pre_skip + count * static_cast<std::uint64_t>(48000 / rate));
    for (std::size_t i = 0; i < pages.size(); ++i) {
        CHECK(pages[i].sequence == i);
        CHECK(pages[i].serial == pages[0].serial);
        if (i > 2) CHECK(pages[i].granule >= pages[i - 1].granule);
    }
}

TEST_CASE("A block of Opus that is not the last is whole 20 ms frames, one packet each", "[opus]") {
    const sori::EncodedBlock block = sori::encode_opus_block(tone(24000, 24000), 24000, {}, false);
    CHECK(block.sizes.size() == 50);
    CHECK(block.total_samples() == 24000);
    const sori::EncodedBlock last = sori::encode_opus_block(tone(24000, 24000), 24000, {}, true);
    CHECK(last.sizes.size() == 51);  // and the look-ahead's worth, to reach the last sample
}

TEST_CASE("ffmpeg decodes exactly the samples an Opus file joined from blocks was given, and no join is heard", "[opus]") {
    if (!test::e2e::has_program("ffmpeg")) {
        WARN("ffmpeg is missing: the Opus file is not decoded independently");
        return;
    }
    const int rate = 24000;
    const std::vector<float> samples = bursts(rate * 12 + 77, rate);
    // Cuts in the middle of four of the silences, on the 20 ms grid (as block_plan.h places them).
    std::vector<std::size_t> cuts;
    for (int k = 1; k <= 4; ++k) cuts.push_back((static_cast<std::size_t>(rate) * (24 * k - 2) / 10) / 480 * 480);
    const auto dir = std::filesystem::temp_directory_path();
    write_joined(dir / "sori-opus-joined.opus", samples, cuts, rate);
    write_joined(dir / "sori-opus-one-pass.opus", samples, {}, rate);
    const std::vector<float> joined = decode(dir / "sori-opus-joined.opus", rate), one_pass = decode(dir / "sori-opus-one-pass.opus", rate);
    REQUIRE(joined.size() == samples.size());  // to the sample
    REQUIRE(one_pass.size() == samples.size());
    // The codec's own noise: how far the one-pass decode is from the signal, over the whole file.
    const double codec_noise = rms_difference(one_pass, samples, 0, samples.size());
    const std::size_t window = rate / 10;  // 100 ms each side of a join
    for (std::size_t cut : cuts) {
        // Through the join and the burst after it, the joined decode differs from the one-pass
        // decode by less than a tenth of the codec's own noise, and the silence around the join
        // stays silent (no click: under -60 dBFS).
        CHECK(rms_difference(joined, one_pass, cut - window, cut + 10 * window) < codec_noise / 10);
        float loudest = 0;
        for (std::size_t i = cut - window / 2; i < cut + window / 2; ++i) loudest = std::max(loudest, std::fabs(joined[i]));
        CHECK(loudest < 0.001f);
    }
    // Before the first join, the joined file is the one-pass file.
    CHECK(rms_difference(joined, one_pass, 0, cuts.front()) == 0);
}

TEST_CASE("An Opus file that cannot be created names its path", "[opus]") {
    CHECK_THROWS_WITH(sori::OggOpusFile("/nonexistent-folder/x.opus", 24000, {}, {}, 0), Catch::Contains("/nonexistent-folder/x.opus"));
}
