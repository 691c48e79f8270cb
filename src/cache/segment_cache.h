#pragma once
// The sentence cache: each sentence's audio (16-bit samples, already trimmed) stored in one file
// named by a key that hashes everything that changes its sound (see cache_key.h). Entries are
// written under a temporary name and renamed, so other processes see a whole entry or none;
// every read verifies format, length, key and checksum. Several processes may share one folder;
// one SegmentCache object is not thread-safe.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sori {

struct EntryCheck {
    enum class State { missing, valid, corrupt };
    State state = State::missing;
    std::uint64_t samples = 0;  // the audio's length, when valid
    std::string problem;        // what is wrong, when corrupt
};

struct CacheStats {
    std::size_t entries = 0;                                   // sentences
    std::uint64_t bytes = 0;                                   // their total file size
    std::size_t blocks = 0;                                    // encoded blocks (block_cache.h)
    std::uint64_t block_bytes = 0;                             // their total file size
    double audio_seconds = 0;                                  // the audio they hold
    std::optional<std::filesystem::file_time_type> oldest_use;  // least recently used entry
    std::optional<std::filesystem::file_time_type> newest_use;
    std::size_t damaged = 0;       // files named like entries whose header or size is wrong
    std::size_t temporaries = 0;   // unfinished entries (a render running now, or one that was killed)
};

struct PruneOptions {
    std::optional<double> older_than_days;  // remove entries not used for longer than this
    std::optional<std::uint64_t> max_bytes; // then remove least recently used ones until this fits
};

struct PruneResult {
    std::size_t removed = 0;
    std::uint64_t removed_bytes = 0;
    std::size_t kept = 0;
    std::uint64_t kept_bytes = 0;
};

class SegmentCache {
public:
    explicit SegmentCache(std::filesystem::path folder);

    const std::filesystem::path& folder() const { return folder_; }
    std::filesystem::path entry_path(const std::string& key) const;

    // Reads the entry for `key` into `samples` and verifies the checksum of what was read, so the
    // bytes used are the bytes checked even if the file changes meanwhile (a copy, never a
    // mapping: a file that shrinks under a mapping kills the reader with SIGBUS). `samples` is
    // valid only when the state is valid; reuse it to avoid an allocation per entry. The samples
    // go from index `at` on (what comes before is kept): a block's signal is read in place.
    EntryCheck load(const std::string& key, int sample_rate, std::vector<std::int16_t>& samples, std::size_t at = 0) const;
    // Checks what can be checked without reading the audio: header, key, rate and file size.
    // Cheap (one small read); load() still verifies the checksum before the audio is used.
    EntryCheck check(const std::string& key, int sample_rate) const;

    // Writes the entry atomically (temporary file, then rename). Throws Error(output).
    void store(const std::string& key, const std::vector<std::int16_t>& samples, int sample_rate) const;
    void store(const std::string& key, const std::int16_t* samples, std::size_t count, int sample_rate) const;
    void remove(const std::string& key) const;
    void touch(const std::string& key) const;  // marks the entry as used now (prune keeps it longest)

    // Creates the folder when missing and proves that entries can be written there (a file is
    // created and removed in tmp/). Throws Error(output) naming the path, the reason, what to do.
    void require_writable() const;

    // Deletes temporary files whose process is gone (a killed render) or that are a day old.
    void remove_stale_temporaries() const;

    CacheStats stats() const;
    PruneResult prune(const PruneOptions& options) const;

private:
    // Opens the entry and checks its header; the descriptor is left at the audio.
    EntryCheck open_checked(const std::string& key, int sample_rate, int& fd, std::uint64_t& checksum) const;

    std::filesystem::path folder_;
};

// "500M", "2G", "64k", "1000" (bytes) → bytes. Throws Error(usage).
std::uint64_t parse_size(const std::string& text);
std::string human_size(std::uint64_t bytes);  // "316.2 MB"

}  // namespace sori
