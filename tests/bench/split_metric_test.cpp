#include <catch2/catch.hpp>

#include "metrics/split_metric.h"

namespace {

sori::SplitScore score(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
    sori::SplitScore total;
    sori::score_document(gold, predicted, total);
    return total;
}

}  // namespace

TEST_CASE("A perfect split scores one on every measure", "[metric]") {
    const auto s = score({"가나다.", "라마."}, {"가나다.", "라마."});
    CHECK(s.exact_match == 2);
    CHECK(s.f1 == 2);
    CHECK(s.normalized_f1 == 2);
}

TEST_CASE("White space does not count", "[metric]") {
    const auto s = score({"가 나.", "다 라."}, {"가나.", " 다라. "});
    CHECK(s.exact_match == 2);
}

TEST_CASE("An under-split pairs its one prediction with one gold sentence", "[metric]") {
    // gold 4 + 2 chars, one prediction of 6: Dice 2*4/(4+6) = 0.8 for the first, nothing for the second.
    const auto s = score({"가나다라", "마바"}, {"가나다라마바"});
    CHECK(s.exact_match == 0);
    CHECK(s.f1 == Approx(0.8));
    CHECK(s.normalized_f1 == Approx(0.8));  // 2 gold / 1 predicted: no penalty
}

TEST_CASE("Over-splitting is punished by NF1 but not by F1 alone", "[metric]") {
    // gold "가나다라": predictions "가나" and "다라" → best Dice 2*2/(4+2) = 2/3; NF1 × 1/2.
    const auto s = score({"가나다라"}, {"가나", "다라"});
    CHECK(s.f1 == Approx(2.0 / 3));
    CHECK(s.normalized_f1 == Approx(1.0 / 3));
}

TEST_CASE("Gold files are read as documents separated by blank lines", "[metric]") {
    const auto docs = sori::parse_gold("가.\n나.\n\n다.\n\n\n라.\n");
    REQUIRE(docs.size() == 3);
    CHECK(docs[0].text() == "가.나.");
    CHECK(docs[2].sentences == std::vector<std::string>{"라."});
}
