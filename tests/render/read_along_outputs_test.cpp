// What reading along adds to a render (render/read_along_outputs.h): the audio it needs, the file
// a summary names first, and the EPUB's modification time.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sys/stat.h>

#include "render/read_along_outputs.h"

namespace {

using F = sori::AudioFormat;
using R = sori::ReadAlongFormat;

}  // namespace

TEST_CASE("Read-along formats bring the audio they need, and only an EPUB's own MP3 is not kept", "[read_along]") {
    struct Case {
        std::vector<F> audio;
        std::vector<R> read_along;
        std::vector<F> expected;
        bool mp3_only_for_epub;
        std::string first;
    };
    const Case c = GENERATE(values<Case>({
        {{F::wav}, {}, {F::wav}, false, "a.wav"},
        {{}, {R::epub}, {F::mp3}, true, "a.epub"},
        {{}, {R::html}, {F::mp3}, false, "a.mp3"},
        {{}, {R::epub, R::html}, {F::mp3}, false, "a.mp3"},
        {{F::flac}, {R::epub}, {F::flac, F::mp3}, true, "a.flac"},
        {{F::opus, F::mp3}, {R::epub}, {F::opus, F::mp3}, false, "a.opus"},
        {{F::wav}, {R::html}, {F::wav}, false, "a.wav"},
    }));
    sori::RenderOptions options;
    options.output_folder = "out";
    options.audio.formats = c.audio;
    options.read_along = c.read_along;
    const sori::RenderOptions planned = sori::with_read_along_audio(options);
    CHECK(planned.audio.formats == c.expected);
    CHECK(planned.mp3_for_epub_only == c.mp3_only_for_epub);
    CHECK(sori::with_read_along_audio(planned).audio.formats == c.expected);  // applied twice, the same
    CHECK(sori::first_output("in/a.md", planned) == std::filesystem::path("out") / c.first);
}

TEST_CASE("The EPUB is modified when SOURCE_DATE_EPOCH says, else when the article last changed", "[read_along]") {
    const std::filesystem::path article = std::filesystem::temp_directory_path() / "sori-modified-test.md";
    std::ofstream(article) << "# 제목\n";
    struct stat info {};
    REQUIRE(::stat(article.c_str(), &info) == 0);
    ::unsetenv("SOURCE_DATE_EPOCH");
    CHECK(sori::modified_time(article) == static_cast<std::int64_t>(info.st_mtime));
    ::setenv("SOURCE_DATE_EPOCH", "1733443200", 1);
    CHECK(sori::modified_time(article) == 1733443200);
    ::setenv("SOURCE_DATE_EPOCH", "soon", 1);  // not a number: ignored
    CHECK(sori::modified_time(article) == static_cast<std::int64_t>(info.st_mtime));
    ::unsetenv("SOURCE_DATE_EPOCH");
    CHECK(sori::modified_time(article.string() + ".missing") == 0);
}
