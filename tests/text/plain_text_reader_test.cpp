#include <catch2/catch.hpp>

#include "text/plain_text_lines.h"
#include "text/plain_text_reader.h"
#include "text/structure.h"

namespace {

sori::Document plain(const std::string& text) {
    sori::StructureOptions options;
    options.fallback_title = "file";
    options.format = sori::TextFormat::plain;
    return sori::parse_document(text, options);
}

std::vector<std::pair<std::string, int>> headings(const sori::Document& doc) {
    std::vector<std::pair<std::string, int>> out;
    for (const auto& s : doc.sections)
        if (s.level > 0) out.emplace_back(s.title, s.level);
    return out;
}

std::string all_text(const sori::Document& doc) {
    std::string text;
    for (const auto& s : doc.sections)
        for (const auto& p : s.paragraphs)
            for (const auto& u : p.units) text += u + "\n";
    return text;
}

using Headings = std::vector<std::pair<std::string, int>>;
const std::string prose = "이 문단은 제목 아래에 오는 평범한 본문으로 충분히 긴 문장입니다. 그리고 한 줄 더 이어집니다.\n";

}  // namespace

TEST_CASE("Plain-text section titles are found by the document's own convention", "[plain]") {
    auto [source, expected] = GENERATE_REF(table<std::string, Headings>({
        {"제목\n\n개요\n----\n\n" + prose + "\n1. 따라하기\n\n" + prose + "\n설치\n----\n\n" + prose, {{"개요", 2}, {"설치", 2}}},
        {"* 소개\n\n  " + prose + "\n* 설치\n\n   필요한 것\n\n   " + prose, {{"소개", 2}, {"설치", 2}, {"필요한 것", 3}}},
        {"1. 시작하며\n" + prose + "\n2. 설정\n\n" + prose + "\n  2.1 세부 설정\n\n" + prose + "\n기본 정보:\n  " + prose,
         {{"1. 시작하며", 2}, {"2. 설정", 2}, {"2.1 세부 설정", 3}, {"기본 정보:", 3}}},
        {"제1장 총칙\n\n" + prose + "\n제2장 절차\n\n" + prose, {{"제1장 총칙", 2}, {"제2장 절차", 2}}},
        {"Ⅰ. 서론\n\n" + prose + "\nⅡ. 본론\n\n" + prose, {{"Ⅰ. 서론", 2}, {"Ⅱ. 본론", 2}}},
        {"가. 목적\n\n" + prose + "\n나. 범위\n\n" + prose, {{"가. 목적", 2}, {"나. 범위", 2}}},
        {"■ 첫째 주제\n\n" + prose + "\n■ 둘째 주제\n\n" + prose, {{"첫째 주제", 2}, {"둘째 주제", 2}}},
        {"머리말\n\n" + prose + "\n전 문 (前 文)\n\n" + prose + "\n알아둘것.\n\n" + prose, {{"전 문 (前 文)", 2}, {"알아둘것.", 2}}},
        {"대한민국\n\n대한민국은 국가이다.[1]\n\n== 역사 ==\n\n" + prose, {{"역사", 2}}},
        {"(1) 개요\n\n" + prose + "\n(2) 방법\n\n" + prose, {{"(1) 개요", 2}, {"(2) 방법", 2}}},
        {"판결\n\n" + prose + "\n【주 문】\n\n" + prose + "\n【이 유】\n\n" + prose, {{"주 문", 2}, {"이 유", 2}}},
    }));
    CHECK(headings(plain(source)) == expected);
}

TEST_CASE("An English preamble before the Korean title does not hide the title", "[plain][title]") {
    const sori::Document doc = plain("This is a Korean translation of the essay below.\nPermission is granted to copy it.\n\n수필 제목\n\n" + prose + "\n" + prose);
    CHECK(doc.title == "수필 제목");
    CHECK(doc.sections.at(0).spoken_title);
}

TEST_CASE("Rule lines, shell lines and indented commands are never titles", "[plain]") {
    const sori::Document doc = plain("제목\n\n====\n\n" + prose + "\n* * *\n\n   # make install\n   $ ./configure\n\n" + prose);
    CHECK(headings(doc).empty());
    CHECK(all_text(doc).find("make") == std::string::npos);
    CHECK(all_text(doc).find("====") == std::string::npos);
}

