#include "cache/segment_cache.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

#include "base/content_hash.h"
#include "base/error.h"
#include "cache/block_cache.h"
#include "cache/entry_file.h"

namespace sori {
namespace fs = std::filesystem;
namespace {

static_assert(std::endian::native == std::endian::little, "cache entries are little-endian");

constexpr char magic[8] = {'S', 'O', 'R', 'I', 'S', 'E', 'G', '1'};
constexpr std::size_t header_size = 64;
constexpr std::size_t key_length = 32;
constexpr const char* extension = ".seg";

struct Header {
    char magic[8];
    std::uint32_t sample_rate;
    std::uint32_t channels;
    std::uint64_t samples;
    std::uint64_t checksum;
    char key[key_length];
};
static_assert(sizeof(Header) == header_size);

bool is_key(const std::string& text) {
    return text.size() == key_length && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

void check_key(const std::string& key) {
    if (!is_key(key)) throw Error(ExitCode::internal, "not a cache key: '" + key + "'");
}

EntryCheck corrupt(std::string problem) { return {EntryCheck::State::corrupt, 0, std::move(problem)}; }

// An entry file's header, checked against its size; nullopt with `problem` set otherwise.
std::optional<Header> read_header(int fd, std::uint64_t file_size, std::string& problem) {
    Header header{};
    if (file_size < header_size || !read_all(fd, &header, header_size)) {
        problem = "shorter than its header (" + std::to_string(file_size) + " bytes)";
        return std::nullopt;
    }
    if (std::memcmp(header.magic, magic, sizeof magic) != 0) {
        problem = "not a sori cache entry (wrong magic)";
        return std::nullopt;
    }
    if (header.channels != 1 || header.samples > (file_size - header_size) / 2 ||
        file_size != header_size + header.samples * 2) {
        problem = "truncated or padded: " + std::to_string(file_size) + " bytes for " + std::to_string(header.samples) +
                  " samples";
        return std::nullopt;
    }
    return header;
}

std::string temp_marker() { return temp_entry_marker; }

}  // namespace

SegmentCache::SegmentCache(fs::path folder) : folder_(std::move(folder)) {}

fs::path SegmentCache::entry_path(const std::string& key) const {
    check_key(key);
    return folder_ / key.substr(0, 2) / (key + extension);
}

EntryCheck SegmentCache::open_checked(const std::string& key, int sample_rate, int& fd_out, std::uint64_t& checksum) const {
    const fs::path path = entry_path(key);
    Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT) return {};
        return corrupt(std::string("cannot be read (") + std::strerror(errno) + ")");
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) return corrupt(std::string("cannot be read (") + std::strerror(errno) + ")");
    std::string problem;
    const std::optional<Header> header = read_header(fd.get(), static_cast<std::uint64_t>(info.st_size), problem);
    if (!header) return corrupt(problem);
    if (std::string(header->key, key_length) != key) return corrupt("holds the audio of another key");
    if (header->sample_rate != static_cast<std::uint32_t>(sample_rate))
        return corrupt("recorded at " + std::to_string(header->sample_rate) + " Hz, not " + std::to_string(sample_rate));
    fd_out = fd.release();
    checksum = header->checksum;
    return {EntryCheck::State::valid, header->samples, ""};
}

EntryCheck SegmentCache::check(const std::string& key, int sample_rate) const {
    int fd = -1;
    std::uint64_t checksum = 0;
    const EntryCheck entry = open_checked(key, sample_rate, fd, checksum);
    if (fd >= 0) ::close(fd);
    return entry;
}

EntryCheck SegmentCache::load(const std::string& key, int sample_rate, std::vector<std::int16_t>& samples, std::size_t at) const {
    int raw_fd = -1;
    std::uint64_t checksum = 0;
    const EntryCheck entry = open_checked(key, sample_rate, raw_fd, checksum);
    if (entry.state != EntryCheck::State::valid) return entry;
    Descriptor fd(raw_fd);
    samples.resize(at + entry.samples);
    std::int16_t* read = samples.data() + at;
    if (!read_all(fd.get(), read, entry.samples * 2)) return corrupt("shorter than its header says");
    if (checksum64(read, entry.samples * 2) != checksum) return corrupt("checksum mismatch");
    return entry;
}

void SegmentCache::store(const std::string& key, const std::vector<std::int16_t>& samples, int sample_rate) const {
    store(key, samples.data(), samples.size(), sample_rate);
}

