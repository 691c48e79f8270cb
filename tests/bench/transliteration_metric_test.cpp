// The transliteration metric: accepted spellings from patterns, jamo CER, Latin counted.
#include <catch2/catch.hpp>

#include "metrics/transliteration_metric.h"

TEST_CASE("A pattern accepts every combination of its groups and optional parts", "[metric]") {
    CHECK(sori::accepted_spellings("리액트") == std::vector<std::string>{"리액트"});
    CHECK(sori::accepted_spellings("(리포|레포)지토리") == std::vector<std::string>{"리포지토리", "레포지토리"});
    CHECK(sori::accepted_spellings("노트북?") == std::vector<std::string>{"노트북", "노트"});
    CHECK(sori::accepted_spellings("뉴 욕(시티)?") == std::vector<std::string>{"뉴욕시티", "뉴욕"});
}

TEST_CASE("The jamo error rate counts initial, vowel and final edits", "[metric]") {
    CHECK(sori::to_jamo("각").size() == 3);
    CHECK(sori::to_jamo("가").size() == 2);
    CHECK(sori::edit_distance(sori::to_jamo("카피"), sori::to_jamo("커피")) == 1);
    CHECK(sori::edit_distance(sori::to_jamo("리액트"), sori::to_jamo("리액트")) == 0);
}

TEST_CASE("Scores are kept per category with the closest spelling's errors and Latin left", "[metric]") {
    const std::vector<sori::TransliterationCase> cases{{"tech", "React", "리액트"}, {"tech", "Docker", "도커"}, {"name", "Kim", "(김|킴)"}};
    const auto scores = sori::score_transliteration(cases, [](const std::string& english) {
        return english == "React" ? std::string("리액트") : english == "Docker" ? std::string("Docker") : std::string("킴");
    });
    CHECK(scores.at("all").right == 2);
    CHECK(scores.at("tech").right == 1);
    CHECK(scores.at("tech").with_latin == 1);
    CHECK(scores.at("name").jamo_errors == 0);
    CHECK(scores.at("all").misses.empty());
    CHECK(scores.at("tech").misses.size() == 1);
}
