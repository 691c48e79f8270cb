#include <catch2/catch.hpp>

#include "korean/korean_numbers.h"

TEST_CASE("Sino-Korean numbers of any size leave out 일 before 십, 백, 천 and 만", "[numbers]") {
    const auto [digits, spoken] = GENERATE(table<std::string, std::string>({
        {"0", "영"}, {"7", "칠"}, {"10", "십"}, {"11", "십일"}, {"100", "백"}, {"1004", "천사"}, {"10000", "만"},
        {"11020", "만천이십"}, {"100000000", "일억"}, {"1000000000000", "일조"}, {"20000000000001", "이십조일"},
        {"123456789", "일억이천삼백사십오만육천칠백팔십구"}, {"10000000000000000", "일경"}, {"007", "칠"},
    }));
    CHECK(sori::sino_number(digits) == spoken);
}

TEST_CASE("Native numbers count things up to 99 and borrow Sino-Korean hundreds beyond", "[numbers]") {
    const auto [digits, attributive, standalone] = GENERATE(table<std::string, std::string, std::string>({
        {"1", "한", "하나"}, {"2", "두", "둘"}, {"3", "세", "셋"}, {"4", "네", "넷"}, {"20", "스무", "스물"},
        {"21", "스물한", "스물하나"}, {"40", "마흔", "마흔"}, {"99", "아흔아홉", "아흔아홉"}, {"101", "백한", "백하나"},
        {"100001", "십만한", "십만하나"}, {"1000", "천", "천"},
    }));
    CHECK(sori::native_number(digits) == attributive);
    CHECK(sori::native_number(digits, false) == standalone);
}

TEST_CASE("Decimals read the fraction digit by digit, and codes read every digit", "[numbers]") {
    CHECK(sori::decimal_number("13", "4") == "십삼점사");
    CHECK(sori::decimal_number("0", "05") == "영점영오");
    CHECK(sori::digit_names("010") == "영일영");
    CHECK(sori::digits_value("18446744073709551616") == UINT64_MAX);
}
