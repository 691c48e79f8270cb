#include "base/output_set.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "base/error.h"
#include "base/output_file.h"

namespace sori {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void fail(const fs::path& path, const std::string& what) {
    throw Error(ExitCode::output, path.string() + ": " + what + " (" + std::strerror(errno) + "); check the output folder");
}

// A link `name` in `folder` pointing at `target`, made under a temporary name and renamed over
// whatever was there (an old link or an older sori's plain file).
void replace_with_link(const fs::path& folder, const std::string& name, const fs::path& target) {
    const fs::path temp = folder / ("." + name + ".link" + std::string(temporary_marker) + std::to_string(::getpid()));
    std::error_code ec;
    fs::remove(temp, ec);
    if (::symlink(target.c_str(), temp.c_str()) != 0) fail(folder / name, "cannot link the output");
    if (std::rename(temp.c_str(), (folder / name).c_str()) != 0) {
        fs::remove(temp, ec);
        fail(folder / name, "cannot link the output");
    }
}

// A folder that holds nothing but NAME.* files: a previous set that may be replaced. Anything
// else there is the user's, and removing it with the old set would lose it.
bool holds_only_outputs(const fs::path& folder, const std::string& name) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string file = entry.path().filename().string();
        if (file.rfind(name + ".", 0) != 0 || !entry.is_regular_file(ec)) return false;
    }
    return !ec;
}

}  // namespace

OutputSet::OutputSet(fs::path output_folder, std::string name)
    : folder_(std::move(output_folder)), name_(std::move(name)) {
    const fs::path final_path = final_folder();
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(final_path, ec);
    if (fs::exists(status) && (!fs::is_directory(status) || !holds_only_outputs(final_path, name_)))
        throw Error(ExitCode::output, final_path.string() + ": is in the way: sori keeps the outputs of " + name_ +
                                          " in that folder; move it, or give another output folder with -o DIR");
    staging_ = folder_ / ("." + name_ + std::string(temporary_marker) + std::to_string(::getpid()));
    fs::remove_all(staging_, ec);
    fs::create_directory(staging_, ec);
    if (ec) throw Error(ExitCode::output, staging_.string() + ": cannot create a folder for the outputs (" + ec.message() + ")");
}

OutputSet::~OutputSet() {
    std::error_code ec;
    if (!committed_) fs::remove_all(staging_, ec);
}

void OutputSet::commit() {
    const fs::path final_path = final_folder();
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, final_path.c_str(), RENAME_EXCHANGE) == 0) {
        committed_ = true;
        std::error_code ec;
        fs::remove_all(staging_, ec);  // the previous set, now under the staging name
    } else if (errno == ENOENT && ::rename(staging_.c_str(), final_path.c_str()) == 0) {
        committed_ = true;  // the first render: nothing to swap with
    } else {
        fail(final_path, "cannot put the new outputs in place");
    }
    link_outputs(folder_, name_);
}

void link_outputs(const fs::path& output_folder, const std::string& name) {
    const fs::path set = output_folder / name;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(set, ec)) {
        const std::string file = entry.path().filename().string();
        if (file.empty() || file[0] == '.') continue;
        std::error_code link_ec;
        if (fs::read_symlink(output_folder / file, link_ec) == fs::path(name) / file) continue;
        if (fs::is_directory(fs::symlink_status(output_folder / file, link_ec))) continue;  // never replace a folder
        replace_with_link(output_folder, file, fs::path(name) / file);
    }
    for (const auto& entry : fs::directory_iterator(output_folder, ec)) {
        std::error_code link_ec;
        const fs::path target = fs::read_symlink(entry.path(), link_ec);
        if (!link_ec && *target.begin() == name && std::distance(target.begin(), target.end()) == 2 &&
            !fs::exists(output_folder / target, link_ec))
            fs::remove(entry.path(), link_ec);  // a format this render no longer writes
    }
}

}  // namespace sori
