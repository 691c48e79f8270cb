#pragma once
// Where sori finds its presets and lexicons: a search path of `voices` folders, never a path of
// the machine that compiled it, so that any install prefix (or a build tree) works.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sori {

struct VoicesFolder {
    std::filesystem::path path;  // an existing folder
    std::string origin;          // "checkout", "user" or "shipped": shown by `sori voices`
};

// The voices folders that exist, in the order they are searched:
// 1. ./voices when the current folder is a sori checkout (it holds CMakeLists.txt and voices/);
// 2. $XDG_CONFIG_HOME/sori/voices (default ~/.config/sori/voices), the user's own;
// 3. share/sori/voices of the prefix the running binary lives in (PREFIX/bin/sori).
std::vector<VoicesFolder> voices_folders();

// The first `name` (a file such as slow.ini or lexicon.tsv) in the search path, if any.
std::optional<std::filesystem::path> find_voices_file(const std::string& name);

// The folder of the running program (/proc/self/exe, links resolved); empty when unknown.
std::filesystem::path program_folder();

}  // namespace sori
