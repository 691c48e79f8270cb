#pragma once
// Content hashes for the sentence cache: XXH3 (libxxhash) behind one small class. 128-bit digests
// name cache entries; 64-bit checksums verify their audio. Not cryptographic: the cache guards
// against accidents (truncation, bit rot, stale entries), not against someone who can write to it.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace sori {

class ContentHasher {
public:
    ContentHasher();
    ~ContentHasher();
    ContentHasher(const ContentHasher&) = delete;
    ContentHasher& operator=(const ContentHasher&) = delete;

    void add(const void* data, std::size_t size);
    // A named field: "name=value\n" with the value's length first, so that no two different
    // sets of fields hash the same bytes.
    void add_field(std::string_view name, std::string_view value);
    void add_field(std::string_view name, long long value);
    // The file's bytes, read in blocks. Throws Error(synthesis) when it cannot be read.
    void add_file(const std::filesystem::path& path);

    std::string hex128() const;  // 32 lowercase hex digits

private:
    void* state_;  // XXH3_state_t
};

// The 64-bit checksum stored with a cache entry's audio, fed in blocks.
class Checksum64 {
public:
    Checksum64();
    ~Checksum64();
    Checksum64(const Checksum64&) = delete;
    Checksum64& operator=(const Checksum64&) = delete;

    void add(const void* data, std::size_t size);
    std::uint64_t value() const;

private:
    void* state_;  // XXH3_state_t
};

std::uint64_t checksum64(const void* data, std::size_t size);

}  // namespace sori
