#include "korean/number_expressions.h"

#include <array>
#include <vector>

#include "base/utf8.h"
#include "korean/counters_and_units.h"
#include "korean/currency_names.h"
#include "korean/dates_and_times.h"
#include "korean/digit_strings.h"
#include "korean/korean_numbers.h"

namespace sori {
namespace {

bool digit_at(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }
using utf8::at_text;
bool letter_at(std::string_view t, std::size_t i) {
    return i < t.size() && ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z'));
}
std::size_t digits_end(std::string_view t, std::size_t i) {
    while (digit_at(t, i)) ++i;
    return i;
}
std::size_t skip_spaces(std::string_view t, std::size_t i, std::size_t most = 1) {
    while (most-- > 0 && i < t.size() && t[i] == ' ') ++i;
    return i;
}

struct Number {
    std::string integer;   // digits, commas removed
    std::string fraction;  // digits after the point
    std::size_t end = 0;
};

// 1,234,567.89: grouping commas only in groups of three, a point only before a digit.
std::optional<Number> parse_number(std::string_view t, std::size_t at, bool allow_fraction = true) {
    if (!digit_at(t, at)) return std::nullopt;
    Number n;
    std::size_t i = digits_end(t, at);
    n.integer = std::string(t.substr(at, i - at));
    if (i - at <= 3) {
        while (i + 3 < t.size() && t[i] == ',' && digits_end(t, i + 1) == i + 4) {
            n.integer += t.substr(i + 1, 3);
            i += 4;
        }
    }
    if (allow_fraction && i + 1 < t.size() && t[i] == '.' && digit_at(t, i + 1)) {
        const std::size_t f = digits_end(t, i + 1);
        n.fraction = std::string(t.substr(i + 1, f - i - 1));
        i = f;
    }
    n.end = i;
    return n;
}

std::string number_reading(const Number& n) {
    if (!n.fraction.empty()) return decimal_number(n.integer, n.fraction);
    if (n.integer.size() > 1 && n.integer[0] == '0') return digit_names(n.integer);  // 007, 010
    return sino_number(n.integer);
}

struct Currency {
    std::string_view code;
    std::string_view name;
};
constexpr std::array<Currency, 16> currencies{{{"₩", "원"},        {"$", "달러"},        {"€", "유로"},     {"¥", "엔"},
                                               {"£", "파운드"},    {"KRW", "원"},        {"USD", "달러"},   {"US$", "달러"},
                                               {"HK$", "홍콩 달러"}, {"EUR", "유로"},    {"JPY", "엔"},     {"CAD", "캐나다 달러"},
                                               {"CHF", "스위스 프랑"}, {"GBP", "파운드"}, {"CNY", "위안"},   {"AUD", "호주 달러"}}};

// The amount after a currency: 2,000 / 30조 / 3,400억 / 19.55 (cents for dollars).
std::optional<Reading> read_amount(std::string_view t, std::size_t at, std::string_view currency) {
    const std::size_t start = skip_spaces(t, at);
    const auto n = parse_number(t, start);
    if (!n) return std::nullopt;
    std::size_t end = n->end;
    std::string text;
    if (currency == "달러" && n->fraction.size() == 2) {
        text = sino_number(n->integer) + "달러";
        if (digits_value(n->fraction) > 0) text += " " + sino_number(n->fraction) + "센트";
        return Reading{end, text};
    }
    text = number_reading(*n);
    for (std::string_view unit : {"천만", "백만", "만", "억", "조"})
        if (at_text(t, end, unit)) {
            text += unit;
            end += unit.size();
            break;
        }
    if (at_text(t, end, currency)) end += currency.size();  // ₩2000원
    text += (currency == "원" || currency == "엔") ? std::string(currency) : " " + std::string(currency);
    return Reading{end, text};
}

// The name said after an amount: this file's short one for the common codes (100 USD 백 달러),
// else CLDR's (100 CHF 백 스위스 프랑).
std::string currency_after(std::string_view code, std::string_view cldr_name) {
    for (const Currency& c : currencies)
        if (c.code == code) return std::string(c.name);
    return std::string(cldr_name);
}

}  // namespace

std::optional<Reading> read_currency_code_amount(std::string_view text, std::size_t at) {
    // Every code is three characters not followed by a letter (USD, US$, CHF): most words end here.
    if (at + 3 > text.size() || letter_at(text, at + 3)) return std::nullopt;
    for (const Currency& c : currencies) {
        if (c.code.size() < 3) continue;
        std::string word(text.substr(at, c.code.size()));
        for (char& ch : word)
            if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
        if (word != c.code || letter_at(text, at + c.code.size())) continue;
        if (auto amount = read_amount(text, at + c.code.size(), c.name)) return amount;
    }
    if (const auto code = currency_code_at(text, at)) return read_amount(text, code->end, code->name);  // CLDR: SEK 100
    return std::nullopt;
}

namespace {

// The number and what counts it: 세 가지, 스무 살, 십사 시, 유월, 첫 번째, 삼 년.
std::optional<Reading> read_counted(std::string_view t, const Number& n, bool after_je) {
    const auto counter = counter_at(t, n.end);
    if (!counter || !n.fraction.empty()) return std::nullopt;
    const std::size_t word_at = t[n.end] == ' ' ? n.end + 1 : n.end;
    const std::size_t end = word_at + counter->word.size();
    const std::uint64_t value = digits_value(n.integer);
    const std::string word(counter->word);
    if (after_je) return Reading{end, sino_number(n.integer) + " " + word};  // 제3장 → 제삼 장
    switch (counter->kind) {
        case CounterKind::ordinal:
            if (value == 1) return Reading{end, "첫 " + word};
            return Reading{end, (value < 100 ? native_number(n.integer) : sino_number(n.integer)) + " " + word};
        case CounterKind::native:
            if (value == 0 || (counter->word == "대" && value >= 10 && value % 10 == 0)) break;  // 이십 대 (an age group)
            return Reading{end, native_number(n.integer) + " " + word};
        case CounterKind::hour:
            return Reading{end, hour_reading(value, value >= 1 && value <= 12)};  // 세 시, 십사 시
        case CounterKind::month:
            if (value >= 1 && value <= 12) return Reading{end, month_name(value) + (digit_at(t, end) ? " " : "")};
            break;
        case CounterKind::sino:
            break;
    }
    return Reading{end, (n.fraction.empty() ? sino_number(n.integer) : number_reading(n)) + " " + word};  // 09분 → 구 분
}

// 1~2명 → 한 명에서 두 명 (both numbers counted alike).
std::optional<Reading> read_counted_range(std::string_view t, const Number& first) {
    for (std::string_view dash : {"~", "〜", "～"}) {
        if (!at_text(t, first.end, dash) || !digit_at(t, first.end + dash.size())) continue;
        const auto second = parse_number(t, first.end + dash.size(), false);
        if (!second) return std::nullopt;
        const auto counted = read_counted(t, *second, false);
        const auto counter = counter_at(t, second->end);
        if (!counted || !counter || counter->kind != CounterKind::native) return std::nullopt;
        Number alike = first;
        alike.end = second->end;
        const auto first_counted = read_counted(t, alike, false);
        return Reading{counted->end, first_counted->spoken + "에서 " + counted->spoken};
    }
    return std::nullopt;
}

// 1st 첫 번째, 2nd 두 번째, 21st 스물한 번째, 101st 백일 번째.
std::optional<Reading> read_english_ordinal(std::string_view t, const Number& n) {
    if (!n.fraction.empty() || n.end + 2 > t.size() || letter_at(t, n.end + 2)) return std::nullopt;
    const std::string_view suffix = t.substr(n.end, 2);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    const std::uint64_t value = digits_value(n.integer);
    if (value == 0) return std::nullopt;
    const std::string number = value == 1 ? "첫" : value < 100 ? native_number(n.integer) : sino_number(n.integer);
    return Reading{n.end + 2, number + " 번째"};
}

// 3/4 → 사분의 삼, √1/2 → 이분의 루트 일, 1/2kg → 이분의 일 킬로그램
std::optional<Reading> read_fraction(std::string_view t, std::size_t at, bool root) {
    const std::size_t a_end = digits_end(t, at);
    if (a_end >= t.size() || t[a_end] != '/' || !digit_at(t, a_end + 1)) return std::nullopt;
    const std::size_t b_end = digits_end(t, a_end + 1);
    if (b_end < t.size() && (t[b_end] == '/' || (t[b_end] == '.' && digit_at(t, b_end + 1)))) return std::nullopt;
    const std::string_view b = t.substr(a_end + 1, b_end - a_end - 1);
    if (digits_value(b) < 2) return std::nullopt;
    Reading r{b_end, sino_number(b) + "분의 " + (root ? "루트 " : "") + sino_number(t.substr(at, a_end - at))};
    if (const auto unit = unit_at(t, r.end)) {
        r.spoken += " " + unit->spoken;
        r.end = unit->end;
    }
    return r;
}

}  // namespace

std::optional<Reading> read_number_expression(std::string_view t, std::size_t at) {
    // Every expression begins with a digit, + ( - $ or a symbol whose UTF-8 starts C2 (¥ £) or E2
    // (₩ € √ −): anything else is not looked at further (most of a Korean text).
    const unsigned char first = static_cast<unsigned char>(t[at]);
    if (!(first >= '0' && first <= '9') && first != '+' && first != '(' && first != '-' && first != '$' &&
        first != 0xC2 && first != 0xE2)
        return std::nullopt;
    for (std::size_t s = 0; s < 5; ++s)  // the symbols: ₩ $ € ¥ £
        if (at_text(t, at, currencies[s].code)) return read_amount(t, at + currencies[s].code.size(), currencies[s].name);
    if (t[at] == '+' || t[at] == '(') return read_digit_string(t, at);
    if (at_text(t, at, "√") && digit_at(t, at + 3)) return read_fraction(t, at + 3, true);
    if ((t[at] == '-' || at_text(t, at, "−")) && (at == 0 || t[at - 1] == ' ' || t[at - 1] == '(')) {
        const std::size_t digits = at + (t[at] == '-' ? 1 : 3);
        if (!digit_at(t, digits)) return std::nullopt;
        auto rest = read_number_expression(t, digits);
        if (rest) rest->spoken = "마이너스 " + rest->spoken;
        return rest;
    }
    if (!digit_at(t, at)) return std::nullopt;
    if (auto r = read_date(t, at)) return r;
    if (auto r = read_english_date(t, at)) return r;
    if (auto r = read_digit_string(t, at)) return r;
    if (auto r = read_time(t, at)) return r;
    if (auto r = read_version(t, at)) return r;
    if (auto r = read_fraction(t, at, false)) return r;
    const auto n = parse_number(t, at);
    if (!n) return std::nullopt;
    const bool after_je = at >= 3 && t.substr(at - 3, 3) == "제";
    if (auto r = read_counted_range(t, *n)) return r;
    if (at_text(t, n->end, "%p")) return Reading{n->end + 2, number_reading(*n) + " 퍼센트포인트"};
    if (at_text(t, n->end, "%")) return Reading{n->end + 1, number_reading(*n) + " 퍼센트"};
    if (auto r = read_english_ordinal(t, *n)) return r;  // before the units: 1st is not one stone
    if (auto unit = unit_at(t, n->end)) return Reading{unit->end, number_reading(*n) + " " + unit->spoken};
    if (const auto code = currency_code_at(t, skip_spaces(t, n->end))) return Reading{code->end, number_reading(*n) + " " + currency_after(t.substr(code->end - 3, 3), code->name)};
    if (auto r = read_counted(t, *n, after_je)) return r;
    return Reading{n->end, number_reading(*n)};
}

}  // namespace sori
