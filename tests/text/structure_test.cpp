#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "support/sample_article.h"
#include "text/structure.h"
#include "text/text_reader.h"

namespace {

std::vector<std::string> chapter_names(const sori::Document& doc) {
    std::vector<std::string> names;
    for (const auto& s : doc.sections) names.push_back(s.title);
    return names;
}

// What is read aloud, a unit a line (code blocks are only shown, by the read-along formats).
std::string all_text(const sori::Document& doc) {
    std::string text;
    for (const auto& s : doc.sections)
        for (const auto& p : s.paragraphs)
            if (p.kind != sori::ParagraphKind::code)
                for (const auto& u : p.units) text += u + "\n";
    return text;
}

}  // namespace

TEST_CASE("The sample article has exactly its six chapters, in order", "[structure]") {
    const sori::SourceText source = sori::read_article(SORI_SAMPLE_ARTICLE);
    const sori::Document doc = sori::parse_document(source.text);
    CHECK(doc.title == "메타 ($META)의 새로운 AI 전략");
    CHECK(chapter_names(doc) == test::sample_chapters);
    CHECK(all_text(doc).find("반응형") == std::string::npos);
}

TEST_CASE("The sample's indented numbered list stays a list inside the first chapter", "[structure]") {
    const sori::Document doc = sori::parse_document(sori::read_article(SORI_SAMPLE_ARTICLE).text);
    bool found = false;
    for (const auto& p : doc.sections[0].paragraphs) {
        if (p.units.size() == 4) {
            found = true;
            CHECK(p.units[0] == "1. AI 인재 경쟁에서 앞서가기");
            CHECK(p.units[3] == "4. 엔비디아 ($NVDA) 그래픽 연산장치 (GPU) 구입 및 자체 AI칩 개발");
        }
    }
    CHECK(found);
}

TEST_CASE("Markdown ATX and Setext headings start chapters", "[structure]") {
    const auto doc = sori::parse_document("# 제목\n\n서문입니다.\n\n## 첫째 ##\n\n본문입니다.\n\n둘째\n----\n\n끝입니다.\n");
    CHECK(doc.title == "제목");
    CHECK(chapter_names(doc) == std::vector<std::string>{"제목", "첫째", "둘째"});
    CHECK(doc.sections[2].paragraphs.at(0).units.at(0) == "끝입니다.");
}

TEST_CASE("Wiki headings copied from an encyclopedia start chapters", "[structure]") {
    const auto doc = sori::parse_document("대한민국\n\n대한민국은 국가이다.[1]\n\n== 역사 ==\n\n조선이 있었다.\n\n지리[편집]\n\n반도에 있다.\n");
    CHECK(chapter_names(doc) == std::vector<std::string>{"대한민국", "역사", "지리"});
    CHECK(doc.sections[0].paragraphs.at(0).units.at(0) == "대한민국은 국가이다.");
}

TEST_CASE("A numbered line ending like a sentence is not a heading", "[structure]") {
    const auto doc = sori::parse_document("제목\n\n1. 사과를 씻습니다.\n\n2. 껍질을 벗깁니다.\n");
    CHECK(doc.sections.size() == 1);
    CHECK(doc.sections[0].paragraphs.size() == 2);
}

TEST_CASE("A short stand-alone line before a paragraph is a heading, a date line is not", "[structure]") {
    const auto doc = sori::parse_document("글 제목\n\n2024. 1. 19. 14:31미국 주식\n\n본문입니다.\n\n마무리\n\n끝났습니다.\n");
    CHECK(chapter_names(doc) == std::vector<std::string>{"글 제목", "마무리"});
    CHECK(doc.sections[0].paragraphs.at(0).units.at(0) == "2024. 1. 19. 14:31미국 주식");
}

TEST_CASE("Front matter, code, images and blog furniture are not read aloud; a table keeps its rows and cells", "[structure]") {
    const std::string text =
        "---\ntitle: \"앞 제목\"\ntags: [a, b]\n---\n\n"
        "본문에 [링크](https://x.y)가 있습니다.\n\n"
        "```cpp\nint main() {}\n```\n\n"
        "| 이름 | 값 |\n|---|:---:|\n| 가 | 1 |\n\n"
        "![그림](a.png)\n\n"
        "반응형\n\n728x90\n\n"
        "<div class=\"ad\"></div>\n\n"
        "[1]: https://example.com\n\n"
        "> 인용된 문장입니다.\n\n"
        "- 첫 항목\n- 둘째 항목\n";
    const auto doc = sori::parse_document(text);
    CHECK(doc.title == "앞 제목");
    const std::string spoken = all_text(doc);
    CHECK(spoken == "본문에 링크가 있습니다.\n이름\t값\n가\t1\n인용된 문장입니다.\n첫 항목\n둘째 항목\n");
}

TEST_CASE("Soft-wrapped lines join into one unit, list items stay apart", "[structure]") {
    const auto doc = sori::parse_document("제목\n\n첫 줄이 이어지고\n다음 줄에서 끝납니다.\n\n  1. 하나\n  2. 둘\n     이어짐\n");
    const auto& paragraphs = doc.sections[0].paragraphs;
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs[0].units == std::vector<std::string>{"첫 줄이 이어지고 다음 줄에서 끝납니다."});
    CHECK(paragraphs[1].units == std::vector<std::string>{"1. 하나", "2. 둘 이어짐"});
}

TEST_CASE("A text without a title line takes the fallback title and does not speak it", "[structure]") {
    sori::StructureOptions options;
    options.fallback_title = "my-post";
    const auto doc = sori::parse_document("이것은 첫 문장입니다. 두 번째 문장입니다.\n", options);
    CHECK(doc.title == "my-post");
    CHECK_FALSE(doc.sections[0].spoken_title);
}

TEST_CASE("A level-1 heading that opens the body names the document before front matter does", "[structure]") {
    const auto doc = sori::parse_document("---\ntitle: 긴 문서 제목\n---\n# 들어가며\n\n본문입니다.\n\n> 인용\n>\n> 둘째 인용\n");
    CHECK(doc.title == "들어가며");
    CHECK(chapter_names(doc) == std::vector<std::string>{"들어가며"});
    CHECK(doc.sections[0].spoken_title);
    CHECK(doc.sections[0].paragraphs.size() == 3);
}

TEST_CASE("Sentence-like endings are recognised through closing quotes", "[structure]") {
    auto [line, expected] = GENERATE(table<std::string, bool>({
        {"끝났습니다.", true}, {"그랬죠", true}, {"정말일까", true}, {"“좋아요”", true}, {"마무리", false}, {"1. AI 인재", false},
    }));
    CHECK(sori::ends_like_sentence(line) == expected);
}
