#pragma once
// Numbers in context, read as a Korean narrator reads them: dates and times (dates_and_times.h),
// telephone, account and card numbers and versions (digit_strings.h), money (₩, $, €, ¥, £,
// currency codes before or after the amount — currency_names.h —, 만/억/조 원), percent,
// measurement units, fractions, ranges, ordinals (번째, 제N장, 1st), and counters that take
// native numerals (세 가지, 스무 살, 백한 개).
#include <optional>
#include <string>
#include <string_view>

namespace sori {

struct Reading {
    std::size_t end = 0;  // the byte after what was read
    std::string spoken;   // its reading
};

// Reads the number expression that starts at `at` in `text` (a digit, a sign, a currency symbol
// or an opening parenthesis of a telephone number), looking at what comes before for context
// (오전/오후 before a time, 제 before an ordinal). nullopt when nothing starts there.
std::optional<Reading> read_number_expression(std::string_view text, std::size_t at);

// A currency code or symbol word at `at` (KRW, USD, US$, HK$, EUR …) followed by an amount.
std::optional<Reading> read_currency_code_amount(std::string_view text, std::size_t at);


}  // namespace sori