void SegmentCache::store(const std::string& key, const std::int16_t* samples, std::size_t count, int sample_rate) const {
    const fs::path final_path = entry_path(key);
    Header header{};
    std::memcpy(header.magic, magic, sizeof magic);
    header.sample_rate = static_cast<std::uint32_t>(sample_rate);
    header.channels = 1;
    header.samples = count;
    header.checksum = checksum64(samples, count * 2);
    std::memcpy(header.key, key.data(), key_length);
    const int error = write_entry_atomically(folder_, final_path, key, &header, header_size, samples, count * 2);
    if (error != 0)
        throw Error(ExitCode::output, final_path.string() + ": cannot write to the sentence cache (" + std::strerror(error) +
                                          "); free some space, fix its permissions, choose another folder with --cache-dir, or use --no-cache");
}

void SegmentCache::require_writable() const {
    auto refuse = [&](const fs::path& where, const std::string& reason) {
        throw Error(ExitCode::output, where.string() + ": the sentence cache cannot be written there (" + reason +
                                          "); choose another folder with --cache-dir or SORI_CACHE_DIR, or use --no-cache");
    };
    std::error_code ec;
    for (const fs::path& folder : {folder_, folder_ / "tmp"}) {
        if (fs::exists(folder, ec) && !fs::is_directory(folder, ec)) refuse(folder, "it is a file, not a folder");
        fs::create_directories(folder, ec);
        if (ec) refuse(folder, ec.message());
    }
    const fs::path probe = folder_ / "tmp" / ("probe" + temp_marker() + std::to_string(::getpid()));
    Descriptor fd(::open(probe.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (fd.get() < 0) refuse(folder_, std::strerror(errno));
    const char byte = 0;
    const bool written = write_all(fd.get(), &byte, 1);
    const int saved = errno;
    ::close(fd.release());
    fs::remove(probe, ec);
    if (!written) refuse(folder_, std::strerror(saved));
}

void SegmentCache::remove(const std::string& key) const {
    std::error_code ec;
    fs::remove(entry_path(key), ec);
}

void SegmentCache::touch(const std::string& key) const { ::utimensat(AT_FDCWD, entry_path(key).c_str(), nullptr, 0); }

namespace {

// A writer that no longer runs: no such process, or a zombie (a killed render's worker that its
// new parent has not reaped — in a container whose first process never waits, that is forever).
bool process_gone(pid_t pid) {
    if (::kill(pid, 0) != 0) return errno == ESRCH;
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line)) return false;
    const std::size_t close = line.rfind(')');  // pid (comm) state …: the name may hold spaces
    return close != std::string::npos && close + 2 < line.size() && line[close + 2] == 'Z';
}

}  // namespace

void SegmentCache::remove_stale_temporaries() const {
    std::error_code ec;
    const auto day_ago = fs::file_time_type::clock::now() - std::chrono::hours(24);
    for (const auto& entry : fs::directory_iterator(folder_ / "tmp", ec)) {
        const std::string name = entry.path().filename().string();
        const std::size_t at = name.find(temp_marker());
        if (at == std::string::npos) continue;
        const std::string pid_text = name.substr(at + temp_marker().size(), name.find('-', at + temp_marker().size()) - at -
                                                                                 temp_marker().size());
        const bool numeric = !pid_text.empty() && pid_text.find_first_not_of("0123456789") == std::string::npos;
        const bool gone = numeric && process_gone(static_cast<pid_t>(std::stol(pid_text)));
        std::error_code time_ec;
        const bool old = fs::last_write_time(entry.path(), time_ec) < day_ago && !time_ec;
        if (gone || old) fs::remove(entry.path(), ec);
    }
}

