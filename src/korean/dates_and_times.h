#pragma once
// Dates and times in numbers, read as a Korean narrator reads them: 2024. 1. 19., 2024-01-19,
// 2024/3/20, 10/30/2024 (month first, as in the US) but 25/12/2024 and 25.12.2024 day first when
// the first number cannot be a month; 2024. 1.; 3/5(수); weekdays in brackets; clock times with
// native hours (11:40 열한 시 사십 분) and seconds, AM/PM (3:30 PM 오후 세 시 삼십 분); English
// month names (Dec 25, 2024).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "korean/number_expressions.h"

namespace sori {

std::optional<Reading> read_date(std::string_view text, std::size_t at);
std::optional<Reading> read_time(std::string_view text, std::size_t at);  // also 9am, 3:30 PM

// Dates with English month names: Dec 25, 2024 / 25 December 2024 / March 2023 → 2024년 12월 25일.
std::optional<Reading> read_english_date(std::string_view text, std::size_t at);

// "(금)" or "(화〜일)" after a date: " 금요일", " 화요일부터 일요일".
std::optional<Reading> read_weekday(std::string_view text, std::size_t at);

// 유월, 시월, 삼월.
std::string month_name(std::uint64_t month);

// An hour before 시: native (세시) on a twelve-hour clock, else Sino-Korean (십사시).
std::string hour_reading(std::uint64_t hour, bool twelve_hour);

}  // namespace sori
