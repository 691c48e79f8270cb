#include <catch2/catch.hpp>

#include "text/structure.h"

namespace {

sori::Document md(const std::string& text) {
    sori::StructureOptions options;
    options.fallback_title = "file";
    options.format = sori::TextFormat::markdown;
    return sori::parse_document(text, options);
}

std::vector<std::pair<std::string, int>> headings(const sori::Document& doc) {
    std::vector<std::pair<std::string, int>> out;
    for (const auto& s : doc.sections) out.emplace_back(s.title, s.level);
    return out;
}

// What is read aloud, a unit a line (code blocks are shown by the read-along formats, not read).
std::string all_text(const sori::Document& doc) {
    std::string text;
    for (const auto& s : doc.sections)
        for (const auto& p : s.paragraphs)
            if (p.kind != sori::ParagraphKind::code)
                for (const auto& u : p.units) text += u + "\n";
    return text;
}

std::vector<std::string> code_blocks(const sori::Document& doc) {
    std::vector<std::string> blocks;
    for (const auto& s : doc.sections)
        for (const auto& p : s.paragraphs)
            if (p.kind == sori::ParagraphKind::code) blocks.insert(blocks.end(), p.units.begin(), p.units.end());
    return blocks;
}

}  // namespace

TEST_CASE("Markdown headings keep their level and the text a reader sees", "[markdown]") {
    auto [source, title, level] = GENERATE(table<std::string, std::string, int>({
        {"# 제목\n\n본문.\n", "제목", 1},
        {"## 둘째 ##\n\n본문.\n", "둘째", 2},
        {"셋째\n===\n\n본문.\n", "셋째", 1},
        {"넷째\n---\n\n본문.\n", "넷째", 2},
        {"### **굵은** `코드` 제목\n\n본문.\n", "굵은 코드 제목", 3},
        {"## 컴포지션 API란? {#what-is-composition-api}\n\n본문.\n", "컴포지션 API란?", 2},
        {"## 1단계: 렌더링 트리거 {/*step-1-trigger-a-render*/}\n\n본문.\n", "1단계: 렌더링 트리거", 2},
        {"## [링크](https://x.y) 제목\n\n본문.\n", "링크 제목", 2},
    }));
    const sori::Document doc = md(source);
    const auto found = headings(doc);
    REQUIRE(found.size() >= 1);
    CHECK(found.back() == std::pair{title, level});
}

TEST_CASE("A thematic break after a blank line is no heading, and never a chapter named =====", "[markdown]") {
    const sori::Document doc = md("# 제목\n\n문단입니다.\n\n----\n\n다음 문단입니다.\n\n====\n");
    CHECK(headings(doc) == std::vector<std::pair<std::string, int>>{{"제목", 1}});
    CHECK(all_text(doc) == "문단입니다.\n다음 문단입니다.\n====\n");
}

TEST_CASE("Code, HTML comments, images, link targets and front matter are not read", "[markdown]") {
    const sori::Document doc = md(
        "---\ntitle: 앞 제목\ntags: [a, b]\n---\n\n본문에 [링크](https://x.y)가 있습니다.\n\n```js\nconst a = '읽지 마세요.';\n```\n\n"
        "    들여쓴 코드입니다.\n\n<!--\n## 주석 속 제목\n-->\n\n![그림 설명](a.png)\n\n[1]: https://example.com\n");
    CHECK(doc.title == "앞 제목");
    CHECK(headings(doc) == std::vector<std::pair<std::string, int>>{{"앞 제목", 0}});
    CHECK(all_text(doc) == "본문에 링크가 있습니다.\n");
}

TEST_CASE("Code blocks are kept as written, to be shown and not read, without keeping an empty opening", "[markdown][code]") {
    const sori::Document doc = md("```js\nconst a = 1;\n  if (a) {\n    go();\n  }\n```\n\n# 제목\n\n본문입니다.\n\n    들여쓴 <코드>\n    둘째 줄\n");
    CHECK(headings(doc) == std::vector<std::pair<std::string, int>>{{"제목", 1}});  // the code alone keeps no opening section
    CHECK(code_blocks(doc) == std::vector<std::string>{"const a = 1;\n  if (a) {\n    go();\n  }", "들여쓴 <코드>\n둘째 줄"});
    CHECK(all_text(doc) == "본문입니다.\n");
}

TEST_CASE("Front matter title comes from YAML or TOML, and a YAML comment is no title", "[markdown]") {
    auto [source, title] = GENERATE(table<std::string, std::string>({
        {"---\n#title: Posts\ntitle: 포스트\n---\n\n본문.\n", "포스트"},
        {"---\ntitle: \"따옴표 제목\"\nmeta:\n  title: 안쪽\n---\n\n본문.\n", "따옴표 제목"},
        {"---\nmeta:\n  title: 안쪽\n사건명: 손해배상\n---\n\n본문.\n", "file"},
        {"+++\ntitle = \"톰 제목\"\n[params]\ntitle = \"아님\"\n+++\n\n본문.\n", "톰 제목"},
        {"---\ntitle: [깨진 yaml\n---\n\n본문.\n", "file"},
    }));
    CHECK(md(source).title == title);
}

