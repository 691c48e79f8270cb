// Formats encoded in blocks, end to end (issue 15): the real binary renders the sample as Opus
// and FLAC; the files are read back with ffmpeg and with an Ogg reader of the test's own.
#include <catch2/catch.hpp>
#include <future>
#include <regex>
#include <string>
#include <vector>

#include "support/e2e.h"

namespace fs = std::filesystem;
using namespace test::e2e;

namespace {

struct Blocks {
    std::size_t encoded = 0, cached = 0, total = 0;
};

Blocks blocks_said(const std::string& err) {
    std::smatch m;
    REQUIRE(std::regex_search(err, m, std::regex(R"(blocks: (\d+) encoded, (\d+) from the cache \((\d+) blocks?\))")));
    return {std::stoul(m[1]), std::stoul(m[2]), std::stoul(m[3])};
}

// The packets of an Ogg stream (RFC 3533: lacing values of 255 continue a packet).
std::vector<std::string> ogg_packets(const std::string& data) {
    std::vector<std::string> packets;
    std::string packet;
    for (std::size_t at = 0; at + 27 <= data.size();) {
        REQUIRE(data.compare(at, 4, "OggS") == 0);
        const std::size_t segments = static_cast<unsigned char>(data[at + 26]);
        std::size_t body = at + 27 + segments;
        for (std::size_t i = 0; i < segments; ++i) {
            const std::size_t lacing = static_cast<unsigned char>(data[at + 27 + i]);
            packet += data.substr(body, lacing);
            body += lacing;
            if (lacing < 255) {
                packets.push_back(packet);
                packet.clear();
            }
        }
        at = body;
    }
    return packets;
}

std::string decoded(const fs::path& file) {
    const test::Result r = test::run({"ffmpeg", "-v", "error", "-i", file.string(), "-f", "s16le", "-"}, fs::temp_directory_path());
    REQUIRE(r.exit_code == 0);
    return r.out;
}

}  // namespace

TEST_CASE("Editing one sentence encodes again only the block that holds it; the others' packets stay in the file", "[e2e][blocks]") {
    if (!has_program("ffmpeg")) {
        WARN("ffmpeg is missing: the files are not decoded independently");
        return;
    }
    const fs::path dir = project("blocks");
    const fs::path article = dir / "input" / "meta-ai-strategy.txt";
    const test::Result first = sori({"render", "--format", "wav,opus,flac,mp3", "-j2", article.string()}, dir);
    INFO(first.err);
    REQUIRE(first.exit_code == 0);
    const Blocks cold = blocks_said(first.err);
    CHECK(cold.encoded == 3 * cold.total);  // Opus, FLAC and MP3, every block
    CHECK(cold.cached == 0);
    CHECK(decoded(dir / "out" / "meta-ai-strategy.flac") == decoded(dir / "out" / "meta-ai-strategy.wav"));  // lossless, to the sample
    const std::string old_opus = test::slurp(dir / "out" / "meta-ai-strategy.opus");

    // One sentence in the fourth chapter says more.
    std::string text = test::slurp(article);
    const std::string sentence = "가진 언어 모델입니다";
    REQUIRE(text.find(sentence) != std::string::npos);
    text.replace(text.find(sentence), sentence.size(), "가진 훨씬 더 큰 언어 모델입니다");
    std::ofstream(article, std::ios::trunc) << text;
    const test::Result second = sori({"render", "--format", "wav,opus,flac,mp3", "-j1", article.string()}, dir);
    INFO(second.err);
    REQUIRE(second.exit_code == 0);
    const Blocks edited = blocks_said(second.err);
    // The block that holds it, in each format; with Opus among the formats blocks are cut on its
    // 20 ms grid, so the MP3 blocks after the edit moved on MP3's 26 ms frame grid and are encoded
    // again (alone, MP3 cuts on its own grid: the next test).
    CHECK(edited.encoded >= 2);
    CHECK(edited.encoded <= 2 + edited.total);
    CHECK(decoded(dir / "out" / "meta-ai-strategy.flac") == decoded(dir / "out" / "meta-ai-strategy.wav"));

    // Opus packets are 20 ms (441 samples at 22,050 Hz): the packets before the edited block and
    // after it are the very bytes of the first render. (OpusTags, the second packet, holds the
    // chapter times, which moved.)
    const nlohmann::json m = manifest(dir / "out" / "meta-ai-strategy.json");
    std::size_t edit = 0;
    while (m["sentences"][edit]["source"].get<std::string>().find("훨씬 더") == std::string::npos) ++edit;
    const std::uint64_t at = m["sentences"][edit]["start_sample"];
    std::uint64_t from = 0, to = 0;
    for (const auto& block : m["blocks"])
        if (block["start_sample"] <= at && at < block["end_sample"]) from = block["start_sample"], to = block["end_sample"];
    const std::vector<std::string> before = ogg_packets(old_opus), after = ogg_packets(test::slurp(dir / "out" / "meta-ai-strategy.opus"));
    const std::size_t head = 2 + from / 441, tail = after.size() - (2 + to / 441);  // OpusHead and OpusTags first
    REQUIRE(head < after.size());
    CHECK(before[0] == after[0]);
    CHECK(std::equal(before.begin() + 2, before.begin() + static_cast<std::ptrdiff_t>(head), after.begin() + 2));
    CHECK(std::equal(before.end() - static_cast<std::ptrdiff_t>(tail), before.end(), after.end() - static_cast<std::ptrdiff_t>(tail)));
    CHECK(before.size() != after.size());  // the edited block is longer
}

