// The ZIP writer (render/zip_archive.h), read back by Info-ZIP's unzip and by the test's own
// look at the bytes: the first entry stored at the front as OCF wants, same entries same bytes.
#include <catch2/catch.hpp>

#include "render/zip_archive.h"
#include "support/e2e.h"

namespace fs = std::filesystem;

namespace {

std::string text_entry() {
    std::string text(5000, 'a');
    text.append("한글");
    return text;
}

// Each test its own folder: ctest runs them at once.
fs::path write_zip(const std::string& test, const std::string& name, const std::string& big) {
    const fs::path dir = fs::temp_directory_path() / ("sori-zip-" + test);
    fs::create_directories(dir);
    std::ofstream(dir / "audio.bin", std::ios::binary) << big;
    sori::ZipArchive zip(dir / name, sori::dos_time(1733443200));  // 2024-12-06
    zip.add("mimetype", "application/epub+zip", false);
    zip.add("EPUB/text.xhtml", text_entry());
    zip.add_file("EPUB/audio.bin", dir / "audio.bin");
    zip.finish();
    return dir / name;
}

}  // namespace

TEST_CASE("A ZIP archive is read back whole by unzip, the mimetype first and stored", "[zip]") {
    if (!test::e2e::has_program("unzip")) {
        WARN("unzip is missing: the archive is not read back");
        return;
    }
    std::string big;
    for (int i = 0; i < 200000; ++i) big += static_cast<char>((i * 7919) % 251);
    const fs::path file = write_zip("unzip", "a.zip", big);
    const test::Result t = test::run({"unzip", "-t", file.string()}, file.parent_path());
    INFO(t.out);
    CHECK(t.exit_code == 0);
    CHECK(test::run({"unzip", "-p", file.string(), "EPUB/text.xhtml"}, file.parent_path()).out == text_entry());
    CHECK(test::run({"unzip", "-p", file.string(), "EPUB/audio.bin"}, file.parent_path()).out == big);
    const std::string bytes = test::slurp(file);
    CHECK(bytes.compare(0, 4, "PK\x03\x04") == 0);
    CHECK(bytes[8] == 0);                                 // method: stored
    CHECK(bytes.compare(30, 8, "mimetype") == 0);         // no extra field before the data
    CHECK(bytes.compare(38, 20, "application/epub+zip") == 0);
    CHECK(test::run({"unzip", "-Z", "-v", file.string(), "EPUB/text.xhtml"}, file.parent_path()).out.find("deflated") != std::string::npos);
}

TEST_CASE("The same entries make the same bytes", "[zip]") {
    const fs::path a = write_zip("same", "a.zip", "same");
    const fs::path b = write_zip("same", "b.zip", "same");
    CHECK(test::slurp(a) == test::slurp(b));
}

TEST_CASE("MS-DOS times count from 1980 in two-second steps", "[zip]") {
    CHECK(sori::dos_time(0) == ((0u << 9 | 1u << 5 | 1u) << 16));  // before 1980: 1980-01-01 00:00
    const std::uint32_t t = sori::dos_time(1733488496);  // 2024-12-06 12:34:56 UTC
    CHECK((t >> 16) == ((44u << 9) | (12u << 5) | 6u));
    CHECK((t & 0xFFFF) == ((12u << 11) | (34u << 5) | 28u));
}
