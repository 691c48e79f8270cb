// End to end: `sori outline --json` and `--chapter-depth` through the real binary, the JSON read
// back with nlohmann_json (not the writer's structs); a render's manifest lists deeper headings.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/e2e.h"
#include "support/riff_reader.h"

namespace fs = std::filesystem;
using namespace test::e2e;

namespace {

const char* const article =
    "---\ntitle: 앞 제목\n---\n\n# 문서 제목\n\n서문입니다.\n\n## 첫째 장\n\n본문입니다.\n\n### 깊은 절\n\n- 항목입니다.\n\n## 둘째 장\n\n> 인용입니다.\n";

}  // namespace

TEST_CASE("outline --json shows the title, chapters, headings with levels and items with kinds", "[e2e][outline]") {
    const fs::path dir = project("outline-json");
    std::ofstream(dir / "input" / "doc.md", std::ios::binary) << article;
    const test::Result r = sori({"outline", "--json", "input/doc.md"}, dir);
    REQUIRE(r.exit_code == 0);
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    CHECK(doc["title"] == "문서 제목");
    REQUIRE(doc["chapters"].size() == 3);
    CHECK(doc["chapters"][1]["title"] == "첫째 장");
    CHECK(doc["chapters"][1]["level"] == 2);
    REQUIRE(doc["headings"].size() == 4);
    CHECK(doc["headings"][2] == nlohmann::json{{"title", "깊은 절"}, {"level", 3}, {"chapter", 2}});
    std::vector<std::string> kinds;
    for (const auto& item : doc["items"]) kinds.push_back(item["kind"]);
    CHECK(kinds == std::vector<std::string>{"heading", "prose", "heading", "prose", "heading", "list", "heading", "quote"});
}

TEST_CASE("A chapter depth of 3 makes level-3 headings chapters, and 0 is refused with one line", "[e2e][outline]") {
    const fs::path dir = project("outline-depth");
    std::ofstream(dir / "input" / "doc.md", std::ios::binary) << article;
    const nlohmann::json deep = nlohmann::json::parse(sori({"outline", "--json", "--chapter-depth", "3", "input/doc.md"}, dir).out);
    CHECK(deep["chapters"].size() == 4);
    const test::Result bad = sori({"outline", "--chapter-depth", "0", "input/doc.md"}, dir);
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.rfind("sori: error: ", 0) == 0);
}

TEST_CASE("A render marks chapters at levels 1-2 only and lists every heading with its level and start in the manifest", "[e2e][outline]") {
    const fs::path dir = project("render-headings");
    std::ofstream(dir / "input" / "doc.md", std::ios::binary) << article;
    const test::Result r = sori({"render", "-q", "input/doc.md"}, dir);
    REQUIRE(r.exit_code == 0);
    const nlohmann::json m = manifest(dir / "out" / "doc.json");
    CHECK(m["chapters"].size() == 3);
    REQUIRE(m["headings"].size() == 4);
    const nlohmann::json& deep = m["headings"][2];
    CHECK(deep["title"] == "깊은 절");
    CHECK(deep["level"] == 3);
    CHECK(deep["chapter"] == 2);
    CHECK(deep["start_sample"].get<long>() > m["chapters"][1]["start_sample"].get<long>());
    CHECK(deep["start_sample"].get<long>() < m["chapters"][2]["start_sample"].get<long>());
    CHECK(riff::read((dir / "out" / "doc.wav").string()).labels.size() == 3);
}

TEST_CASE("outline says where code blocks and tables are shown and not read; --read-tables lists the rows", "[e2e][outline]") {
    const fs::path dir = project("outline-shown");
    std::ofstream(dir / "input" / "doc.md", std::ios::binary)
        << "# 제목\n\n앞 문장입니다.\n\n```sh\nmake\nmake test\n```\n\n| 이름 | 값 |\n|---|---|\n| 사과 | 3 |\n\n뒤 문장입니다.\n";
    const test::Result text = sori({"outline", "input/doc.md"}, dir);
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("  2. 앞 문장입니다.\n     (code, 2 lines: shown, not read)\n     (table, 2 rows: shown, not read)\n  3. 뒤 문장입니다.\n") !=
          std::string::npos);
    const nlohmann::json doc = nlohmann::json::parse(sori({"outline", "--json", "input/doc.md"}, dir).out);
    REQUIRE(doc["shown"].size() == 2);
    CHECK(doc["shown"][0] == nlohmann::json{{"chapter", 1}, {"after_items", 2}, {"kind", "code"}, {"text", "make\nmake test"}});
    CHECK(doc["shown"][1]["text"] == "이름\t값\n사과\t3");
    CHECK(doc["items"].size() == 3);
    const nlohmann::json read = nlohmann::json::parse(sori({"outline", "--json", "--read-tables", "input/doc.md"}, dir).out);
    CHECK(read["shown"].size() == 1);
    REQUIRE(read["items"].size() == 5);
    CHECK(read["items"][2]["text"] == "이름, 값");
    CHECK(read["items"][2]["kind"] == "table");
}
