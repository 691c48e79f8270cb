#include <catch2/catch.hpp>

#include "korean/compatibility_fold.h"
#include "korean/text_normalizer.h"

TEST_CASE("Other ways of writing plain characters are folded to them", "[compatibility_fold]") {
    auto [written, plain] = GENERATE(table<std::string, std::string>({
        {"１２３ＡＢＣ", "123ABC"}, {"①②③", "123"}, {"⑴ 개요", "(1) 개요"}, {"㉮ 항목", "가 항목"}, {"Ⅳ장", "4장"}, {"ⅻ", "12"},
        {"㎏ ㎞", "kg km"}, {"㎡ ㎥", "m² m³"}, {"café naïve", "cafe naive"}, {"Straße", "Strasse"}, {"H₂O", "H2O"},
        {"1½", "1과1/2"}, {"2¼", "2와1/4"}, {"가\u3000나\u00A0다", "가 나\u00A0다"}, {"한국어 그대로", "한국어 그대로"},
    }));
    CHECK(sori::fold_compatibility(written) == plain);
}

TEST_CASE("Folded forms are then read like the plain ones", "[compatibility_fold]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"５㎏", "오 킬로그램"}, {"３０㎡", "삼십 제곱미터"}, {"제Ⅱ장", "제이 장"}, {"１½컵", "일과이분의 일컵"},
    }));
    CHECK(sori::normalize_text(written) == spoken);
}
