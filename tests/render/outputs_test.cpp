#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "base/error.h"
#include "base/output_file.h"
#include "render/ffmetadata.h"

namespace {

std::string read(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::filesystem::path fresh_folder(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("sori-outputs-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("An uncommitted output leaves the previous file whole and no temporary file", "[outputs]") {
    const auto dir = fresh_folder("abandon");
    std::ofstream(dir / "a.json") << "previous";
    {
        sori::OutputFile out(dir / "a.json");
        out.write_text("half written");
        CHECK(std::filesystem::exists(out.temp_path()));
    }
    CHECK(read(dir / "a.json") == "previous");
    CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator{}) == 1);
}

TEST_CASE("A committed output replaces the previous file", "[outputs]") {
    const auto dir = fresh_folder("commit");
    std::ofstream(dir / "a.json") << "previous";
    sori::OutputFile out(dir / "a.json");
    out.write_text("new");
    out.commit();
    CHECK(read(dir / "a.json") == "new");
    CHECK_FALSE(std::filesystem::exists(out.temp_path()));
}

TEST_CASE("Temporary files of killed renders are cleaned up, live ones are not", "[outputs]") {
    const auto dir = fresh_folder("stale");
    std::ofstream(dir / ".a.wav.sori-tmp-999999999") << "left by a killed render";
    const std::string mine = ".b.wav.sori-tmp-" + std::to_string(::getpid());
    std::ofstream(dir / mine) << "ours";
    std::ofstream(dir / "keep.wav") << "user file";
    sori::remove_stale_temporaries(dir);
    CHECK_FALSE(std::filesystem::exists(dir / ".a.wav.sori-tmp-999999999"));
    CHECK(std::filesystem::exists(dir / mine));
    CHECK(std::filesystem::exists(dir / "keep.wav"));
}

TEST_CASE("An output folder that is a file or cannot be written is refused with what to do", "[outputs]") {
    const auto dir = fresh_folder("folder");
    std::ofstream(dir / "file") << "x";
    CHECK_THROWS_WITH(sori::prepare_output_folder(dir / "file"), Catch::Contains("is a file") && Catch::Contains("-o DIR"));
    CHECK_NOTHROW(sori::prepare_output_folder(dir / "new" / "nested"));
    CHECK(std::filesystem::is_directory(dir / "new" / "nested"));
    if (::geteuid() != 0) {
        std::filesystem::permissions(dir / "new", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
        CHECK_THROWS_AS(sori::prepare_output_folder(dir / "new"), sori::Error);
        std::filesystem::permissions(dir / "new", std::filesystem::perms::owner_all);
    }
}

TEST_CASE("FFMETADATA1 chapters carry the sample time base and escaped titles", "[outputs]") {
    sori::Timeline t;
    t.sample_rate = 22050;
    t.total_samples = 44100;
    t.chapters = {{"제목=하나; #1", 0, 22050}, {"둘\\째", 22050, 44100}};
    const std::string meta = sori::ffmetadata("글 = 제목", t);
    CHECK_THAT(meta, Catch::StartsWith(";FFMETADATA1\ntitle=글 \\= 제목\n"));
    CHECK_THAT(meta, Catch::Contains("[CHAPTER]\nTIMEBASE=1/22050\nSTART=0\nEND=22050\ntitle=제목\\=하나\\; \\#1\n"));
    CHECK_THAT(meta, Catch::Contains("START=22050\nEND=44100\ntitle=둘\\\\째\n"));
}
