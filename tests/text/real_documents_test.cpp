#include <catch2/catch.hpp>
#include <filesystem>

#include "metrics/structure_metric.h"
#include "text/structure.h"
#include "text/text_reader.h"

namespace fs = std::filesystem;

TEST_CASE("Every real document of the dev set gets exactly its gold title and chapters", "[structure][articles]") {
    const std::string name = GENERATE(as<std::string>{}, "01_vue_composition_api_faq.md", "02_react_render_and_commit.md",
                                      "03_hangulize_readme.md", "04_jekyll_ko_posts.md", "05_hexo_ko_docs_index.md",
                                      "06_krgil_stock_diary_20230822.md", "07_precedent_2000meu1257.md", "08_linm_readme_ko.txt",
                                      "09_jsboard_readme_operate.txt", "10_jsboard_gpl2_ko.txt", "11_oops_firewall_install_ko.txt",
                                      "12_wine_readme_ko.txt");
    const fs::path article = fs::path(SORI_TEST_DATA) / "real-articles" / name;
    sori::StructureOptions options;
    options.fallback_title = article.stem().string();
    options.format = sori::format_for_path(article);
    const sori::Document doc = sori::parse_document(sori::read_article(article).text, options);
    const sori::StructureScore score =
        sori::score_structure(doc, sori::read_structure_gold(fs::path(article).replace_extension(".json")), options.fallback_title);
    INFO(name << ": title " << doc.title);
    for (const std::string& w : score.wrong) INFO(w);
    CHECK(score.title_right);
    CHECK(score.chapters_exact);
}

TEST_CASE("The structure metric counts a wrong, a missing and an extra chapter", "[structure][metric]") {
    sori::Document doc;
    doc.title = "제목";
    doc.sections = {{"제목", 0, true, {}}, {"하나", 2, true, {}}, {"셋", 2, true, {}}, {"깊은 곳", 3, true, {}}};
    sori::StructureGold gold;
    gold.title = "제목";
    gold.chapters = {"하나", "둘"};
    gold.subheadings = {"깊은 곳"};
    const sori::StructureScore s = sori::score_structure(doc, gold, "file");
    CHECK(s.title_right);
    CHECK_FALSE(s.chapters_exact);
    CHECK(s.chapters.matched == 1);
    CHECK(s.chapters.precision() == Approx(0.5));
    CHECK(s.chapters.recall() == Approx(0.5));
    CHECK(s.subheadings.recall() == Approx(1.0));
    CHECK(s.wrong == std::vector<std::string>{"+ 셋", "- 둘"});
}