TEST_CASE("Underlined titles make other numbered lines list items", "[plain]") {
    const sori::Document doc = plain("안내\n\n1. 주의\n-----\n\n" + prose + "\n1. 서비스를 중지한다.\n   shell> stop\n\n2. 설정에서 제외\n   shell> del\n\n2. 설치\n-----\n\n" + prose);
    CHECK(headings(doc) == Headings{{"1. 주의", 2}, {"2. 설치", 2}});
}

TEST_CASE("Definitions, code and pieces of sentences between code lines are not sub-titles", "[plain]") {
    const std::string text = "1. 설정\n\n" + prose + "\n   F1      : 도움말\n     화면을 보여 줍니다.\n\n   WWW: 정보는 누리집에\n     있습니다.\n\n"
                             "   로그아웃 링크는\n     <a href=x>logout</a>\n\n   $_SESSION[a] = $b;\n     세션입니다.\n\n   - 기본 항목\n     설명입니다.\n\n"
                             "   필요한 것\n\n   " + prose + "\n2. 시작하며\n\n" + prose;
    CHECK(headings(plain(text)) == Headings{{"1. 설정", 2}, {"필요한 것", 3}, {"2. 시작하며", 2}});
}

TEST_CASE("A table of contents is not read and gives no chapters", "[plain][toc]") {
    const sori::Document doc = plain("문서 제목\n\n목차\n\n0. 가입\n1. 관리\n2. 활용\n\n0. 가입\n\n" + prose + "\n1. 관리\n\n" + prose + "\n2. 활용\n\n" + prose);
    CHECK(doc.title == "문서 제목");
    CHECK(headings(doc) == Headings{{"0. 가입", 2}, {"1. 관리", 2}, {"2. 활용", 2}});
    CHECK(all_text(doc).find("목차") == std::string::npos);
}

TEST_CASE("An indented list that names what follows is read, not taken for contents", "[plain][toc]") {
    const sori::Document doc = plain("제목\n\n세 가지입니다.\n\n  1. 하나\n  2. 둘\n  3. 셋\n\n1. 하나\n\n" + prose + "\n2. 둘\n\n" + prose + "\n3. 셋\n\n" + prose);
    CHECK(doc.sections.at(0).paragraphs.at(1).units == std::vector<std::string>{"1. 하나", "2. 둘", "3. 셋"});
}

TEST_CASE("A centred title block after a preamble names the document", "[plain][title]") {
    const sori::Document doc = plain("번역에 대하여\n\n" + prose + "\n\t\t GNU GENERAL PUBLIC LICENSE\n\t\t Version 2, June 1991\n\n" + prose + "\n전 문\n\n" + prose);
    CHECK(doc.title == "GNU GENERAL PUBLIC LICENSE");
    CHECK(headings(doc) == Headings{{"번역에 대하여", 2}, {"전 문", 2}});
    CHECK(all_text(doc).find("Version 2") == std::string::npos);
}

TEST_CASE("Recurring labels, definition lists and end markers are not titles", "[plain]") {
    const std::string text = "* 1.0 바뀐점\n    추가\n    - 가\n\n* 0.9 바뀐점\n    추가\n    - 나\n\n* 0.8 바뀐점\n\n\t추가 된점.\n\n    - 다\n\n"
                             "* 정보\n\nWWW:\t정보는 누리집에 있습니다.\n\n메일링 목록:\n\t목록이 많습니다.\n\n* 규정\n\n" + prose +
                             "\n보증\n\n" + prose + "\n규정의 끝.\n\n* 끝\n\n" + prose;
    CHECK(headings(plain(text)) ==
          Headings{{"1.0 바뀐점", 2}, {"0.9 바뀐점", 2}, {"0.8 바뀐점", 2}, {"정보", 2}, {"규정", 2}, {"보증", 3}, {"끝", 2}});
}

