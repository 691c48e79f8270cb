#include "korean/korean_numbers.h"

#include <array>
#include <vector>

namespace sori {
namespace {

constexpr std::array<std::string_view, 10> sino_digits{"영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"};
// Units of four-digit groups: 만 10^4, 억 10^8, 조 10^12, 경 10^16, 해 10^20.
constexpr std::array<std::string_view, 6> group_units{"", "만", "억", "조", "경", "해"};

std::string_view without_leading_zeros(std::string_view digits) {
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    return digits;
}

// One group of up to four digits, "일" left out before 십, 백 and 천 (십, 백, 천; not 일십),
// appended to `text`.
void add_group_reading(std::string_view group, std::string& text) {
    static constexpr std::array<std::string_view, 4> places{"천", "백", "십", ""};
    const std::size_t offset = 4 - group.size();
    for (std::size_t i = 0; i < group.size(); ++i) {
        const int digit = group[i] - '0';
        const std::size_t place = offset + i;
        if (digit == 0) continue;
        if (digit != 1 || place == 3) text += sino_digits[digit];
        text += places[place];
    }
}

}  // namespace

std::string sino_number(std::string_view digits) {
    digits = without_leading_zeros(digits);
    if (digits.empty()) return "";
    if (digits == "0") return std::string(sino_digits[0]);
    if (digits.size() > 4 * group_units.size()) return digit_names(digits);
    std::string text;
    text.reserve(digits.size() * 6);
    const std::size_t groups = (digits.size() + 3) / 4;
    std::size_t start = 0;
    for (std::size_t g = groups; g-- > 0;) {
        const std::size_t length = digits.size() - start - 4 * g;
        const std::string_view group = digits.substr(start, length);
        start += length;
        if (group.find_first_not_of('0') == std::string_view::npos) continue;
        // 10,000 is 만, not 일만; 일억, 일조 keep their 일.
        if (g != 1 || without_leading_zeros(group) != "1") add_group_reading(group, text);
        text += group_units[g];
    }
    return text;
}

std::string native_number(std::string_view digits, bool attributive) {
    digits = without_leading_zeros(digits);
    const std::uint64_t value = digits_value(digits);
    if (value == 0 || value == UINT64_MAX) return sino_number(digits);
    static constexpr std::array<const char*, 10> tens{"", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"};
    static constexpr std::array<const char*, 10> units{"", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"};
    static constexpr std::array<const char*, 10> attributive_units{"", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"};
    const std::uint64_t below_hundred = value % 100;
    std::string text;
    if (value >= 100) text = sino_number(std::to_string(value - below_hundred));
    if (below_hundred == 20 && attributive) return text + "스무";
    text += tens[below_hundred / 10];
    text += (attributive ? attributive_units : units)[below_hundred % 10];
    return text;
}

std::string digit_names(std::string_view digits, std::string_view zero) {
    std::string text;
    for (char c : digits)
        if (c >= '0' && c <= '9') text += c == '0' ? zero : sino_digits[c - '0'];
    return text;
}

std::string decimal_number(std::string_view integer_digits, std::string_view fraction_digits) {
    std::string text = integer_digits.empty() ? std::string(sino_digits[0]) : sino_number(integer_digits);
    if (!fraction_digits.empty()) text += "점" + digit_names(fraction_digits);
    return text;
}

std::uint64_t digits_value(std::string_view digits) {
    std::uint64_t value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') continue;
        if (value > (UINT64_MAX - 9) / 10) return UINT64_MAX;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return value;
}

}  // namespace sori
