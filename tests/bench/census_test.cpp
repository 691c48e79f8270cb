#include <catch2/catch.hpp>

#include "metrics/census_metric.h"
#include "render/renderer.h"
#include "speech/script.h"
#include "text/structure.h"

namespace {

// The whole pipeline over every text of tests/data's copies of ../shared/data and the sample.
sori::Census census_of_test_data() {
    sori::Census census;
    census.list = 20;
    std::vector<sori::CensusText> texts = sori::census_texts(SORI_TEST_DATA, std::string(SORI_TEST_DATA) + "/real-articles");
    texts.push_back({"input/meta-ai-strategy.txt", SORI_SAMPLE_ARTICLE, {}});
    for (const sori::CensusText& text : texts) {
        const sori::Script script = text.file.empty() ? sori::build_script(sori::parse_document(text.text, {"case"}))
                                                      : sori::script_for(text.file);
        for (const sori::ScriptItem& item : script.items) sori::count_leftovers(census, text.source, item.pronounced);
    }
    return census;
}

}  // namespace

TEST_CASE("Hangul, spaces and the pauses eSpeak keeps silent pass; symbols, digits, Latin and other scripts do not", "[census]") {
    const char32_t passing = GENERATE(U'가', U'힣', U' ', U'.', U',', U'?', U'!', U'…', U'“', U'(', U'」', U'–');
    CHECK(sori::passes_to_espeak(passing));
    const char32_t stopped = GENERATE(U'/', U'+', U'=', U'#', U'&', U'%', U'@', U'\\', U'~', U'*', U'3', U'a', U'→', U'≥', U'±',
                                      U'×', U'°', U'①', U'Ⅳ', U'α', U'カ', U'ㅋ', U'中', U'😀', U'■', U'™', U'㎏', U'Ａ');
    CHECK_FALSE(sori::passes_to_espeak(stopped));
}

TEST_CASE("The census counts each leftover character by class, with the word it stood in", "[census]") {
    sori::Census census;
    sori::count_leftovers(census, "a", "안녕하세요. 반갑습니다!");
    sori::count_leftovers(census, "b", "값은 3/4 → 끝");
    sori::count_leftovers(census, "b", "α 입니다");
    CHECK(census.items == 3);
    CHECK(census.items_with_leftovers == 2);
    CHECK(census.classes.at("digit").characters == 2);
    CHECK(census.classes.at("ASCII symbol").characters == 1);
    CHECK(census.classes.at("arrow").characters == 1);
    CHECK(census.classes.at("Greek").characters == 1);
    CHECK(census.classes.at("digit").examples.count("3/4") == 1);
    CHECK(census.sources.at("b") == 2);
    CHECK(census.sources.count("a") == 0);
}

TEST_CASE("Nothing but Hangul and pauses reaches eSpeak from any dev article, set or the sample", "[census]") {
    const sori::Census census = census_of_test_data();
    INFO([&] {
        std::string listed;
        for (const std::string& line : census.listed) listed += line + "\n";
        return listed;
    }());
    CHECK(census.items > 2500);  // every article and set was read
    CHECK(census.items_with_leftovers == 0);
}
