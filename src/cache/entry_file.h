#pragma once
// The file work both caches share: a descriptor that closes itself, whole reads and writes that
// survive EINTR, and writing an entry under a temporary name in the cache's tmp/ folder before
// renaming it into place, so that other processes see a whole entry or none.
#include <cstddef>
#include <filesystem>
#include <string>

namespace sori {

class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor();
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }
    void reset(int fd) {
        Descriptor old(fd_);
        fd_ = fd;
    }
    int release() {
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }

private:
    int fd_;
};

bool read_all(int fd, void* data, std::size_t size);
bool write_all(int fd, const void* data, std::size_t size);

// The marker in temporary file names, followed by the writer's process id.
inline constexpr const char* temp_entry_marker = ".tmp-";

// Writes `header` then `payload` to `folder`/tmp/, then renames the file to `final_path`
// (creating its shard folder and the cache's CACHEDIR.TAG). On failure returns the errno and
// leaves nothing behind; 0 on success.
int write_entry_atomically(const std::filesystem::path& folder, const std::filesystem::path& final_path, const std::string& key,
                           const void* header, std::size_t header_size, const void* payload, std::size_t payload_size);

}  // namespace sori
