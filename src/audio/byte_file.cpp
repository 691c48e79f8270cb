#include "audio/byte_file.h"

#include <cerrno>
#include <cstring>

#include "base/error.h"

namespace sori {

ByteFile::ByteFile(const std::filesystem::path& path, std::string what)
    : path_(path), what_(std::move(what)), file_(std::fopen(path.c_str(), "wb")) {
    if (!file_) throw Error(ExitCode::output, path_.string() + ": cannot create " + what_ + " (" + std::strerror(errno) + ")");
    std::setvbuf(file_, nullptr, _IOFBF, 1 << 17);  // frames and pages are small: one write(2) each 128 KiB, not one each
}

ByteFile::~ByteFile() {
    if (file_) std::fclose(file_);
}

void ByteFile::fail() const { throw Error(ExitCode::output, path_.string() + ": cannot write " + what_ + " (" + std::strerror(errno) + ")"); }

void ByteFile::write(const void* data, std::size_t size) {
    if (std::fwrite(data, 1, size, file_) != size) fail();
}

void ByteFile::rewrite_head(const void* data, std::size_t size) {
    if (std::fseek(file_, 0, SEEK_SET) != 0) fail();
    write(data, size);
    if (std::fseek(file_, 0, SEEK_END) != 0) fail();
}

void ByteFile::close() {
    const int closed = std::fclose(file_);
    file_ = nullptr;
    if (closed != 0) fail();
}

}  // namespace sori
