#include <catch2/catch.hpp>

#include "korean/korean_endings.h"

TEST_CASE("Final endings close a sentence, nouns and connectives that look alike do not", "[endings]") {
    auto [word, ends] = GENERATE(table<std::u32string, bool>({
        {U"먹었다", true}, {U"간다", true}, {U"학생이다", true}, {U"좋아요", true}, {U"그랬죠", true},
        {U"했습니까", true}, {U"갈까", true}, {U"자극함", true}, {U"있음", true}, {U"먹었걸랑", true},
        {U"잘됐네용", true}, {U"바다", false}, {U"날마다", false}, {U"하다", false}, {U"가져다", false},
        {U"주요", false}, {U"필요", false}, {U"그러니까", false}, {U"하지", false}, {U"웃음", false},
        {U"처음", false}, {U"다", false}, {U"AI", false},
    }));
    CHECK(sori::korean::ends_sentence(word, 0) == ends);
}

TEST_CASE("하지 마 ends a sentence only after a -지 word", "[endings]") {
    CHECK(sori::korean::ends_sentence(U"마", U'지'));
    CHECK_FALSE(sori::korean::ends_sentence(U"마", U'가'));
}

TEST_CASE("Next words that turn an ending into a connective or a quote are recognised", "[endings]") {
    CHECK(sori::korean::continues_clause(U"보니 벌써", false));
    CHECK(sori::korean::continues_clause(U"없이 부드럽게", true));
    CHECK_FALSE(sori::korean::continues_clause(U"없이 부드럽게", false));
    CHECK_FALSE(sori::korean::continues_clause(U"그리고 갔다", true));
    CHECK(sori::korean::continues_quote(U"하며 웃었다"));
    CHECK(sori::korean::continues_quote(U"라고 했다"));
    CHECK(sori::korean::continues_quote(U"물었다."));
    CHECK_FALSE(sori::korean::continues_quote(U"한 사람이 왔다"));
    CHECK_FALSE(sori::korean::continues_quote(U"고등학교 시절"));
}

TEST_CASE("Particles and connective endings trail off without ending a sentence", "[endings]") {
    CHECK(sori::korean::is_connective(U"모르겠지만"));
    CHECK(sori::korean::is_connective(U"해가"));
    CHECK(sori::korean::is_connective(U"그러니까"));
    CHECK_FALSE(sori::korean::is_connective(U"했던"));
    CHECK(sori::korean::is_nominal(U"뻑뻑함"));
    CHECK_FALSE(sori::korean::is_nominal(U"먹었다"));
}
