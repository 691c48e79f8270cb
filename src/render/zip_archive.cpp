#include "render/zip_archive.h"

#include <zlib.h>

#include <ctime>
#include <fstream>

#include "base/error.h"

namespace sori {

namespace {

constexpr std::uint64_t zip_limit = 0xFFFFFFFFull;

void put16(std::string& out, std::uint32_t value) {
    out += static_cast<char>(value & 0xFF);
    out += static_cast<char>((value >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t value) {
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

// zlib's deflate stream, ended whatever happens.
class RawDeflater {
public:
    RawDeflater() {
        if (deflateInit2(&stream_, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
            throw Error(ExitCode::output, "zlib could not start a deflate stream (out of memory?)");
    }
    ~RawDeflater() { deflateEnd(&stream_); }
    RawDeflater(const RawDeflater&) = delete;
    RawDeflater& operator=(const RawDeflater&) = delete;

    std::string run(std::string_view data) {
        std::string out(deflateBound(&stream_, static_cast<uLong>(data.size())), '\0');
        stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        stream_.avail_in = static_cast<uInt>(data.size());
        stream_.next_out = reinterpret_cast<Bytef*>(out.data());
        stream_.avail_out = static_cast<uInt>(out.size());
        if (deflate(&stream_, Z_FINISH) != Z_STREAM_END) throw Error(ExitCode::output, "zlib could not deflate an entry");
        out.resize(stream_.total_out);
        return out;
    }

private:
    z_stream stream_{};
};

}  // namespace

std::uint32_t dos_time(std::int64_t unix_seconds) {
    const std::int64_t earliest = 315532800;  // 1980-01-01
    const std::time_t t = static_cast<std::time_t>(std::max(unix_seconds, earliest));
    std::tm utc{};
    gmtime_r(&t, &utc);
    const std::uint32_t date = static_cast<std::uint32_t>(((utc.tm_year - 80) << 9) | ((utc.tm_mon + 1) << 5) | utc.tm_mday);
    const std::uint32_t time = static_cast<std::uint32_t>((utc.tm_hour << 11) | (utc.tm_min << 5) | (utc.tm_sec / 2));
    return (date << 16) | time;
}

std::string deflate_raw(std::string_view data) {
    if (data.size() >= zip_limit) throw Error(ExitCode::output, "an archive entry over 4 GiB cannot be written");
    return RawDeflater().run(data);
}

std::uint32_t zip_crc32(std::uint32_t crc, const void* data, std::size_t size) {
    const auto* bytes = static_cast<const Bytef*>(data);
    while (size > 0) {
        const uInt piece = static_cast<uInt>(std::min<std::size_t>(size, 1u << 30));
        crc = static_cast<std::uint32_t>(crc32(crc, bytes, piece));
        bytes += piece;
        size -= piece;
    }
    return crc;
}

ZipArchive::ZipArchive(const std::filesystem::path& path, std::uint32_t dos_time_date)
    : file_(path, "the archive"), time_date_(dos_time_date) {}

void ZipArchive::advance(std::uint64_t bytes) {
    offset_ += bytes;
    if (offset_ >= zip_limit)
        throw Error(ExitCode::output, file_.path().string() + ": the archive would pass 4 GiB, which ZIP without ZIP64 cannot hold; " +
                                          "render the EPUB at a lower MP3 bit rate (--bitrate mp3=32k) or split the article");
}

// What the local header and the central directory both say of an entry, from `version needed`
// to the name's length.
void ZipArchive::put_entry_fields(std::string& out, const Entry& entry) const {
    put16(out, 20);      // version needed: 2.0
    put16(out, 0x0800);  // names are UTF-8
    put16(out, entry.method);
    put32(out, time_date_);
    put32(out, entry.crc);
    put32(out, entry.compressed);
    put32(out, entry.size);
    put16(out, static_cast<std::uint32_t>(entry.name.size()));
}

void ZipArchive::write_local_header(const Entry& entry) {
    std::string header;
    put32(header, 0x04034b50);
    put_entry_fields(header, entry);
    put16(header, 0);  // no extra field
    header += entry.name;
    file_.write(header.data(), header.size());
    advance(header.size());
}

void ZipArchive::add(const std::string& name, std::string_view data, bool compress) {
    if (data.size() >= zip_limit) throw Error(ExitCode::output, file_.path().string() + ": " + name + " is over 4 GiB");
    Entry entry{name, zip_crc32(0, data.data(), data.size()), 0, static_cast<std::uint32_t>(data.size()),
                static_cast<std::uint32_t>(offset_), 0};
    std::string packed;
    if (compress) packed = deflate_raw(data);
    const bool deflated = compress && packed.size() < data.size();
    entry.method = deflated ? 8 : 0;
    const std::string_view body = deflated ? std::string_view(packed) : data;
    entry.compressed = static_cast<std::uint32_t>(body.size());
    write_local_header(entry);
    file_.write(body.data(), body.size());
    advance(body.size());
    entries_.push_back(std::move(entry));
}

void ZipArchive::add_file(const std::string& name, const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ExitCode::output, file.string() + ": cannot be read to put it into " + file_.path().string());
    std::vector<char> buffer(1 << 16);
    Entry entry{name, 0, 0, 0, static_cast<std::uint32_t>(offset_), 0};
    std::uint64_t size = 0;
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
        entry.crc = zip_crc32(entry.crc, buffer.data(), static_cast<std::size_t>(in.gcount()));
        size += static_cast<std::uint64_t>(in.gcount());
    }
    if (size >= zip_limit) advance(size);  // says what to do
    entry.size = entry.compressed = static_cast<std::uint32_t>(size);
    write_local_header(entry);
    in.clear();
    in.seekg(0);
    std::uint64_t copied = 0;
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
        file_.write(buffer.data(), static_cast<std::size_t>(in.gcount()));
        copied += static_cast<std::uint64_t>(in.gcount());
    }
    if (copied != size) throw Error(ExitCode::output, file.string() + ": changed while it was put into " + file_.path().string());
    advance(size);
    entries_.push_back(std::move(entry));
}

void ZipArchive::finish() {
    if (entries_.size() > 0xFFFF)
        throw Error(ExitCode::output, file_.path().string() + ": more than 65535 files, which ZIP without ZIP64 cannot list; " +
                                          "make fewer chapters (--chapter-depth 1)");
    std::string directory;
    for (const Entry& entry : entries_) {
        put32(directory, 0x02014b50);
        put16(directory, 0x0314);  // made by: Unix, 2.0
        put_entry_fields(directory, entry);
        put16(directory, 0);  // extra
        put16(directory, 0);  // comment
        put16(directory, 0);  // disk
        put16(directory, 0);  // internal attributes
        put32(directory, 0100644u << 16);  // external: a regular file, rw-r--r--
        put32(directory, entry.offset);
        directory += entry.name;
    }
    const std::uint64_t start = offset_;
    advance(directory.size());
    std::string end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, static_cast<std::uint32_t>(entries_.size()));
    put16(end, static_cast<std::uint32_t>(entries_.size()));
    put32(end, static_cast<std::uint32_t>(directory.size()));
    put32(end, static_cast<std::uint32_t>(start));
    put16(end, 0);
    directory += end;
    file_.write(directory.data(), directory.size());
    file_.close();
}

}  // namespace sori