TEST_CASE("The first level-1 heading names the document when it opens the text or is the only one", "[markdown]") {
    CHECK(md("## 안내\n\n공지입니다.\n\n유일한 제목\n===\n\n본문.\n").title == "유일한 제목");
    CHECK(md("---\ntitle: 앞 제목\n---\n\n서문입니다.\n\n# 첫째\n\n본문.\n\n# 둘째\n\n본문.\n").title == "앞 제목");
    const sori::Document opening = md("---\ntitle: 앞 제목\n---\n\n서문입니다.\n\n## 첫째\n\n본문.\n");
    REQUIRE(opening.sections.size() == 2);
    CHECK(opening.sections[0].level == 0);
    CHECK(opening.sections[0].spoken_title);
    CHECK(opening.sections[0].paragraphs.at(0).units.at(0) == "서문입니다.");
}

TEST_CASE("MDX components keep their text, empty ones and their attributes go", "[markdown][mdx]") {
    const sori::Document doc = md(
        "# 제목\n\n<Intro>\n\n소개 문장입니다.\n\n</Intro>\n\n<Illustration caption=\"Trigger\" alt=\"English alt\"\n  src=\"/a.png\" />\n\n"
        "<YouTubeIframe src=\"x\" />\n\n::: tip 참고\n상자 안 문장입니다.\n:::\n\n{% youtube abc %}\n\n끝 문장입니다.\n");
    CHECK(all_text(doc) == "소개 문장입니다.\n상자 안 문장입니다.\n끝 문장입니다.\n");
}

TEST_CASE("HTML blocks give their text and their h1-h6 headings", "[markdown][html]") {
    const sori::Document doc = md(
        "# 제목\n\n<div class=\"note\">\n<!--\n  <h5>Tip: English</h5>\n-->\n  <h5>팁: 링크하기</h5>\n  <p>\n    <code>post_url</code> 태그를 &lt;쓰세요&gt;.\n  </p>\n</div>\n");
    const auto found = headings(doc);
    REQUIRE(found.size() == 2);
    CHECK(found[1] == std::pair<std::string, int>{"팁: 링크하기", 5});
    CHECK(all_text(doc) == "post_url 태그를 <쓰세요>.\n");
}

TEST_CASE("Lists: items apart, ordered items numbered even when written 1. 1. 1.", "[markdown][list]") {
    const sori::Document doc = md("# 제목\n\n1. 하나\n1. 둘\n1. 셋\n\n- 가\n  - 나\n");
    REQUIRE(doc.sections.at(0).paragraphs.size() == 2);
    CHECK(doc.sections[0].paragraphs[0].units == std::vector<std::string>{"1. 하나", "2. 둘", "3. 셋"});
    CHECK(doc.sections[0].paragraphs[0].kind == sori::ParagraphKind::list);
    CHECK(doc.sections[0].paragraphs[1].units == std::vector<std::string>{"가", "나"});
}

TEST_CASE("Tables of contents and navigation made of links are not read", "[markdown][furniture]") {
    const sori::Document doc = md("# 제목\n\n- [첫째](#first)\n- [둘째](#second)\n\n[뒤로](../a.md) / [위로](#top)\n\n<img src=\"a.png\"></br>\n\n"
                                  "[공식 문서](https://vuejs.org)를 보세요.\n\n_Development_common_sense.end_\n");
    CHECK(all_text(doc) == "공식 문서를 보세요.\n");
}

TEST_CASE("A link alone under a picture is its caption and is not read; a link alone elsewhere is", "[markdown][furniture]") {
    const sori::Document doc = md("# 제목\n\n![사진](a.png)\n\n[출처](https://example.com/photo)\n\n[공식 문서](https://example.com/docs)\n");
    CHECK(all_text(doc) == "공식 문서\n");
}

TEST_CASE("Quotes and tables keep their kind; emphasis inside words is only markup", "[markdown]") {
    const sori::Document doc = md("# 제목\n\n> 인용 문장입니다.\n\n| 이름 | 값 |\n|---|:---:|\n| 가 | 1 |\n\n강**조**된 ~~지운~~ 글자입니다.\n");
    const auto& ps = doc.sections.at(0).paragraphs;
    REQUIRE(ps.size() == 3);
    CHECK(ps[0].kind == sori::ParagraphKind::quote);
    CHECK(ps[1].kind == sori::ParagraphKind::table);
    CHECK(ps[1].units == std::vector<std::string>{"이름\t값", "가\t1"});  // a row a unit, cells TAB apart
    CHECK(ps[2].units.at(0) == "강조된 지운 글자입니다.");
}
