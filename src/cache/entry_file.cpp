#include "cache/entry_file.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace sori {
namespace fs = std::filesystem;

Descriptor::~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
}

bool read_all(int fd, void* data, std::size_t size) {
    auto* at = static_cast<char*>(data);
    while (size > 0) {
        const ssize_t got = ::read(fd, at, size);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return false;
        at += got;
        size -= static_cast<std::size_t>(got);
    }
    return true;
}

bool write_all(int fd, const void* data, std::size_t size) {
    const auto* at = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t put = ::write(fd, at, size);
        if (put < 0 && errno == EINTR) continue;
        if (put <= 0) return false;
        at += put;
        size -= static_cast<std::size_t>(put);
    }
    return true;
}

namespace {

// Tells backup tools that this folder holds only regenerable data (bford.info/cachedir).
void tag_cache_folder(const fs::path& folder) {
    if (fs::exists(folder / "CACHEDIR.TAG")) return;
    const std::string tag = "Signature: 8a477f597d28d172789f06886806bc55\n# sori's cache; safe to delete.\n";
    Descriptor fd(::open((folder / "CACHEDIR.TAG").c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    if (fd.get() >= 0) write_all(fd.get(), tag.data(), tag.size());
}

}  // namespace

int write_entry_atomically(const fs::path& folder, const fs::path& final_path, const std::string& key, const void* header,
                           std::size_t header_size, const void* payload, std::size_t payload_size) {
    static std::atomic<unsigned> counter{0};
    std::error_code ec;
    fs::create_directories(final_path.parent_path(), ec);
    fs::create_directories(folder / "tmp", ec);
    tag_cache_folder(folder);
    const fs::path temp = folder / "tmp" / (key + temp_entry_marker + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    Descriptor fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (fd.get() < 0) return errno;
    const bool written = write_all(fd.get(), header, header_size) && write_all(fd.get(), payload, payload_size);
    int saved = written ? 0 : errno;
    if (::close(fd.release()) != 0 && saved == 0) saved = errno;
    if (saved == 0 && std::rename(temp.c_str(), final_path.c_str()) != 0) saved = errno;
    if (saved != 0) fs::remove(temp, ec);
    return saved;
}

}  // namespace sori
