#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "audio/opus_writer.h"
#include "base/error.h"
#include "support/e2e.h"
#include "support/process_runner.h"

namespace {

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

}  // namespace

TEST_CASE("An Opus file ends on its last sample: headers, pre-skip and granule positions read back from the Ogg pages", "[opus]") {
    const int rate = GENERATE(24000, 48000);
    const std::size_t count = GENERATE(as<std::size_t>{}, 0, 1, 479, 480, 100000);
    const auto path = std::filesystem::temp_directory_path() / "sori-opus-writer.opus";
    {
        sori::OpusWriter writer(path, rate, "제목");
        const std::vector<float> samples = tone(count, rate);
        // In uneven pieces, as the outputs come: across frame boundaries.
        for (std::size_t at = 0; at < count;) {
            const std::size_t n = std::min<std::size_t>(count - at, 333);
            writer.write(samples.data() + at, n);
            at += n;
        }
        writer.close();
    }
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
    // The last granule: the pre-skip and every sample written, counted at 48 kHz.
    CHECK(static_cast<std::uint64_t>(pages.back().granule) == pre_skip + count * static_cast<std::uint64_t>(48000 / rate));
    for (std::size_t i = 0; i < pages.size(); ++i) {
        CHECK(pages[i].sequence == i);
        CHECK(pages[i].serial == pages[0].serial);
        if (i > 2) CHECK(pages[i].granule >= pages[i - 1].granule);
    }
}

TEST_CASE("ffmpeg decodes exactly the samples an Opus file was given", "[opus]") {
    if (!test::e2e::has_program("ffmpeg")) {
        WARN("ffmpeg is missing: the Opus file is not decoded independently");
        return;
    }
    const auto path = std::filesystem::temp_directory_path() / "sori-opus-decoded.opus";
    const std::size_t count = 24000 * 3 + 77;
    {
        sori::OpusWriter writer(path, 24000, "");
        const std::vector<float> samples = tone(count, 24000);
        writer.write(samples.data(), samples.size());
        writer.close();
    }
    const test::Result r = test::run({"ffmpeg", "-v", "error", "-i", path.string(), "-f", "s16le", "-ac", "1", "-ar", "48000", "-"},
                                     std::filesystem::temp_directory_path());
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.size() / 2 == count * 2);  // 24 kHz → 48 kHz, to the sample
}

TEST_CASE("An Opus file that cannot be created names its path", "[opus]") {
    CHECK_THROWS_WITH(sori::OpusWriter("/nonexistent-folder/x.opus", 24000, ""), Catch::Contains("/nonexistent-folder/x.opus"));
}
