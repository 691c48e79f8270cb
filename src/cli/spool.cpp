#include "cli/spool.h"

#include "base/error.h"

namespace sori::cli {

Spool::Spool() : file_(std::tmpfile()) {
    if (!file_) throw Error(ExitCode::output, "cannot create a temporary file for the output; check TMPDIR and the disk");
}

Spool::~Spool() { std::fclose(file_); }

void Spool::write(const std::string& text) {
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size())
        throw Error(ExitCode::output, "cannot write a temporary file for the output; check the disk");
}

void Spool::copy_to(std::ostream& out) {
    std::fflush(file_);
    std::rewind(file_);
    char buffer[1 << 16];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file_)) > 0;) out.write(buffer, static_cast<std::streamsize>(n));
    std::fseek(file_, 0, SEEK_END);
}

}  // namespace sori::cli