namespace {

struct ListedEntry {
    fs::path path;
    std::uint64_t bytes = 0;
    fs::file_time_type used;
    bool damaged = false;
    double seconds = 0;
    bool block = false;  // an encoded block (block_cache.h), not a sentence
};

// Reads an entry's header: a sentence's (its audio length) or a block's.
void check_listed(ListedEntry& listed) {
    Descriptor fd(::open(listed.path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) return;
    std::string problem;
    if (listed.block) {
        listed.damaged = !block_header_fits(fd.get(), listed.bytes, problem);
    } else if (const auto header = read_header(fd.get(), listed.bytes, problem); header && header->sample_rate > 0) {
        listed.damaged = false;
        listed.seconds = static_cast<double>(header->samples) / header->sample_rate;
    }
}

std::vector<ListedEntry> list_entries(const fs::path& folder) {
    std::vector<ListedEntry> entries;
    std::error_code ec;
    for (const auto& shard : fs::directory_iterator(folder, ec)) {
        const std::string shard_name = shard.path().filename().string();
        if (!shard.is_directory() || shard_name.size() != 2 || !std::isxdigit(shard_name[0]) || !std::isxdigit(shard_name[1]))
            continue;
        std::error_code inner;
        for (const auto& file : fs::directory_iterator(shard.path(), inner)) {
            const fs::path& path = file.path();
            const bool block = path.extension() == block_extension;
            if ((path.extension() != extension && !block) || !is_key(path.stem().string())) continue;
            ListedEntry listed{path, 0, {}, true, 0, block};
            std::error_code stat_ec;
            listed.bytes = file.file_size(stat_ec);
            listed.used = file.last_write_time(stat_ec);
            check_listed(listed);
            entries.push_back(std::move(listed));
        }
    }
    return entries;
}

}  // namespace

CacheStats SegmentCache::stats() const {
    CacheStats stats;
    for (const ListedEntry& entry : list_entries(folder_)) {
        if (entry.damaged) {
            ++stats.damaged;
            continue;
        }
        if (entry.block) {
            ++stats.blocks;
            stats.block_bytes += entry.bytes;
        } else {
            ++stats.entries;
            stats.bytes += entry.bytes;
        }
        stats.audio_seconds += entry.seconds;
        if (!stats.oldest_use || entry.used < *stats.oldest_use) stats.oldest_use = entry.used;
        if (!stats.newest_use || entry.used > *stats.newest_use) stats.newest_use = entry.used;
    }
    std::error_code ec;
    for (const auto& temp : fs::directory_iterator(folder_ / "tmp", ec))
        stats.temporaries += temp.path().filename().string().find(temp_marker()) != std::string::npos;
    return stats;
}

PruneResult SegmentCache::prune(const PruneOptions& options) const {
    remove_stale_temporaries();
    std::vector<ListedEntry> entries = list_entries(folder_);
    std::sort(entries.begin(), entries.end(), [](const ListedEntry& a, const ListedEntry& b) { return a.used < b.used; });
    std::uint64_t total = 0;
    for (const ListedEntry& entry : entries) total += entry.damaged ? 0 : entry.bytes;
    const auto now = fs::file_time_type::clock::now();
    PruneResult result;
    for (const ListedEntry& entry : entries) {
        bool drop = entry.damaged;
        if (options.older_than_days) {
            const auto age = std::chrono::duration<double, std::ratio<86400>>(now - entry.used).count();
            drop |= age > *options.older_than_days;
        }
        drop |= options.max_bytes && total > *options.max_bytes;
        std::error_code ec;
        if (drop && fs::remove(entry.path, ec)) {
            ++result.removed;
            result.removed_bytes += entry.bytes;
            if (!entry.damaged) total -= entry.bytes;
        } else if (!entry.damaged) {
            ++result.kept;
            result.kept_bytes += entry.bytes;
        }
    }
    return result;
}

std::uint64_t parse_size(const std::string& text) {
    std::size_t used = 0;
    double value = -1;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
    }
    std::string unit = text.substr(std::min(used, text.size()));
    if (!unit.empty() && (unit.back() == 'B' || unit.back() == 'b')) unit.pop_back();
    const std::pair<const char*, double> units[] = {{"", 1},         {"k", 1e3},          {"K", 1e3},
                                                    {"M", 1e6},      {"G", 1e9},          {"T", 1e12},
                                                    {"Ki", 1024.0},  {"Mi", 1048576.0},   {"Gi", 1073741824.0}};
    for (const auto& [name, factor] : units)
        if (unit == name && value >= 0 && std::isfinite(value)) return static_cast<std::uint64_t>(value * factor);
    throw Error(ExitCode::usage, "size '" + text + "' not understood; write a number of bytes with an optional unit: " +
                                     "500M, 2G, 64k (powers of 1000) or 512Mi, 2Gi (powers of 1024)");
}

std::string human_size(std::uint64_t bytes) {
    char text[32];
    if (bytes < 1000) return std::to_string(bytes) + " B";
    const char* units[] = {"kB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes) / 1000;
    int unit = 0;
    while (value >= 1000 && unit < 3) {
        value /= 1000;
        ++unit;
    }
    std::snprintf(text, sizeof text, "%.1f %s", value, units[unit]);
    return text;
}

}  // namespace sori
