#include "cache/block_cache.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/content_hash.h"
#include "base/error.h"
#include "cache/entry_file.h"

namespace sori {
namespace fs = std::filesystem;
namespace {

constexpr char magic[8] = {'S', 'O', 'R', 'I', 'B', 'L', 'K', '1'};
constexpr std::size_t key_length = 32;

struct Header {
    char magic[8];
    std::uint64_t size;      // bytes after the header
    std::uint64_t checksum;  // of those bytes
    char key[key_length];
    char reserved[8];
};
static_assert(sizeof(Header) == 64);

void check_key(const std::string& key) {
    if (key.size() != key_length || key.find_first_not_of("0123456789abcdef") != std::string::npos)
        throw Error(ExitCode::internal, "not a block cache key: '" + key + "'");
}

std::optional<Header> read_header(int fd, std::uint64_t file_size, std::string& problem) {
    Header header{};
    if (file_size < sizeof header || !read_all(fd, &header, sizeof header)) {
        problem = "shorter than its header (" + std::to_string(file_size) + " bytes)";
        return std::nullopt;
    }
    if (std::memcmp(header.magic, magic, sizeof magic) != 0) {
        problem = "not a sori block entry (wrong magic)";
        return std::nullopt;
    }
    if (header.size != file_size - sizeof header) {
        problem = "truncated or padded: " + std::to_string(file_size) + " bytes for " + std::to_string(header.size) + " after the header";
        return std::nullopt;
    }
    return header;
}

// Opens the entry and checks its header against the file's size and the key.
BlockEntry open_entry(const fs::path& path, const std::string& key, Descriptor& fd, Header& header) {
    BlockEntry entry;
    fd.reset(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT) return entry;
        entry.state = BlockEntry::State::corrupt;
        entry.problem = std::string("cannot be read (") + std::strerror(errno) + ")";
        return entry;
    }
    struct stat info {};
    entry.state = BlockEntry::State::corrupt;
    if (::fstat(fd.get(), &info) != 0) {
        entry.problem = std::string("cannot be read (") + std::strerror(errno) + ")";
        return entry;
    }
    const std::optional<Header> read = read_header(fd.get(), static_cast<std::uint64_t>(info.st_size), entry.problem);
    if (!read) return entry;
    header = *read;
    if (std::string(header.key, key_length) != key) {
        entry.problem = "holds the block of another key";
        return entry;
    }
    entry.state = BlockEntry::State::valid;
    return entry;
}

}  // namespace

BlockCache::BlockCache(fs::path folder) : folder_(std::move(folder)) {}

fs::path BlockCache::entry_path(const std::string& key) const {
    check_key(key);
    return folder_ / key.substr(0, 2) / (key + block_extension);
}

BlockEntry BlockCache::load(const std::string& key) const {
    Descriptor fd(-1);
    Header header{};
    BlockEntry entry = open_entry(entry_path(key), key, fd, header);
    if (entry.state != BlockEntry::State::valid) return entry;
    entry.bytes.resize(static_cast<std::size_t>(header.size));
    entry.state = BlockEntry::State::corrupt;
    if (!read_all(fd.get(), entry.bytes.data(), entry.bytes.size())) entry.problem = "shorter than its header says";
    else if (checksum64(entry.bytes.data(), entry.bytes.size()) != header.checksum) entry.problem = "checksum mismatch";
    else entry.state = BlockEntry::State::valid;
    if (entry.state != BlockEntry::State::valid) entry.bytes.clear();
    return entry;
}

bool BlockCache::present(const std::string& key) const {
    Descriptor fd(-1);
    Header header{};
    return open_entry(entry_path(key), key, fd, header).state == BlockEntry::State::valid;
}

void BlockCache::store(const std::string& key, const std::vector<unsigned char>& bytes) const {
    const fs::path final_path = entry_path(key);
    Header header{};
    std::memcpy(header.magic, magic, sizeof magic);
    header.size = bytes.size();
    header.checksum = checksum64(bytes.data(), bytes.size());
    std::memcpy(header.key, key.data(), key_length);
    const int error = write_entry_atomically(folder_, final_path, key, &header, sizeof header, bytes.data(), bytes.size());
    if (error != 0)
        throw Error(ExitCode::output, final_path.string() + ": cannot write to the block cache (" + std::strerror(error) +
                                          "); free some space, fix its permissions, choose another folder with --cache-dir, or use --no-cache");
}

void BlockCache::remove(const std::string& key) const {
    std::error_code ec;
    fs::remove(entry_path(key), ec);
}

void BlockCache::touch(const std::string& key) const { ::utimensat(AT_FDCWD, entry_path(key).c_str(), nullptr, 0); }

bool block_header_fits(int fd, std::uint64_t file_size, std::string& problem) { return read_header(fd, file_size, problem).has_value(); }

}  // namespace sori
