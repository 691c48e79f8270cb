#pragma once
// A ZIP archive (APPNOTE 6.3) written entry by entry in the order given, every entry with the
// same fixed time and no extra fields, so that the same entries give the same bytes: what an
// EPUB's container needs (OCF: `mimetype` first and stored). Deflate by zlib, behind one RAII
// class; entries and the archive stay under 4 GiB (no ZIP64; a larger one is refused).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "audio/byte_file.h"

namespace sori {

// Seconds since 1970 as an MS-DOS date and time (local fields taken as UTC; 1980 at the earliest).
std::uint32_t dos_time(std::int64_t unix_seconds);

// zlib's raw deflate of a whole buffer at the best compression (no header: ZIP's method 8).
std::string deflate_raw(std::string_view data);

// CRC-32 as ZIP computes it, continued from `crc` (0 to start).
std::uint32_t zip_crc32(std::uint32_t crc, const void* data, std::size_t size);

class ZipArchive {
public:
    // Throws Error(output) when `path` cannot be created.
    ZipArchive(const std::filesystem::path& path, std::uint32_t dos_time_date);

    // An entry of `data`, deflated (or stored, when `compress` is false or deflate gains nothing).
    void add(const std::string& name, std::string_view data, bool compress = true);
    // An entry copied from `file`, stored (audio, pictures: already compressed), read twice: once
    // for its CRC, once to copy. Throws Error(output) when it cannot be read or is too large.
    void add_file(const std::string& name, const std::filesystem::path& file);
    // Writes the central directory and closes the file.
    void finish();

private:
    struct Entry {
        std::string name;
        std::uint32_t crc = 0, compressed = 0, size = 0, offset = 0;
        std::uint16_t method = 0;
    };
    void put_entry_fields(std::string& out, const Entry& entry) const;
    void write_local_header(const Entry& entry);
    void advance(std::uint64_t bytes);

    ByteFile file_;
    std::uint32_t time_date_;
    std::uint64_t offset_ = 0;
    std::vector<Entry> entries_;
};

}  // namespace sori
