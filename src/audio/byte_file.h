#pragma once
// A binary file written front to back whose head may be written again once the rest is known
// (FLAC's STREAMINFO, MP3's Info frame): one std::FILE behind one RAII class, every failure an
// Error(output) that names the file and what it was to be.
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <string>

namespace sori {

class ByteFile {
public:
    // `what`: "the flac file", for messages. Throws Error(output) when it cannot be created.
    ByteFile(const std::filesystem::path& path, std::string what);
    ~ByteFile();
    ByteFile(const ByteFile&) = delete;
    ByteFile& operator=(const ByteFile&) = delete;

    void write(const void* data, std::size_t size);
    void rewrite_head(const void* data, std::size_t size);  // the first `size` bytes again
    void close();
    const std::filesystem::path& path() const { return path_; }

private:
    [[noreturn]] void fail() const;

    std::filesystem::path path_;
    std::string what_;
    std::FILE* file_;
};

}  // namespace sori
