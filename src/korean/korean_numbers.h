#pragma once
// Korean readings of numbers: Sino-Korean (일, 이, 삼 … 만, 억, 조, 경) for any size, native
// Korean (하나, 둘 … 아흔아홉) for counting things, digit by digit for codes and telephone
// numbers, and decimals. Numbers arrive as ASCII digit strings, so their size is not limited.
#include <cstdint>
#include <string>
#include <string_view>

namespace sori {

// "13000" → 만삼천, "100000000" → 일억, "0" → 영. Leading zeros are ignored; commas are not
// accepted (strip them first). Beyond 10^24 − 1 the number is read digit by digit.
std::string sino_number(std::string_view digits);

// 1–99 in native Korean. `attributive`: the form before a counter (한, 두, 세, 네, 스무);
// otherwise the form that stands alone (하나, 둘, 셋, 넷, 스물). Numbers of 100 and more take
// Sino-Korean hundreds and native units, as Korean does (101개 → 백한 개).
std::string native_number(std::string_view digits, bool attributive = true);

// "010" → 영일영: each digit by its Sino-Korean name.
std::string digit_names(std::string_view digits, std::string_view zero = "영");  // 공 for telephone numbers

// "3.14" → 삼점일사, "0.5" → 영점오: the integer part as a number, the fraction digit by digit.
std::string decimal_number(std::string_view integer_digits, std::string_view fraction_digits);

// The value of a digit string that fits in 64 bits (else UINT64_MAX).
std::uint64_t digits_value(std::string_view digits);

}  // namespace sori
