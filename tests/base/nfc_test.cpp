#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>
#include <utf8proc.h>

#include "base/nfc.h"
#include "base/utf8.h"

namespace {

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

}  // namespace

TEST_CASE("NFC composes decomposed Hangul jamo and leaves composed text as it is", "[nfc]") {
    CHECK(sori::utf8::nfc("\u1112\u1161\u11AB\u1100\u1173\u11AF") == std::optional<std::string>("한글"));
    CHECK(sori::utf8::nfc("이미 합성된 글입니다. e\u0301") == std::optional<std::string>("이미 합성된 글입니다. é"));
}

TEST_CASE("A run of combining marks is cut every 30 marks by a grapheme joiner, as UAX #15 says", "[nfc]") {
    std::string marks = "a";
    for (int i = 0; i < 100; ++i) marks += "\u0308\u0301\u0327";  // 300 non-starters of mixed classes
    const std::string safe = sori::utf8::stream_safe(marks);
    CHECK(count_of(safe, "\u034F") == 9);  // after marks 30, 60, … 270
    const std::optional<std::string> composed = sori::utf8::nfc(marks);
    REQUIRE(composed);
    CHECK(sori::utf8::length(*composed) <= 1 + 300 + 9);
}

TEST_CASE("Ordinary text passes the stream-safe step unchanged", "[nfc]") {
    const std::string text = GENERATE(as<std::string>{}, "메타의 AI 전략", "é à ü", "e\u0301\u0327 (two marks)", "");
    CHECK(sori::utf8::stream_safe(text) == text);
}

TEST_CASE("NFC works chunk by chunk on a long text without changing it", "[nfc]") {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "\u1112\u1161\u11AB 줄입니다\n";
    std::string expected;
    for (int i = 0; i < 20000; ++i) expected += "한 줄입니다\n";
    CHECK(sori::utf8::nfc(text) == std::optional<std::string>(expected));
}

TEST_CASE("NFC agrees with libutf8proc for every BMP character after a Hangul syllable, a Latin letter or a leading jamo", "[nfc]") {
    // The fast path copies text it judges already composed; libutf8proc is the independent judge.
    const std::string before = GENERATE(std::string("가"), std::string("e"), std::string("\u1100"), std::string("."));
    std::size_t differences = 0;
    char32_t first_difference = 0;
    for (char32_t cp = 0x20; cp <= 0xFFFD; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        std::string text = before;
        sori::utf8::append(text, cp);
        text += "a\n";
        utf8proc_uint8_t* expected = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(text.c_str()));
        REQUIRE(expected);
        const std::optional<std::string> composed = sori::utf8::nfc(text);
        if (!composed || *composed != reinterpret_cast<const char*>(expected)) {
            ++differences;
            first_difference = cp;
        }
        std::free(expected);
    }
    INFO("last difference at U+" << std::hex << static_cast<std::uint32_t>(first_difference));
    CHECK(differences == 0);
}

TEST_CASE("NFC in pieces equals NFC of the whole stream-safe text, also on one line of marks or jamo without a space", "[nfc]") {
    const std::string unit = GENERATE(as<std::string>{}, "a\u0308\u0301\u0327\u0308\u0301", "\u1112\u1161\u11AB", "e\u0301 \u1100\u1173\u11AF, ");
    std::string line;
    while (line.size() < 300000) line += unit;  // several pieces of 64 KiB, no line break
    const std::string safe = sori::utf8::stream_safe(line);
    char* whole = reinterpret_cast<char*>(utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(safe.c_str())));
    REQUIRE(whole);
    const std::string expected(whole);
    std::free(whole);
    CHECK(sori::utf8::nfc(line) == std::optional<std::string>(expected));
}
