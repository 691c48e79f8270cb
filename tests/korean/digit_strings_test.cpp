#include <catch2/catch.hpp>

#include "korean/digit_strings.h"
#include "korean/text_normalizer.h"
#include "support/spoken.h"

TEST_CASE("Telephone numbers are read digit by digit, zero as 공, in any grouping and separator", "[digit_strings]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"031-987-6543", "공삼일구팔칠육오사삼"}, {"02.555.0199", "공이오오오공일구구"}, {"1577-0011", "일오칠칠공공일일"},
        {"010 9876 5432", "공일공구팔칠육오사삼이"}, {"+81 3-1234-5678", "국가번호팔일삼일이삼사오육칠팔"},
        {"+82 10 5555 0000", "국가번호팔이일공오오오오공공공공"}, {"(051) 700-1234", "공오일칠공공일이삼사"}, {"070-4321-8765", "공칠공사삼이일팔칠육오"},
        {"555-0198로 전화", "오오오공일구팔로전화"}, {"02)123-4567", "공이일이삼사오육칠"},
    }));
    CAPTURE(written);
    CHECK(test::said_without_spaces(written) == spoken);
}

TEST_CASE("Account, card and serial numbers are read digit by digit; ranges and quantities are not", "[digit_strings]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"계좌 302-0118-4455-21", "계좌삼공이공일일팔사사오오이일"}, {"4000 1234 5678 9010", "사공공공일이삼사오육칠팔구공일공"},
        {"비밀번호 0420", "비밀번호공사이공"}, {"마지막 네 자리 8080", "마지막네자리팔공팔공"},
        {"2020-2024년", "이천이십-이천이십사년"}, {"100-200개", "백-이백개"}, {"1 2 3", "일이삼"}, {"인구 5100만", "인구오천백만"},
    }));
    CAPTURE(written);
    CHECK(test::said_without_spaces(written) == spoken);
}

TEST_CASE("Versions are read by their parts and English ordinals as Korean ones", "[digit_strings]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"1.10.0", "일점십점영"}, {"버전 3.2.15", "버전삼점이점십오"}, {"192.168.0.1", "백구십이점백육십팔점영점일"}, {"2.07.1", "이점영칠점일"},
        {"1st", "첫번째"}, {"2nd", "두번째"}, {"3rd", "세번째"}, {"24th", "스물네번째"}, {"101st", "백일번째"},
    }));
    CAPTURE(written);
    CHECK(test::said_without_spaces(written) == spoken);
}