TEST_CASE("Hard-wrapped lines join; bylines, addresses, box drawings and signatures are not read", "[plain]") {
    const sori::Document doc = plain("제목\n\n2001.12.19 김정균 <http://oops.org>\n\n첫 줄이\n다음 줄로 이어집니다.\n\nhttp://example.com/page\n\n┌──┐\n│가│\n└──┘\n\n" + prose + "\n--\n이름\nname@example.com\n");
    CHECK(all_text(doc) == "첫 줄이 다음 줄로 이어집니다.\n" + prose);
}

TEST_CASE("Text extracted from a PDF is recognised and its lines rebuilt", "[plain][pdf]") {
    std::string pdf = "법률 제1호\n\n";
    for (int page = 1; page <= 3; ++page) {
        for (int i = 0; i < 5; ++i) pdf += "이 법은 국민의 권리와 의무에 관한 사항을 정하는 것을 목적으로 하며 다음\n\n";
        pdf += "각 호의 사항을 따른다.\n\n- " + std::to_string(page) + " -\n\n";
    }
    pdf += "부      칙\n\n이 법은 공포한 날부터 시행한다.\n";
    CHECK(sori::looks_like_pdf_text(pdf));
    CHECK_FALSE(sori::looks_like_pdf_text("한 줄 문단입니다.\n\n다른 문단입니다.\n\n또 다른 문단입니다.\n"));
    const sori::Document doc = plain(pdf);
    const std::string text = all_text(doc);
    CHECK(text.find("- 2 -") == std::string::npos);
    CHECK(text.find("목적으로 하며 다음 이 법은") != std::string::npos);
    CHECK(text.find("부 칙") != std::string::npos);
}

namespace {

// What read_plain_text gives, as text: the titles, then each block's level, kind and units.
std::string read_in_pieces(const std::string& text, std::size_t piece_bytes) {
    std::string out;
    sori::read_plain_text(
        text,
        [&out](const sori::TitleSources& t) { out += "title " + t.title_line.value_or("-") + " / " + t.heading.value_or("-") + "\n"; },
        [&out](sori::TextBlock&& b) {
            out += std::to_string(b.heading_level) + " " + sori::to_string(b.kind) + ":";
            for (const std::string& u : b.units) out += " |" + u;
            out += "\n";
        },
        piece_bytes);
    return out;
}

}  // namespace

TEST_CASE("A long plain text read a piece at a time gives the blocks it gives read whole", "[plain][pieces]") {
    // A title, a table of contents whose entries come back as titles, numbered sections of
    // wrapped prose with list items, a recurring label, a signature at the end.
    std::string text = "        긴 문서의 제목\n\n";  // its table of contents is unnamed: known by titles seen later
    for (int s = 1; s <= 40; ++s) text += std::to_string(s) + ". 절 " + std::to_string(s) + "의 이름\n";
    for (int s = 1; s <= 40; ++s) {
        text += "\n" + std::to_string(s) + ". 절 " + std::to_string(s) + "의 이름\n\n";
        for (int p = 0; p < 6; ++p)
            text += "이 문단은 조각으로 나누어 읽어도 통째로 읽은 것과 같은 결과가 나와야 하는 긴 문서의\n"
                    "일부입니다. 줄은 일정한 폭에서 끊겨 있고 문단 사이에는 빈 줄이 있습니다.\n\n";
        text += "추가\n\n- 목록의 항목 하나\n- 목록의 항목 둘\n\n";
    }
    text += "\n--\n홍길동 드림\n\n서울시 어딘가\n\n연락처\n";
    const std::string whole = read_in_pieces(text, text.size());
    // 0: the last piece starts right after the signature, which an earlier piece holds.
    const std::size_t pieces = GENERATE(as<std::size_t>{}, 2000, 9000, 40000, 0);
    CHECK(read_in_pieces(text, pieces > 0 ? pieces : text.find("홍길동 드림")) == whole);
    CHECK(whole.find("2 prose: |1. 절 1의 이름") != std::string::npos);  // sections are found at all
    CHECK(whole.find("홍길동") == std::string::npos);                   // the signature is not read
    CHECK(whole.find("서울시") == std::string::npos);                   // nor what follows it
    CHECK(whole.find("2 prose: |1. 절 1의 이름") == whole.rfind("2 prose: |1. 절 1의 이름"));  // the contents are not read as titles
}
