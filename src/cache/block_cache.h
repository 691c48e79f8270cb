#pragma once
// The block cache: encoded audio of whole blocks (audio/block_plan.h), each in one file named by
// a key that hashes everything deciding its bytes (render/block_keys.h). It lives in the sentence
// cache's folder, in the same shards, as KEY.blk, with the same promises: written under a
// temporary name and renamed, verified (length, key, checksum) on every read, shared safely by
// concurrent renders, counted by `sori cache stats` and pruned by `sori cache prune` with the
// sentences (least recently used first). FLAC's MD5 states after each block
// (render/sample_states.h) are kept here too, as small entries of the same kind.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sori {

struct BlockEntry {
    enum class State { missing, valid, corrupt };
    State state = State::missing;
    std::vector<unsigned char> bytes;  // when valid
    std::string problem;               // when corrupt
};

class BlockCache {
public:
    explicit BlockCache(std::filesystem::path folder);

    const std::filesystem::path& folder() const { return folder_; }
    std::filesystem::path entry_path(const std::string& key) const;

    // Reads and verifies the whole entry. Thread-safe.
    BlockEntry load(const std::string& key) const;
    // True when an entry file is there with a header that fits its size (the checksum is checked
    // by load). Thread-safe.
    bool present(const std::string& key) const;
    // Writes the entry atomically. Throws Error(output) naming the path. Thread-safe.
    void store(const std::string& key, const std::vector<unsigned char>& bytes) const;
    void remove(const std::string& key) const;
    void touch(const std::string& key) const;  // in use now: prune keeps it longest

private:
    std::filesystem::path folder_;
};

inline constexpr const char* block_extension = ".blk";

// For listing: whether the open file `fd` of `file_size` bytes has a block entry's header that
// fits its size; `problem` says what is wrong when not.
bool block_header_fits(int fd, std::uint64_t file_size, std::string& problem);

}  // namespace sori
