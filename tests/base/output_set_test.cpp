#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "base/output_set.h"
#include "support/process_runner.h"

namespace fs = std::filesystem;

namespace {

fs::path fresh(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("sori-output-set-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void render_set(const fs::path& out, const std::vector<std::pair<std::string, std::string>>& files) {
    sori::OutputSet set(out, "a");
    for (const auto& [file, text] : files) std::ofstream(set.staging() / file) << text;
    set.commit();
}

}  // namespace

TEST_CASE("A committed set lands in OUTPUT/NAME with a link for each file beside it", "[output_set]") {
    const fs::path out = fresh("first");
    render_set(out, {{"a.wav", "one"}, {"a.json", "{}"}});
    CHECK(fs::is_directory(out / "a"));
    CHECK(fs::read_symlink(out / "a.wav") == fs::path("a/a.wav"));
    CHECK(test::slurp(out / "a.wav") == "one");
    CHECK(test::slurp(out / "a.json") == "{}");
}

TEST_CASE("A second set replaces the first whole, and links of files it no longer has go", "[output_set]") {
    const fs::path out = fresh("second");
    render_set(out, {{"a.wav", "one"}, {"a.json", "1"}, {"a.cue", "cue"}});
    render_set(out, {{"a.wav", "two"}, {"a.json", "2"}, {"a.mp3", "mp3"}});
    CHECK(test::slurp(out / "a.wav") == "two");
    CHECK(test::slurp(out / "a.mp3") == "mp3");
    CHECK_FALSE(fs::exists(fs::symlink_status(out / "a.cue")));
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(out)) ++entries;
    CHECK(entries == 4);  // a/, a.wav, a.json, a.mp3: no staging folder left
}

TEST_CASE("Plain output files of an older sori become links to the new set", "[output_set]") {
    const fs::path out = fresh("older");
    std::ofstream(out / "a.wav") << "old layout";
    render_set(out, {{"a.wav", "new"}, {"a.json", "{}"}});
    CHECK(fs::is_symlink(out / "a.wav"));
    CHECK(test::slurp(out / "a.wav") == "new");
}

TEST_CASE("A set that is not committed leaves nothing, and the previous set stays", "[output_set]") {
    const fs::path out = fresh("abandoned");
    render_set(out, {{"a.wav", "kept"}, {"a.json", "{}"}});
    {
        sori::OutputSet set(out, "a");
        std::ofstream(set.staging() / "a.wav") << "half written";
    }
    CHECK(test::slurp(out / "a.wav") == "kept");
    for (const auto& e : fs::directory_iterator(out)) CHECK_THAT(e.path().filename().string(), !Catch::Contains("sori-tmp"));
}

TEST_CASE("A folder of the user's where the outputs go is never replaced", "[output_set]") {
    const fs::path out = fresh("in-the-way");
    fs::create_directories(out / "a");
    std::ofstream(out / "a" / "notes.txt") << "mine";
    CHECK_THROWS_WITH(sori::OutputSet(out, "a"), Catch::Contains("is in the way") && Catch::Contains("-o DIR"));
    std::ofstream(out / "b") << "a file";
    CHECK_THROWS_AS(sori::OutputSet(out, "b"), sori::Error);
    CHECK(test::slurp(out / "a" / "notes.txt") == "mine");
}
