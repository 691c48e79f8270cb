#pragma once
// Helpers for the end-to-end tests: a project-like folder, running the real sori binary, and
// looking at what it left.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "support/process_runner.h"

namespace test::e2e {

namespace fs = std::filesystem;

// A project-like folder: input/ with the sample article, and nothing else.
inline fs::path project(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("sori-e2e-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir / "input");
    fs::copy_file(SORI_SAMPLE_ARTICLE, dir / "input" / "meta-ai-strategy.txt");
    return dir;
}

inline test::Result sori(const std::vector<std::string>& args, const fs::path& cwd, const std::string& input = "") {
    std::vector<std::string> argv{SORI_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    return test::run(argv, cwd, input);
}

inline std::string data(const std::string& name) { return std::string(SORI_TEST_DATA) + "/" + name; }

inline nlohmann::json manifest(const fs::path& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

inline std::size_t cache_entries(const fs::path& cache) {
    std::size_t entries = 0;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(cache, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        entries += it->path().extension() == ".seg";
    return entries;
}

// Polls until the cache holds `count` more entries than it did (a render is under way); false after 60 s.
inline bool wait_for_cache_entries(const fs::path& cache, std::size_t count) {
    const std::size_t before = cache_entries(cache);
    for (int i = 0; i < 6000; ++i) {
        if (cache_entries(cache) >= before + count) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

inline bool has_program(const std::string& name) {
    return test::run({"sh", "-c", "command -v " + name}, fs::temp_directory_path()).exit_code == 0;
}

inline bool has_ffprobe() { return test::run({"sh", "-c", "command -v ffprobe"}, fs::temp_directory_path()).exit_code == 0; }

inline std::vector<fs::path> files_in(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path().filename());
    std::sort(files.begin(), files.end());
    return files;
}


}  // namespace test::e2e
