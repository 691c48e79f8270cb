#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "audio/flac_blocks.h"
#include "support/e2e.h"
#include "support/process_runner.h"

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::uint64_t big(const std::string& s, std::size_t at, int bytes) {
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i) value = value << 8 | static_cast<unsigned char>(s.at(at + static_cast<std::size_t>(i)));
    return value;
}

// Speech-like 16-bit samples: bursts of a gliding tone with noise, silences between them.
std::vector<std::int16_t> bursts(std::size_t count, int rate) {
    std::vector<std::int16_t> samples(count, 0);
    std::uint32_t noise = 12345;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t in = i % (static_cast<std::size_t>(rate) * 3);
        if (in >= static_cast<std::size_t>(rate) * 2) continue;
        noise = noise * 1664525u + 1013904223u;
        const double t = static_cast<double>(in) / rate;
        samples[i] = static_cast<std::int16_t>(9000 * std::sin(2 * M_PI * (150 + 80 * t) * t) + static_cast<int>(noise >> 24) - 128);
    }
    return samples;
}

void write_joined(const fs::path& path, const std::vector<std::int16_t>& samples, std::vector<std::size_t> cuts, int rate) {
    sori::FlacFile file(path, rate, {"TITLE=제목"}, samples.size());
    cuts.push_back(samples.size());
    std::size_t from = 0;
    for (std::size_t cut : cuts) {
        const std::span<const std::int16_t> piece(samples.data() + from, cut - from);
        file.add_samples(std::vector<std::int16_t>(piece.begin(), piece.end()));
        file.add(sori::encode_flac_block(piece, rate, {}));
        from = cut;
    }
    file.close();
}

struct StreamInfo {
    std::uint64_t min_block, max_block, rate, channels, bits, total;
    std::string md5;
    std::size_t frames_at = 0;        // where the first frame begins
    std::vector<std::uint64_t> seek;  // sample, offset, samples: three per point
};

StreamInfo read_metadata(const std::string& file) {
    REQUIRE(file.compare(0, 4, "fLaC") == 0);
    StreamInfo info{};
    std::size_t at = 4;
    for (bool last = false; !last;) {
        last = (file.at(at) & 0x80) != 0;
        const int type = file.at(at) & 0x7F;
        const std::size_t length = big(file, at + 1, 3);
        const std::size_t body = at + 4;
        if (type == 0) {
            info.min_block = big(file, body, 2);
            info.max_block = big(file, body + 2, 2);
            const std::uint64_t packed = big(file, body + 10, 8);
            info.rate = packed >> 44;
            info.channels = ((packed >> 41) & 7) + 1;
            info.bits = ((packed >> 36) & 31) + 1;
            info.total = packed & 0xFFFFFFFFFull;
            for (std::size_t i = 0; i < 16; ++i) {
                char hex[3];
                std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(file.at(body + 18 + i)));
                info.md5 += hex;
            }
        } else if (type == 3) {
            for (std::size_t p = 0; p < length / 18; ++p)
                for (auto [offset, bytes] : {std::pair{0, 8}, {8, 8}, {16, 2}}) info.seek.push_back(big(file, body + 18 * p + offset, bytes));
        }
        at = body + length;
    }
    info.frames_at = at;
    return info;
}

std::vector<std::int16_t> decode(const fs::path& path) {
    const test::Result r = test::run({"ffmpeg", "-v", "error", "-i", path.string(), "-f", "s16le", "-"}, fs::temp_directory_path());
    REQUIRE(r.exit_code == 0);
    std::vector<std::int16_t> samples(r.out.size() / 2);
    std::memcpy(samples.data(), r.out.data(), samples.size() * 2);
    return samples;
}

}  // namespace

TEST_CASE("A FLAC file joined from blocks decodes to the very samples given, with their MD5 and total in STREAMINFO", "[flac]") {
    if (!test::e2e::has_program("ffmpeg")) {
        WARN("ffmpeg is missing: the FLAC file is not decoded independently");
        return;
    }
    const int rate = 22050;
    const std::vector<std::int16_t> samples = bursts(static_cast<std::size_t>(rate) * 20 + 5, rate);
    // Blocks of awkward lengths: a few samples over whole 4096-sample frames (the encoder then
    // takes smaller frames), 17 samples, frames of 4096 exactly.
    const std::vector<std::size_t> cuts = GENERATE(std::vector<std::size_t>{}, std::vector<std::size_t>{4096 * 3 + 5, 4096 * 5},
                                                   std::vector<std::size_t>{17, 4096 * 20 + 13, 300000, 300441});
    const fs::path path = fs::temp_directory_path() / "sori-flac-blocks.flac";
    write_joined(path, samples, cuts, rate);
    CHECK(decode(path) == samples);
    const StreamInfo info = read_metadata(slurp(path));
    CHECK(info.rate == 22050);
    CHECK(info.channels == 1);
    CHECK(info.bits == 16);
    CHECK(info.total == samples.size());
    CHECK(info.min_block >= 16);
    CHECK(info.max_block == 4096);
    // ffmpeg's md5 muxer hashes the decoded 16-bit little-endian samples, as STREAMINFO's MD5 does.
    const test::Result md5 = test::run({"ffmpeg", "-v", "error", "-i", path.string(), "-f", "md5", "-"}, fs::temp_directory_path());
    CHECK(md5.out == "MD5=" + info.md5 + "\n");
}

TEST_CASE("Every frame of a joined FLAC names its first sample, and the seek table points at frames", "[flac]") {
    const int rate = 16000;
    const std::vector<std::int16_t> samples = bursts(static_cast<std::size_t>(rate) * 35, rate);
    const fs::path path = fs::temp_directory_path() / "sori-flac-seek.flac";
    write_joined(path, samples, {rate * 7 + 3, rate * 19}, rate);
    const std::string file = slurp(path);
    const StreamInfo info = read_metadata(file);
    REQUIRE(info.seek.size() == 3 * 4);  // one point every ten seconds of 35
    for (std::size_t p = 0; p < 4; ++p) {
        const std::uint64_t sample = info.seek[3 * p], offset = info.seek[3 * p + 1], count = info.seek[3 * p + 2];
        INFO("seek point " << p);
        CHECK(sample <= p * 10 * rate);
        CHECK(sample + count > p * 10 * rate);
        const std::size_t frame = info.frames_at + offset;
        REQUIRE(frame + 5 < file.size());
        CHECK(static_cast<unsigned char>(file[frame]) == 0xFF);
        CHECK(static_cast<unsigned char>(file[frame + 1]) == 0xF9);  // a variable-blocksize frame: it carries a sample number
    }
    // The second block's frames of 4096 start at its cut; the point for 10 s is the one holding it.
    const std::uint64_t cut = rate * 7 + 3;
    CHECK(info.seek[3] == cut + (10 * rate - cut) / 4096 * 4096);
}

TEST_CASE("A FLAC file that cannot be created names its path", "[flac]") {
    CHECK_THROWS_WITH(sori::FlacFile("/nonexistent-folder/x.flac", 22050, {}, 10), Catch::Contains("/nonexistent-folder/x.flac"));
}
