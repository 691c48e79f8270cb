#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "render/sample_states.h"

namespace {

// A joined file that only records the samples it is given.
struct Recorder : sori::BlockJoiner {
    std::vector<std::int16_t> got;
    void add(const sori::EncodedBlock&) override {}
    void close() override {}
    bool wants_samples() const override { return true; }
    void add_samples(std::vector<std::int16_t> samples) override { got.insert(got.end(), samples.begin(), samples.end()); }
};

std::vector<std::int16_t> block_samples(std::size_t b) { return {static_cast<std::int16_t>(10 * b), static_cast<std::int16_t>(10 * b + 1)}; }

}  // namespace

TEST_CASE("State keys chain every block before: a change in one block changes its key and every later one", "[sample_states]") {
    const std::vector<std::string> a = sori::sample_state_keys({"k1", "k2", "k3"}, "md5"), b = sori::sample_state_keys({"k1", "kX", "k3"}, "md5");
    REQUIRE(a.size() == 3);
    CHECK(a[0] == b[0]);
    CHECK(a[1] != b[1]);
    CHECK(a[2] != b[2]);
    CHECK(sori::sample_state_keys({"k1"}, "other")[0] != a[0]);  // the hash's own version is in the key
}

TEST_CASE("A sample feed hashes its blocks in order, the given ones from the caller and the others read", "[sample_states]") {
    Recorder file;
    const std::vector<bool> given{false, true, false, true, true, false};
    sori::SampleFeed feed(file, 1, 6, given, [](std::size_t b) -> std::optional<std::vector<std::int16_t>> { return block_samples(b); });
    for (std::size_t b = 0; b < 6; ++b) feed.give(b, block_samples(b));  // the caller's blocks, in order (block 0 is before the feed)
    REQUIRE(feed.finish());
    std::vector<std::int16_t> expected;
    for (std::size_t b = 1; b < 6; ++b) {
        const auto s = block_samples(b);
        expected.insert(expected.end(), s.begin(), s.end());
    }
    CHECK(file.got == expected);
}

TEST_CASE("A sample feed stops at a block it cannot read and says so; the caller's later blocks do not wait for it", "[sample_states]") {
    Recorder file;
    const std::vector<bool> given{false, false, true, true, true, true, true, true};
    sori::SampleFeed feed(file, 0, 8, given, [](std::size_t b) -> std::optional<std::vector<std::int16_t>> {
        if (b == 1) return std::nullopt;
        return block_samples(b);
    });
    for (std::size_t b = 2; b < 8; ++b) feed.give(b, block_samples(b));
    CHECK_FALSE(feed.finish());
    CHECK(file.got == block_samples(0));
}
