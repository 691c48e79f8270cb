#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "text/text_reader.h"
#include <unistd.h>

namespace {

std::string cleaned(const std::string& bytes) { return sori::clean_text(bytes, "article.txt").text; }

std::string error_of(const std::string& bytes) {
    try {
        sori::clean_text(bytes, "article.txt");
    } catch (const sori::Error& e) {
        CHECK(e.code() == sori::ExitCode::input);
        return e.what();
    }
    return "no error";
}

std::filesystem::path temp_file(const std::string& name, const std::string& bytes) {
    const auto path = std::filesystem::temp_directory_path() / ("sori-reader-" + name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

}  // namespace

TEST_CASE("A UTF-8 byte order mark is dropped", "[reader]") { CHECK(cleaned("\xEF\xBB\xBF안녕하세요.") == "안녕하세요."); }

TEST_CASE("CRLF and lone CR line ends become LF", "[reader]") { CHECK(cleaned("가\r\n나\r다\n") == "가\n나\n다\n"); }

TEST_CASE("Decomposed Hangul from macOS comes out as composed syllables", "[reader]") {
    // 한 = ᄒ + ᅡ + ᆫ, 글 = ᄀ + ᅳ + ᆯ (conjoining jamo, NFD)
    CHECK(cleaned("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xB3\xE1\x86\xAF") == "한글");
}

TEST_CASE("Odd spaces fold to a plain space and invisible characters go", "[reader]") {
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"가\xC2\xA0나", "가 나"},             // NBSP
        {"가\xE3\x80\x80나", "가 나"},         // ideographic space
        {"가\xE2\x80\x89나", "가 나"},         // thin space
        {"가\tb", "가 b"},                      // tab
        {"가\xE2\x80\x8B나", "가나"},           // zero-width space
        {"가\x01" "300S나", "가300S나"},        // control byte (an eSpeak command) dropped
        {"가\xC2\xAD나", "가나"},               // soft hyphen
    }));
    CHECK(cleaned(input) == expected);
}

TEST_CASE("Invalid UTF-8 is reported with its line and column", "[reader]") {
    const std::string message = error_of("첫 줄\n둘째 \xFF줄\n");
    CHECK_THAT(message, Catch::Contains("article.txt:2:4"));
    CHECK_THAT(message, Catch::Contains("invalid UTF-8"));
    CHECK_THAT(message, Catch::Contains("iconv"));
}

TEST_CASE("EUC-KR text is refused as invalid UTF-8, not read as garbage", "[reader]") {
    CHECK_THAT(error_of("\xC7\xD1\xB1\xDB"), Catch::Contains("article.txt:1:1: invalid UTF-8"));
}

TEST_CASE("UTF-16 and binary files are refused with what to do", "[reader]") {
    CHECK_THAT(error_of(std::string("\xFF\xFE\x00\xD5", 4)), Catch::Contains("UTF-16"));
    CHECK_THAT(error_of(std::string("PK\x03\x04\x00\x00", 6)), Catch::Contains("looks binary"));
}

TEST_CASE("An empty or white-space-only article is refused", "[reader]") {
    auto bytes = GENERATE(std::string(""), std::string("   \n\n\t"), std::string("\xC2\xA0\n\xE3\x80\x80"));
    CHECK_THAT(error_of(bytes), Catch::Contains("empty"));
}

TEST_CASE("A missing file, a folder and an unreadable file each get their own message", "[reader]") {
    const auto missing = std::filesystem::temp_directory_path() / "sori-reader-does-not-exist.txt";
    CHECK_THROWS_WITH(sori::read_article(missing), Catch::Contains("no such file"));
    CHECK_THROWS_WITH(sori::read_article(std::filesystem::temp_directory_path()), Catch::Contains("is a folder"));
    const auto locked = temp_file("locked.txt", "안녕");
    std::filesystem::permissions(locked, std::filesystem::perms::none);
    if (::geteuid() != 0) CHECK_THROWS_WITH(sori::read_article(locked), Catch::Contains("cannot be read"));
    std::filesystem::remove(locked);
}

TEST_CASE("A file on disk is read and cleaned", "[reader]") {
    const auto path = temp_file("ok.txt", "\xEF\xBB\xBF제목\r\n\r\n본문입니다.\r\n");
    const sori::SourceText source = sori::read_article(path);
    CHECK(source.text == "제목\n\n본문입니다.\n");
    CHECK(source.origin == path.string());
    std::filesystem::remove(path);
}
