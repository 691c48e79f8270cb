#include <catch2/catch.hpp>

#include "korean/hanja_reader.h"
#include "korean/pronunciation.h"
#include "korean/text_normalizer.h"

TEST_CASE("Hanja are read in Hangul with the initial-sound rule at the start of a word", "[hanja]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"人生", "인생"}, {"李", "이"}, {"老人", "노인"}, {"女子", "여자"}, {"理論", "이론"}, {"良心", "양심"},
        {"論理", "논리"}, {"比率", "비율"}, {"先烈", "선열"}, {"大韓民國", "대한민국"},
    }));
    CHECK(sori::normalize_text(written) == spoken);
}

TEST_CASE("Hanja inside a word after Hangul keep their own reading", "[hanja]") {
    CHECK(sori::normalize_text("생老") == "생로");
    CHECK(sori::normalize_text("大韓 民國 萬歲") == "대한 민국 만세");
}

TEST_CASE("A Hanja gloss right after the same word in Hangul is read once", "[hanja]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"인생(人生)은 짧다", "인생은 짧다"},
        {"주(主) 버전", "주 버전"},
        {"전 문 (前 文)", "전 문"},
        {"노인(老人)", "노인"},
        {"사람(人生)", "사람(인생)"},  // not the same word: read
        {"(無料)", "(무료)"},
    }));
    CHECK(sori::normalize_text(written) == spoken);
}

TEST_CASE("Hanja reach eSpeak as pronounced Hangul", "[hanja][pronunciation]") {
    CHECK(sori::pronounce(sori::normalize_text("國民")) == "궁민");
    CHECK(sori::is_hanja(U'人'));
    CHECK_FALSE(sori::is_hanja(U'가'));
}
