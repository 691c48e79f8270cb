#include "base/data_folders.h"

#include <cstdlib>
#include <system_error>

namespace sori {
namespace {

bool is_folder(const std::filesystem::path& path) {
    std::error_code ec;
    return std::filesystem::is_directory(path, ec);
}

std::optional<std::filesystem::path> user_config_home() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg == '/') return std::filesystem::path(xdg);
    if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".config";
    return std::nullopt;
}

}  // namespace

std::filesystem::path program_folder() {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
}

std::vector<VoicesFolder> voices_folders() {
    std::vector<VoicesFolder> folders;
    std::error_code ec;
    if (is_folder("voices") && std::filesystem::exists("CMakeLists.txt", ec)) folders.push_back({"voices", "checkout"});
    if (const auto config = user_config_home(); config && is_folder(*config / "sori" / "voices"))
        folders.push_back({*config / "sori" / "voices", "user"});
    if (const std::filesystem::path bin = program_folder(); !bin.empty()) {
        const std::filesystem::path shipped = bin.parent_path() / "share" / "sori" / "voices";
        if (is_folder(shipped)) folders.push_back({shipped.lexically_normal(), "shipped"});
    }
    return folders;
}

std::optional<std::filesystem::path> find_voices_file(const std::string& name) {
    std::error_code ec;
    for (const VoicesFolder& folder : voices_folders())
        if (std::filesystem::is_regular_file(folder.path / name, ec)) return folder.path / name;
    return std::nullopt;
}

}  // namespace sori
