// Every input the fuzzers found (tests/data/fuzz/TARGET/*) is fed again to its target, so a fixed
// crash stays fixed in the ordinary build too.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

#include "fuzz/fuzz_targets.h"
#include "support/process_runner.h"

namespace fs = std::filesystem;

TEST_CASE("Every input the fuzzers ever found runs through its stage without a crash", "[fuzz]") {
    const std::map<std::string, void (*)(const std::uint8_t*, std::size_t)> targets{
        {"reader", sori::fuzz::reader},         {"structure", sori::fuzz::structure}, {"splitter", sori::fuzz::splitter},
        {"normalizer", sori::fuzz::normalizer}, {"script", sori::fuzz::script}, {"pronunciation", sori::fuzz::pronunciation},
    };
    std::size_t replayed = 0;
    for (const auto& [name, run] : targets) {
        const fs::path folder = fs::path(SORI_TEST_DATA) / "fuzz" / name;
        if (!fs::is_directory(folder)) continue;
        for (const auto& entry : fs::directory_iterator(folder)) {
            const std::string bytes = test::slurp(entry.path());
            INFO(entry.path());
            run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            ++replayed;
        }
    }
    CHECK(replayed > 0);
}