TEST_CASE("Alone, MP3 is cut on its own frame grid: an edit encodes again only the block that holds it, and the decode stays whole",
          "[e2e][blocks]") {
    if (!has_program("ffmpeg")) {
        WARN("ffmpeg is missing: the files are not decoded independently");
        return;
    }
    const fs::path dir = project("blocks-mp3");
    const fs::path article = dir / "input" / "meta-ai-strategy.txt";
    REQUIRE(sori({"render", "--format", "wav,mp3", article.string()}, dir).exit_code == 0);
    std::string text = test::slurp(article);
    const std::string sentence = "가진 언어 모델입니다";
    text.replace(text.find(sentence), sentence.size(), "가진 훨씬 더 큰 언어 모델입니다");
    std::ofstream(article, std::ios::trunc) << text;
    const test::Result r = sori({"render", "--format", "wav,mp3", article.string()}, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const Blocks edited = blocks_said(r.err);
    CHECK(edited.encoded == 1);
    CHECK(edited.cached == edited.total - 1);
    const nlohmann::json m = manifest(dir / "out" / "meta-ai-strategy.json");
    for (const auto& block : m["blocks"]) CHECK(block["start_sample"].get<std::uint64_t>() % 576 == 0);  // 22,050 Hz MPEG-2 frames
    // ffmpeg gives back exactly the WAV's length: the Info frame's delay and padding are right.
    CHECK(decoded(dir / "out" / "meta-ai-strategy.mp3").size() == decoded(dir / "out" / "meta-ai-strategy.wav").size());
}

TEST_CASE("Block-encoded files are the same bytes for every -j, cached or not, and a damaged block is encoded again", "[e2e][blocks]") {
    if (!has_program("ffmpeg")) {
        WARN("ffmpeg is missing: no M4B");
        return;
    }
    const fs::path dir = project("blocks-j");
    const fs::path cache = dir / "cache";
    auto render = [&](const std::string& jobs, const std::string& out) {
        const test::Result r = sori({"render", "--format", "opus,flac,mp3,m4b", jobs, "--cache-dir", cache.string(), "-o", out, "input/meta-ai-strategy.txt"}, dir);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        return r.err;
    };
    render("-j1", "one");
    for (const auto& entry : fs::recursive_directory_iterator(cache))
        if (entry.path().extension() == ".blk") fs::remove(entry.path());
    // Two renders at once on one cache, four workers each, both encoding every block.
    auto other = std::async(std::launch::async, [&] { return render("-j4", "four-b"); });
    render("-j4", "four");
    other.get();
    for (const char* name : {"meta-ai-strategy.opus", "meta-ai-strategy.flac", "meta-ai-strategy.mp3", "meta-ai-strategy.m4b"}) {
        INFO(name);
        const std::string one = test::slurp(dir / "one" / name);
        CHECK(one == test::slurp(dir / "four" / name));
        CHECK(one == test::slurp(dir / "four-b" / name));
    }
    // A block entry damaged after its header (its size still right): found by its checksum when
    // the file is joined, removed, encoded again; the file is still the same.
    std::vector<fs::path> blocks;  // encoded blocks, not FLAC's MD5 states (under 200 bytes)
    for (const auto& entry : fs::recursive_directory_iterator(cache))
        if (entry.path().extension() == ".blk" && entry.file_size() > 4096) blocks.push_back(entry.path());
    REQUIRE_FALSE(blocks.empty());
    std::sort(blocks.begin(), blocks.end());
    {
        std::fstream file(blocks.front(), std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(200);
        file.put('\x5a');
    }
    const std::string err = render("-j2", "repaired");
    CHECK(blocks_said(err).encoded == 1);
    for (const char* name : {"meta-ai-strategy.opus", "meta-ai-strategy.flac", "meta-ai-strategy.mp3", "meta-ai-strategy.m4b"}) CHECK(test::slurp(dir / "one" / name) == test::slurp(dir / "repaired" / name));
}

namespace {

// STREAMINFO's MD5 (RFC 9639 §8.2: after "fLaC", a 4-byte block header and 18 bytes of fields)
// and the MD5 of what ffmpeg decodes, by md5sum: both as hex.
std::pair<std::string, std::string> flac_md5s(const fs::path& file) {
    const std::string bytes = test::slurp(file);
    REQUIRE(bytes.size() > 42);
    static const char* hex = "0123456789abcdef";
    std::string stored;
    for (std::size_t i = 26; i < 42; ++i) {
        stored += hex[static_cast<unsigned char>(bytes[i]) >> 4];
        stored += hex[static_cast<unsigned char>(bytes[i]) & 15];
    }
    const test::Result r = test::run({"sh", "-c", "ffmpeg -v error -i \"$0\" -f s16le - | md5sum", file.string()}, fs::temp_directory_path());
    REQUIRE(r.exit_code == 0);
    return {stored, r.out.substr(0, 32)};
}

void edit_sample(const fs::path& article, const std::string& from, const std::string& to) {
    std::string text = test::slurp(article);
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), to);
    std::ofstream(article, std::ios::trunc) << text;
}

}  // namespace

