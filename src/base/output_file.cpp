#include "base/output_file.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <fstream>
#include <unistd.h>

#include "base/error.h"

namespace sori {
namespace {

constexpr std::string_view temp_marker = temporary_marker;

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what) {
    throw Error(ExitCode::output, path.string() + ": " + what + " (" + std::strerror(errno) + ")");
}

}  // namespace

OutputFile::OutputFile(std::filesystem::path final_path) : final_(std::move(final_path)) {
    temp_ = final_.parent_path() / ("." + final_.filename().string() + std::string(temp_marker) + std::to_string(::getpid()));
}

OutputFile::~OutputFile() {
    if (!committed_) {
        std::error_code ec;
        std::filesystem::remove(temp_, ec);
    }
}

void OutputFile::write_text(const std::string& contents) {
    std::ofstream out(temp_, std::ios::binary | std::ios::trunc);
    if (!out) fail(temp_, "cannot create the file; check that the output folder is writable");
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    out.close();
    if (!out) fail(temp_, "writing failed; is the disk full?");
}

void OutputFile::commit() {
    // Swapping the two names is as atomic as renaming over the old file, and spares the render
    // ext4's flush of the whole new file that a replacing rename starts (auto_da_alloc): a
    // third of a long re-render's time. The old contents, now under the temporary name, go.
    if (::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, final_.c_str(), RENAME_EXCHANGE) == 0) {
        committed_ = true;
        std::error_code ec;
        std::filesystem::remove(temp_, ec);
        return;
    }
    if (std::rename(temp_.c_str(), final_.c_str()) != 0) fail(final_, "cannot replace the output file");
    committed_ = true;
}

void prepare_output_folder(const std::filesystem::path& folder) {
    std::error_code ec;
    if (std::filesystem::exists(folder, ec) && !std::filesystem::is_directory(folder, ec))
        throw Error(ExitCode::output, folder.string() + ": is a file, not a folder; give another output folder with -o DIR");
    if (!std::filesystem::exists(folder, ec)) {
        std::filesystem::create_directories(folder, ec);
        if (ec)
            throw Error(ExitCode::output, folder.string() + ": cannot create the output folder (" + ec.message() +
                                              "); give a writable one with -o DIR");
    }
    const std::filesystem::path probe = folder / (".write-test" + std::string(temp_marker) + std::to_string(::getpid()));
    const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        throw Error(ExitCode::output, folder.string() + ": the output folder is not writable (" + std::strerror(errno) +
                                          "); fix its permissions or give another with -o DIR");
    ::close(fd);
    std::filesystem::remove(probe, ec);
}

void remove_stale_temporaries(const std::filesystem::path& folder) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        const std::size_t at = name.rfind(temp_marker);
        if (name.empty() || name[0] != '.' || at == std::string::npos) continue;
        const std::string pid_text = name.substr(at + temp_marker.size());
        if (pid_text.empty() || pid_text.find_first_not_of("0123456789") != std::string::npos) continue;
        const pid_t pid = static_cast<pid_t>(std::stol(pid_text));
        if (pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH) std::filesystem::remove_all(entry.path(), ec);
    }
}

}  // namespace sori
