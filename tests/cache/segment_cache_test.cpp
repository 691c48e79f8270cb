#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

#include "base/error.h"
#include "cache/segment_cache.h"

namespace fs = std::filesystem;

namespace {

const std::string key_a = "0123456789abcdef0123456789abcdef";
const std::string key_b = "fedcba9876543210fedcba9876543210";
const std::string key_c = "00000000000000000000000000000001";

fs::path fresh(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("sori-cache-" + name);
    fs::remove_all(dir);
    return dir;
}

std::vector<std::int16_t> tone(std::size_t n, int step = 7) {
    std::vector<std::int16_t> samples(n);
    for (std::size_t i = 0; i < n; ++i) samples[i] = static_cast<std::int16_t>((i * step) % 2000 - 1000);
    return samples;
}

void patch(const fs::path& file, std::size_t at, const std::string& bytes) {
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(at));
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

TEST_CASE("A stored entry reads back verified, sample for sample", "[segment_cache]") {
    const sori::SegmentCache cache(fresh("roundtrip"));
    CHECK(cache.check(key_a, 22050).state == sori::EntryCheck::State::missing);
    cache.store(key_a, tone(5000), 22050);
    const sori::EntryCheck header = cache.check(key_a, 22050);
    CHECK(header.state == sori::EntryCheck::State::valid);
    CHECK(header.samples == 5000);
    std::vector<std::int16_t> loaded;
    CHECK(cache.load(key_a, 22050, loaded).state == sori::EntryCheck::State::valid);
    CHECK(loaded == tone(5000));
    CHECK(fs::exists(cache.folder() / "CACHEDIR.TAG"));
    CHECK(fs::is_empty(cache.folder() / "tmp"));  // nothing left half-written
}

TEST_CASE("A damaged entry is reported as corrupt and never read as audio", "[segment_cache]") {
    const auto [damage, problem] = GENERATE(table<std::string, std::string>({
        {"truncated audio", "truncated"},
        {"truncated header", "shorter than its header"},
        {"empty file", "shorter than its header"},
        {"flipped sample", "checksum mismatch"},
        {"flipped checksum", "checksum mismatch"},
        {"wrong magic", "wrong magic"},
        {"bytes appended", "truncated or padded"},
        {"another key's audio", "another key"},
        {"other sample rate", "Hz"},
    }));
    INFO(damage);
    const sori::SegmentCache cache(fresh("damage"));
    cache.store(key_a, tone(3000), 22050);
    const fs::path file = cache.entry_path(key_a);
    if (damage == "truncated audio") fs::resize_file(file, 64 + 2000);
    if (damage == "truncated header") fs::resize_file(file, 40);
    if (damage == "empty file") fs::resize_file(file, 0);
    if (damage == "flipped sample") patch(file, 64 + 1234, "\x55");
    if (damage == "flipped checksum") patch(file, 24, "\x01");
    if (damage == "wrong magic") patch(file, 0, "X");
    if (damage == "bytes appended") std::ofstream(file, std::ios::binary | std::ios::app) << "xx";
    if (damage == "another key's audio") {
        cache.store(key_b, tone(3000), 22050);
        fs::copy_file(cache.entry_path(key_b), file, fs::copy_options::overwrite_existing);
    }
    const int rate = damage == "other sample rate" ? 16000 : 22050;
    std::vector<std::int16_t> loaded;
    const sori::EntryCheck entry = cache.load(key_a, rate, loaded);
    CHECK(entry.state == sori::EntryCheck::State::corrupt);
    CHECK_THAT(entry.problem, Catch::Contains(problem));
}

TEST_CASE("An entry that shrinks after it was checked is reported as damaged, not read past its end", "[segment_cache]") {
    const sori::SegmentCache cache(fresh("shrinks"));
    cache.store(key_a, tone(22050), 22050);
    REQUIRE(cache.check(key_a, 22050).state == sori::EntryCheck::State::valid);
    fs::resize_file(cache.entry_path(key_a), 64 + 1000);  // another process truncates it
    std::vector<std::int16_t> loaded(10, 1);
    const sori::EntryCheck entry = cache.load(key_a, 22050, loaded);
    CHECK(entry.state == sori::EntryCheck::State::corrupt);
    CHECK_THAT(entry.problem, Catch::Contains("truncated"));
}

TEST_CASE("Stats count entries, size and audio, and prune removes old, then least recently used ones", "[segment_cache]") {
    const sori::SegmentCache cache(fresh("prune"));
    cache.store(key_a, tone(22050), 22050);  // 1 s, 44,164 bytes each
    cache.store(key_b, tone(22050, 3), 22050);
    cache.store(key_c, tone(22050, 5), 22050);
    const auto now = fs::file_time_type::clock::now();
    fs::last_write_time(cache.entry_path(key_a), now - std::chrono::hours(24 * 40));
    fs::last_write_time(cache.entry_path(key_b), now - std::chrono::hours(24 * 2));
    cache.touch(key_c);
    std::ofstream(cache.folder() / "01" / "not-an-entry.txt") << "kept: not ours";

    sori::CacheStats stats = cache.stats();
    CHECK(stats.entries == 3);
    CHECK(stats.bytes == 3 * (64 + 44100));
    CHECK(stats.audio_seconds == Approx(3.0));
    CHECK(stats.damaged == 0);

    sori::PruneResult pruned = cache.prune({30.0, std::nullopt});
    CHECK(pruned.removed == 1);
    CHECK_FALSE(fs::exists(cache.entry_path(key_a)));
    pruned = cache.prune({std::nullopt, 50000});
    CHECK(pruned.removed == 1);
    CHECK_FALSE(fs::exists(cache.entry_path(key_b)));  // least recently used goes first
    CHECK(fs::exists(cache.entry_path(key_c)));
    CHECK(cache.stats().entries == 1);
    CHECK(fs::exists(cache.folder() / "01" / "not-an-entry.txt"));
    CHECK(cache.prune({std::nullopt, 0}).kept == 0);
    CHECK(cache.stats().entries == 0);
}

TEST_CASE("Prune removes damaged entries and the temporaries of processes that are gone", "[segment_cache]") {
    const sori::SegmentCache cache(fresh("stale"));
    cache.store(key_a, tone(100), 22050);
    cache.store(key_b, tone(100), 22050);
    fs::resize_file(cache.entry_path(key_b), 70);
    const pid_t gone = ::fork();
    if (gone == 0) ::_exit(0);
    ::waitpid(gone, nullptr, 0);
    std::ofstream(cache.folder() / "tmp" / (key_c + ".tmp-" + std::to_string(gone) + "-0")) << "half";
    std::ofstream(cache.folder() / "tmp" / (key_c + ".tmp-" + std::to_string(::getpid()) + "-0")) << "being written";
    CHECK(cache.stats().damaged == 1);
    CHECK(cache.stats().temporaries == 2);
    cache.prune({});
    CHECK(cache.stats().damaged == 0);
    CHECK(cache.stats().entries == 1);
    CHECK(cache.stats().temporaries == 1);  // a live process's file stays
}

TEST_CASE("Sizes read like 500M, 2G and 512Mi", "[segment_cache]") {
    const auto [text, bytes] = GENERATE(table<std::string, std::uint64_t>({
        {"0", 0}, {"1000", 1000}, {"64k", 64000}, {"500M", 500000000}, {"2G", 2000000000}, {"1.5G", 1500000000},
        {"512Mi", 536870912}, {"2GiB", 2147483648}, {"10MB", 10000000},
    }));
    CHECK(sori::parse_size(text) == bytes);
    CHECK_THROWS_WITH(sori::parse_size("lots"), Catch::Contains("500M, 2G"));
    CHECK_THROWS_AS(sori::parse_size("-5M"), sori::Error);
    CHECK(sori::human_size(316200000) == "316.2 MB");
}
