#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "audio/cover_art.h"
#include "base/error.h"

namespace fs = std::filesystem;

namespace {

fs::path write_file(const std::string& name, const std::vector<unsigned char>& bytes) {
    const fs::path path = fs::temp_directory_path() / name;
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return path;
}

// A PNG's signature and IHDR (the parts a reader of its size needs), then an indexed palette.
std::vector<unsigned char> png_header(unsigned width, unsigned height, unsigned char bits, unsigned char type) {
    std::vector<unsigned char> b{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    for (unsigned v : {width, height})
        for (int s = 24; s >= 0; s -= 8) b.push_back(static_cast<unsigned char>(v >> s));
    b.insert(b.end(), {bits, type, 0, 0, 0, 0, 0, 0, 0});  // compression, filter, interlace, CRC
    b.insert(b.end(), {0, 0, 0, 6, 'P', 'L', 'T', 'E', 1, 2, 3, 4, 5, 6, 0, 0, 0, 0});
    return b;
}

}  // namespace

TEST_CASE("A PNG cover gives its size, bits a pixel and palette from its header", "[cover_art]") {
    const auto [type, depth, colors] = GENERATE(table<unsigned char, unsigned, unsigned>({{2, 24, 0}, {6, 32, 0}, {0, 8, 0}, {3, 8, 2}}));
    const sori::CoverArt cover = sori::read_cover(write_file("sori-cover.png", png_header(640, 480, 8, type)));
    CHECK(cover.mime == "image/png");
    CHECK(cover.width == 640);
    CHECK(cover.height == 480);
    CHECK(cover.depth == depth);
    CHECK(cover.colors == colors);
}

TEST_CASE("A JPEG cover gives its size from its frame header, after the markers before it", "[cover_art]") {
    const std::vector<unsigned char> jpeg{0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 'J', 'F', 0xFF, 0xFF, 0xC2, 0, 17, 8, 0x01, 0xE0, 0x02, 0x80, 3,
                                          1,    0x22, 0,    2,    0x11, 1, 3, 0x11, 1, 0xFF, 0xDA};
    const sori::CoverArt cover = sori::read_cover(write_file("sori-cover.jpg", jpeg));
    CHECK(cover.mime == "image/jpeg");
    CHECK(cover.width == 640);
    CHECK(cover.height == 480);
    CHECK(cover.depth == 24);
}

TEST_CASE("A cover that is not a JPEG or PNG, or is missing, is refused naming the file", "[cover_art]") {
    const fs::path text = write_file("sori-cover.txt", {'h', 'e', 'l', 'l', 'o'});
    CHECK_THROWS_WITH(sori::read_cover(text), Catch::Contains(text.string()) && Catch::Contains("not a JPEG or PNG"));
    const std::vector<unsigned char> scan_first{0xFF, 0xD8, 0xFF, 0xDA, 0, 4, 0, 0, 0, 0, 0, 0};
    CHECK_THROWS_AS(sori::read_cover(write_file("sori-cover-bad.jpg", scan_first)), sori::Error);
    CHECK_THROWS_WITH(sori::read_cover("/nonexistent/cover.jpg"), Catch::Contains("/nonexistent/cover.jpg") && Catch::Contains("cannot read"));
}

TEST_CASE("A FLAC picture block holds the front cover's type, mime, size and bytes", "[cover_art]") {
    sori::CoverArt cover;
    cover.mime = "image/png";
    cover.width = 2;
    cover.height = 3;
    cover.depth = 24;
    cover.bytes = {9, 8, 7};
    const std::vector<unsigned char> block = sori::flac_picture(cover);
    const std::vector<unsigned char> expected{0, 0, 0, 3, 0, 0, 0, 9, 'i', 'm', 'a', 'g', 'e', '/', 'p', 'n', 'g', 0, 0, 0, 0, 0, 0, 0, 2,
                                              0, 0, 0, 3, 0, 0, 0, 24, 0, 0, 0, 0, 0, 0, 0, 3, 9, 8, 7};
    CHECK(block == expected);
}

TEST_CASE("Base64 is RFC 4648's, with padding", "[cover_art]") {
    const auto [plain, encoded] = GENERATE(table<std::string, std::string>(
        {{"", ""}, {"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"}, {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"}}));
    CHECK(sori::base64(std::vector<unsigned char>(plain.begin(), plain.end())) == encoded);
}
