#include <catch2/catch.hpp>

#include "text/line_wrap.h"
#include "text/structure.h"

TEST_CASE("Display width counts a Hangul syllable as two columns", "[wrap]") {
    CHECK(sori::display_width("abc") == 3);
    CHECK(sori::display_width("가나 a") == 6);
}

TEST_CASE("A text is hard-wrapped when many lines end at one width", "[wrap]") {
    std::vector<std::size_t> wrapped(30, 80);
    wrapped.insert(wrapped.end(), {20, 35, 50, 12});
    CHECK(sori::wrap_width(wrapped) == 80);
    CHECK(sori::wrap_width({80, 80, 80}) == 0);
    std::vector<std::size_t> paragraphs;
    for (std::size_t w = 100; w < 400; w += 7) paragraphs.push_back(w);
    CHECK(sori::wrap_width(paragraphs) == 0);
}

TEST_CASE("A wrap inside a Korean word is glued, one after a particle or ending is not", "[wrap]") {
    auto [before, after, glued] = GENERATE(table<std::string, std::string, bool>({
        {"게시판 관리자 권", "한을 주기", true},
        {"서버 개별 방", "화벽이다.", true},
        {"관리자 권한을", "주기 위해서", false},
        {"모드를 사용하지 않더라도", "게시판", false},
        {"유저", "ID를", false},
    }));
    CHECK(sori::cut_inside_word(80, 80, before, after) == glued);
    CHECK_FALSE(sori::cut_inside_word(60, 80, before, after));  // a short line ended where its writer ended it
    CHECK_FALSE(sori::cut_inside_word(80, 0, before, after));   // not a hard-wrapped text
}

TEST_CASE("Hard-wrapped plain text is joined without a space inside a cut word", "[wrap][plain]") {
    std::string text = "제목\n\n";
    const std::string full = "가나다라마바사아자차카타파하 가나다라마바사아자차카타파하 가나다라마바사아자차";  // 78 columns
    for (int i = 0; i < 24; ++i) text += full + "\n";
    text += "카타파하입니다.\n";
    const sori::Document doc = sori::parse_document(text, {"file", sori::TextFormat::plain});
    const std::string unit = doc.sections.at(0).paragraphs.at(0).units.at(0);
    CHECK(unit.find("아자차가나다") != std::string::npos);
    CHECK(unit.find("아자차카타파하입니다.") != std::string::npos);
}
