#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

#include "audio/sample_md5.h"

namespace {

std::vector<std::int16_t> piece(std::size_t n, int seed) {
    std::vector<std::int16_t> samples(n);
    for (std::size_t i = 0; i < n; ++i) samples[i] = static_cast<std::int16_t>((static_cast<int>(i) * 7919 + seed * 104729) % 65536 - 32768);
    return samples;
}

}  // namespace

TEST_CASE("The MD5 of samples is RFC 1321's over their little-endian bytes", "[sample_md5]") {
    sori::SampleMd5 md5;
    md5.add({});
    // MD5 of nothing, then of the bytes 00 01 02 03: the samples 0x0100 and 0x0302, low byte first.
    CHECK(md5.digest() == std::array<std::uint8_t, 16>{0xd4, 0x1d, 0x8c, 0xd9, 0x8f, 0x00, 0xb2, 0x04, 0xe9, 0x80, 0x09, 0x98, 0xec, 0xf8, 0x42, 0x7e});
    md5.add({0x0100, 0x0302});
    CHECK(md5.digest() == std::array<std::uint8_t, 16>{0x37, 0xb5, 0x9a, 0xfd, 0x59, 0x27, 0x25, 0xf9, 0x30, 0x5e, 0x48, 0x4a, 0x5d, 0x7f, 0x51, 0x68});
}

TEST_CASE("An MD5 resumed from the state saved after a piece ends as if it had hashed everything", "[sample_md5]") {
    // Pieces of odd byte counts leave part of a 64-byte MD5 block buffered in the saved state.
    const std::size_t first = GENERATE(0, 1, 31, 32, 33, 1000);
    const auto a = piece(first, 1), b = piece(777, 2), c = piece(4096, 3);
    sori::SampleMd5 whole;
    whole.add(a);
    whole.add(b);
    whole.add(c);
    const auto states = whole.states();
    REQUIRE(states.size() == 3);
    for (std::size_t after = 0; after < 2; ++after) {
        sori::SampleMd5 resumed;
        REQUIRE(resumed.resume(states[after]));
        if (after == 0) resumed.add(b);
        resumed.add(c);
        CHECK(resumed.digest() == whole.digest());
        CHECK(resumed.states().back() == states.back());
    }
}

TEST_CASE("An MD5 refuses a state it did not save, and a resume once it has begun", "[sample_md5]") {
    sori::SampleMd5 md5;
    CHECK_FALSE(md5.resume(std::vector<unsigned char>(10, 0)));
    std::vector<unsigned char> bad(92, 0);
    bad[24] = 64;  // more buffered bytes than an MD5 block holds
    CHECK_FALSE(md5.resume(bad));
    md5.add(piece(100, 4));
    const auto state = md5.states().front();
    CHECK_FALSE(md5.resume(state));
}
