#include "korean/digit_strings.h"

#include <array>

#include "korean/korean_numbers.h"

namespace sori {
namespace {

bool digit_at(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }
bool alnum_at(std::string_view t, std::size_t i) {
    return digit_at(t, i) || (i < t.size() && ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'));
}
std::size_t digits_end(std::string_view t, std::size_t i) {
    while (digit_at(t, i)) ++i;
    return i;
}

// At most eight runs of digits, kept without a heap allocation (asked of every number).
struct DigitRuns {
    std::array<std::string_view, 8> runs{};
    std::size_t count = 0;
    std::size_t size() const { return count; }
    bool empty() const { return count == 0; }
    void push_back(std::string_view run) { runs[count++] = run; }
    std::string_view back() const { return runs[count - 1]; }
    std::string_view operator[](std::size_t i) const { return runs[i]; }
    const std::string_view* begin() const { return runs.data(); }
    const std::string_view* end() const { return runs.data() + count; }
};

struct Groups {
    DigitRuns digits;
    char separator = 0;  // '-', '.' or ' '
    std::size_t end = 0;
};

// Runs of digits joined by one kind of separator, from `at`. Spaces join groups only where a
// number read by its digits can start so (010 …, a card's 1234 …, after +82): a line of
// numbers is not looked at eight groups at a time.
Groups groups_from(std::string_view t, std::size_t at, bool after_country_code = false) {
    Groups g;
    std::size_t i = at;
    while (digit_at(t, i) && g.digits.size() < 8) {
        const std::size_t end = digits_end(t, i);
        g.digits.push_back(t.substr(i, end - i));
        i = end;
        const char c = i < t.size() ? t[i] : 0;
        const bool spaced_start = after_country_code || g.digits[0][0] == '0' || g.digits[0].size() == 4;
        const bool joins = (g.separator == 0 && (c != ' ' || spaced_start)) || g.separator == c ||
                           (c != ' ' && g.separator != ' ' && g.separator != 0);  // 123-456.7890
        if ((c == '-' || c == '.' || c == ' ') && joins && digit_at(t, i + 1)) {
            g.separator = g.separator == '-' ? '-' : c;
            ++i;
        } else {
            break;
        }
    }
    g.end = i;
    return g;
}

std::size_t total(const Groups& g) {
    std::size_t n = 0;
    for (std::string_view d : g.digits) n += d.size();
    return n;
}

// Whether the groups are a number read digit by digit rather than quantities.
bool names_a_line(const Groups& g, bool after_country_code) {
    const std::size_t n = g.digits.size();
    if (n < 2 || total(g) < 7 || g.digits.back().size() < (n >= 3 && g.separator == '-' ? 2u : 3u)) return false;
    for (std::string_view d : g.digits)
        if (d.size() > 8) return false;
    if (g.separator == ' ') {  // 010 1234 5678, a card's four fours, or after +82
        if (after_country_code) return n >= 2;
        const bool card = n == 4 && total(g) == 16;
        return card || (n >= 3 && g.digits[0][0] == '0' && g.digits[0].size() <= 4);
    }
    if (g.separator == '.') return n >= 3 && g.digits.back().size() == 4;  // 02.123.4567, not 192.168.0.1
    if (n == 2) {  // 1588-1234, 123-4567; but 2020-2024 is a range of years
        const auto a = digits_value(g.digits[0]), b = digits_value(g.digits[1]);
        const bool years = g.digits[0].size() == 4 && g.digits[1].size() == 4 && a >= 1000 && a < b && b < 3000;
        return g.digits[0].size() >= 3 && g.digits[1].size() == 4 && !years;
    }
    return true;
}

// Right after a word for a number that names something (번호, 자리 as in 네 자리), a colon or a space between.
bool after_number_word(std::string_view t, std::size_t at) {
    std::size_t end = at;
    if (end > 0 && t[end - 1] == ' ') --end;
    if (end > 0 && t[end - 1] == ':') --end;
    if (end > 0 && t[end - 1] == ' ') --end;
    for (std::string_view word : {"번호", "자리"})
        if (end >= word.size() && t.substr(end - word.size(), word.size()) == word) return end < at;
    return false;
}

std::string read_groups(const Groups& g) {
    std::string text;
    for (std::string_view d : g.digits) text += (text.empty() ? "" : " ") + digit_names(d, "공");
    return text;
}

}  // namespace

std::optional<Reading> read_digit_string(std::string_view t, std::size_t at) {
    if (digit_at(t, at) && after_number_word(t, at)) {  // 비밀번호 0000, 네 자리 7890: the digits themselves
        const std::size_t end = digits_end(t, at);
        if (!alnum_at(t, end) && (end >= t.size() || t[end] != '.' || !digit_at(t, end + 1))) return Reading{end, digit_names(t.substr(at, end - at), "공")};
    }
    std::string text;
    std::size_t i = at;
    const bool plus = t[i] == '+';
    if (plus) {  // +82 10-1234-5678: the country code, then the number
        const std::size_t cc_end = digits_end(t, i + 1);
        if (cc_end == i + 1 || cc_end - i - 1 > 3 || cc_end >= t.size() || (t[cc_end] != ' ' && t[cc_end] != '-')) return std::nullopt;
        text = "국가번호 " + digit_names(t.substr(i + 1, cc_end - i - 1), "공") + " ";
        i = cc_end + 1;
    }
    const bool half_bracket = digit_at(t, i) && t[i] == '0' && digits_end(t, i) < t.size() && t[digits_end(t, i)] == ')';  // 02)123-4567
    if ((i < t.size() && t[i] == '(') || half_bracket) {  // (02) 123-4567
        if (half_bracket) --i;  // as if the bracket opened before the digits
        const std::size_t g_end = digits_end(t, i + 1);
        if (g_end - i - 1 < 2 || g_end - i - 1 > 4 || g_end >= t.size() || t[g_end] != ')') return std::nullopt;
        text += digit_names(t.substr(i + 1, g_end - i - 1), "공") + " ";
        i = g_end + 1;
        if (i < t.size() && (t[i] == ' ' || t[i] == '-')) ++i;
        const Groups rest = groups_from(t, i);
        if (rest.digits.empty() || total(rest) < 7 - 3 || alnum_at(t, rest.end)) return std::nullopt;
        return Reading{rest.end, text + read_groups(rest)};
    }
    const Groups g = groups_from(t, i, plus);
    if (alnum_at(t, g.end) || !names_a_line(g, plus)) return std::nullopt;
    return Reading{g.end, text + read_groups(g)};
}

std::optional<Reading> read_version(std::string_view t, std::size_t at) {
    const Groups g = groups_from(t, at);
    if (g.separator != '.' || t.substr(at, g.end - at).find('-') != std::string_view::npos || g.digits.size() < 3 || alnum_at(t, g.end)) return std::nullopt;
    std::string text;
    for (std::string_view d : g.digits) {
        const bool leading_zero = d.size() > 1 && d[0] == '0';
        text += (text.empty() ? "" : " 점 ") + (leading_zero ? digit_names(d) : sino_number(d));
    }
    return Reading{g.end, text};
}

}  // namespace sori
