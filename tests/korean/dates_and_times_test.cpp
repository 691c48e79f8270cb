#include <catch2/catch.hpp>

#include "korean/dates_and_times.h"
#include "korean/text_normalizer.h"
#include "support/spoken.h"

TEST_CASE("Clock times read the hour 1–12 in native numbers, 13–24 in Sino-Korean", "[dates_and_times]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"11:40", "열한시사십분"}, {"07:05", "일곱시오분"}, {"12:00", "열두시"}, {"1:30", "한시삼십분"}, {"0:15", "영시십오분"},
        {"13:20", "십삼시이십분"}, {"23:59:30", "이십삼시오십구분삼십초"}, {"오후 2:10", "오후두시십분"}, {"저녁 7:00", "저녁일곱시"},
        {"AM 9:30 출발", "오전아홉시삼십분출발"}, {"12:30-13:30", "열두시삼십분부터십삼시삼십분"}, {"09:00~18:00", "아홉시부터십팔시"},
        {"3:30 PM", "오후세시삼십분"}, {"9am 출발", "오전아홉시출발"}, {"11 p.m.", "오후열한시"}, {"10:05 a.m.", "오전열시오분"},
    }));
    CAPTURE(written);
    CHECK(test::said_without_spaces(written) == spoken);
}

TEST_CASE("Dates go day first when the first number cannot be a month", "[dates_and_times]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"25/12/2024", "이천이십사년십이월이십오일"}, {"31.01.2023", "이천이십삼년일월삼십일일"}, {"13-06-2022", "이천이십이년유월십삼일"},
        {"03/04/2025", "이천이십오년삼월사일"}, {"12-25-2024", "이천이십사년십이월이십오일"},
        {"24.12.25 공지", "이십사년십이월이십오일공지"}, {"12.25(수)", "십이월이십오일수요일"}, {"12월 25일~27일", "십이월이십오일부터이십칠일"},
        {"버전 3.10.2", "버전삼점십점이"},
    }));
    CAPTURE(written);
    CHECK(test::said_without_spaces(written) == spoken);
}

TEST_CASE("Dates with English month names are read in Korean order", "[dates_and_times]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"Dec 25, 2024", "이천이십사년십이월이십오일"}, {"25 December 2024", "이천이십사년십이월이십오일"}, {"March 2023", "이천이십삼년삼월"},
        {"Sept. 3rd", "구월삼일"}, {"June 10 발표", "유월십일발표"}, {"May I help", "메이아이헬프"},
    }));
    CAPTURE(written);
    CHECK(test::said_without_spaces(written) == spoken);
}