TEST_CASE("FLAC's MD5 is right after edits: the hash resumes from its state before the edited block, or from the start when that is damaged",
          "[e2e][blocks]") {
    if (!has_program("ffmpeg")) {
        WARN("ffmpeg is missing: the file is not decoded independently");
        return;
    }
    const fs::path dir = project("blocks-flac-md5");
    const fs::path article = dir / "input" / "meta-ai-strategy.txt";
    auto render = [&] {
        const test::Result r = sori({"render", "--format", "flac", "--cache-dir", (dir / "cache").string(), article.string()}, dir);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        const auto [stored, decoded] = flac_md5s(dir / "out" / "meta-ai-strategy.flac");
        CHECK(stored == decoded);
        return blocks_said(r.err);
    };
    render();
    edit_sample(article, "가진 언어 모델입니다", "가진 훨씬 더 큰 언어 모델입니다");  // the fourth chapter
    CHECK(render().encoded == 1);
    edit_sample(article, "가진 훨씬 더 큰 언어 모델입니다", "가진 언어 모델입니다");  // back: every block and state cached
    CHECK(render().encoded == 0);
    // Every state damaged after its header: each is found out, removed, and the hash starts over.
    std::size_t states = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir / "cache"))
        if (entry.path().extension() == ".blk" && entry.file_size() < 200) {
            std::fstream file(entry.path(), std::ios::in | std::ios::out | std::ios::binary);
            file.seekp(-1, std::ios::end);
            file.put('\x5a');
            ++states;
        }
    CHECK(states > 1);
    edit_sample(article, "가진 언어 모델입니다", "가진 아주 큰 언어 모델입니다");
    CHECK(render().encoded == 1);
    // The last sentence's audio damaged: its block is cached, so only the hash reads it; the hash
    // finds it out, and the render synthesizes it again and hashes from the edited block anew.
    const nlohmann::json m = manifest(dir / "out" / "meta-ai-strategy.json");
    const std::string key = m["sentences"].back()["cache_key"];
    {
        std::fstream file(dir / "cache" / key.substr(0, 2) / (key + ".seg"), std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(100);
        file.put('\x5a');
    }
    edit_sample(article, "가진 아주 큰 언어 모델입니다", "가진 아주 아주 큰 언어 모델입니다");
    CHECK(render().encoded == 1);
}

TEST_CASE("With --loudness, an edit keeps the programme's gain (0.1 dB steps) and so every block it did not touch", "[e2e][blocks]") {
    const fs::path dir = project("blocks-loudness");
    const fs::path article = dir / "input" / "meta-ai-strategy.txt";
    REQUIRE(sori({"render", "--format", "opus", "--loudness", "-19", article.string()}, dir).exit_code == 0);
    std::string text = test::slurp(article);
    const std::string sentence = "가진 언어 모델입니다";
    text.replace(text.find(sentence), sentence.size(), "가진 훨씬 더 큰 언어 모델입니다");
    std::ofstream(article, std::ios::trunc) << text;
    const test::Result dry = sori({"render", "-n", "--format", "opus", "--loudness", "-19", article.string()}, dir);
    CHECK_THAT(dry.out, Catch::Contains("blocks: 1 to encode, 0 from the cache, ") && Catch::Contains(" looked up once --loudness has measured the gain"));
    const test::Result r = sori({"render", "--format", "opus", "--loudness", "-19", article.string()}, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const Blocks edited = blocks_said(r.err);
    CHECK(edited.encoded == 1);
    CHECK(edited.cached == edited.total - 1);
}

TEST_CASE("A dry run says how many blocks a render would encode and take from the cache", "[e2e][blocks]") {
    const fs::path dir = project("blocks-dry");
    auto dry = [&] {
        const test::Result r = sori({"render", "-n", "--format", "opus", "input/meta-ai-strategy.txt"}, dir);
        REQUIRE(r.exit_code == 0);
        std::smatch m;
        REQUIRE(std::regex_search(r.out, m, std::regex(R"(blocks: (\d+) to encode, (\d+) from the cache)")));
        return std::pair{std::stoul(m[1]), std::stoul(m[2])};
    };
    const auto [before_encode, before_cached] = dry();
    CHECK(before_encode > 0);
    CHECK(before_cached == 0);
    REQUIRE(sori({"render", "--format", "opus", "input/meta-ai-strategy.txt"}, dir).exit_code == 0);
    fs::remove_all(dir / "out" / "meta-ai-strategy");  // not up to date: planned again
    const auto [after_encode, after_cached] = dry();
    CHECK(after_encode == 0);
    CHECK(after_cached == before_encode);
}
