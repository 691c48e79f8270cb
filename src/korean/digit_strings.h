#pragma once
// Numbers that are names, not quantities, read digit by digit with 0 as 공 as Koreans read them
// aloud: telephone numbers in any grouping and separator (+82 10-1234-5678, (02) 123-4567,
// 02.123.4567, 1588-1234, 010 1234 5678), account and card numbers (123-456-789012,
// 1234 5678 9012 3456), serials of three or more hyphenated groups. And version numbers, read
// by their parts: 1.10.0 일 점 십 점 영, 192.168.0.1.
#include <optional>
#include <string_view>

#include "korean/number_expressions.h"

namespace sori {

// A telephone, account, card or serial number starting at `at` (a digit, + or an opening
// parenthesis); nullopt when the digits there are not one (a date or range is not).
std::optional<Reading> read_digit_string(std::string_view text, std::size_t at);

// Three or more dotted parts (1.10.0) starting at `at`; nullopt otherwise.
std::optional<Reading> read_version(std::string_view text, std::size_t at);

}  // namespace sori
