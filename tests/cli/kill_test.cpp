// A render killed with SIGKILL at any moment (synthesis, audio writing, commit) leaves a reader
// the whole previous set of outputs or the whole new one, never a mix, and the next render works.
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/e2e.h"
#include "support/riff_reader.h"
#include "support/sample_article.h"

namespace fs = std::filesystem;
using namespace test::e2e;

namespace {

// The WAV, the FFMETADATA1 chapters and the manifest that out/NAME.* show belong to one render:
// the manifest's length is the WAV's, its recorded sizes are the files', and its last chapter
// starts where the ffmeta's does.
void check_one_set(const fs::path& out, const std::string& name, const std::string& when) {
    INFO("after a kill " << when);
    REQUIRE(fs::exists(out / (name + ".json")));
    const nlohmann::json doc = manifest(out / (name + ".json"));
    const riff::Wave wave = riff::read((out / (name + ".wav")).string());
    CHECK(wave.frames == doc["total_samples"].get<std::uint64_t>());
    for (const auto& file : doc["render"]["outputs"])
        CHECK(fs::file_size(out / file["file"].get<std::string>()) == file["bytes"].get<std::uint64_t>());
    const std::string ffmeta = test::slurp(out / (name + ".ffmeta"));
    const std::string last_start = "START=" + std::to_string(doc["chapters"].back()["start_sample"].get<std::uint64_t>()) + "\n";
    CHECK_THAT(ffmeta, Catch::Contains(last_start));
}

}  // namespace

TEST_CASE("A render killed at any moment leaves the previous outputs or the new ones, never a mix", "[e2e][errors]") {
    const fs::path dir = project("kill-anywhere");
    const std::string name = "meta-ai-strategy";
    std::ofstream(dir / "input" / (name + ".txt"), std::ios::binary) << test::long_article(6);
    REQUIRE(sori({"render", "-q"}, dir).exit_code == 0);
    // Alternate two pause settings, so that every render that completes changes every output.
    int kills = 0, completed = 0;
    for (int round = 0; round < 24; ++round) {
        if (round == 8) std::ofstream(dir / "input" / (name + ".txt"), std::ios::binary) << test::long_article(7);  // synthesis again
        const std::string pause = round % 2 ? "900" : "400";
        test::Process render({SORI_BINARY, "render", "-q", "--sentence-pause", pause}, dir);
        std::this_thread::sleep_for(std::chrono::milliseconds(5 + 30 * (round % 12)));
        ::kill(render.pid(), SIGKILL);
        const int code = render.wait().exit_code;
        (code == 128 + SIGKILL ? kills : completed) += 1;
        check_one_set(dir / "out", name, "at round " + std::to_string(round));
    }
    WARN(kills << " of 24 renders were killed mid-way");
    CHECK(kills >= 4);  // rounds really were killed mid-render (the first delays of each cycle always are)
    const test::Result again = sori({"render"}, dir);
    REQUIRE(again.exit_code == 0);
    check_one_set(dir / "out", name, "and a render to completion");
    for (const auto& entry : fs::directory_iterator(dir / "out"))
        CHECK_THAT(entry.path().filename().string(), !Catch::Contains(".sori-tmp-"));  // the next render tidied up
}
