#include "korean/dates_and_times.h"

#include <array>
#include <utility>

#include "base/utf8.h"
#include "korean/korean_numbers.h"

namespace sori {
namespace {

bool digit_at(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }
using utf8::at_text;
std::size_t digits_end(std::string_view t, std::size_t i) {
    while (digit_at(t, i)) ++i;
    return i;
}
std::size_t skip_spaces(std::string_view t, std::size_t i) { return i < t.size() && t[i] == ' ' ? i + 1 : i; }

}  // namespace

std::string month_name(std::uint64_t month) {
    if (month == 6) return "유월";
    if (month == 10) return "시월";
    return sino_number(std::to_string(month)) + "월";
}

namespace {

std::string date_reading(std::string_view y, std::string_view m, std::string_view d) {
    std::string text;
    if (!y.empty()) text += sino_number(y) + "년 ";
    text += month_name(digits_value(m));
    if (!d.empty()) text += " " + sino_number(d) + "일";
    return text;
}

bool valid_month_day(std::string_view m, std::string_view d) {
    const auto month = digits_value(m), day = d.empty() ? 1 : digits_value(d);
    return m.size() <= 2 && d.size() <= 2 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

// 2024. 1. 19. / 1999.9.17 / 2024-01-19 / 2024/3/20 / 10/30/2024 / 2024. 1.
std::optional<Reading> read_date(std::string_view t, std::size_t at) {
    const std::size_t a_end = digits_end(t, at);
    const std::string_view a = t.substr(at, a_end - at);
    if (a_end >= t.size()) return std::nullopt;
    const char sep = t[a_end];
    if (sep != '.' && sep != '-' && sep != '/') return std::nullopt;
    const bool dotted = sep == '.';
    std::size_t b_at = dotted ? skip_spaces(t, a_end + 1) : a_end + 1;
    const std::size_t b_end = digits_end(t, b_at);
    if (b_end == b_at) return std::nullopt;
    const std::string_view b = t.substr(b_at, b_end - b_at);
    std::size_t c_at = b_end < t.size() && t[b_end] == sep ? (dotted ? skip_spaces(t, b_end + 1) : b_end + 1) : b_end;
    const std::size_t c_end = digits_end(t, c_at);
    const std::string_view c = t.substr(c_at, c_end - c_at);
    if (a.size() == 4 && !c.empty() && valid_month_day(b, c)) {
        std::size_t end = c_end;
        if (dotted && end < t.size() && t[end] == '.' && !digit_at(t, end + 1)) ++end;  // the closing point of 2024. 1. 19.
        return Reading{end, date_reading(a, b, c)};
    }
    if (c.size() == 4 && a.size() <= 2 && b.size() <= 2 && (sep == '/' || c_at == b_end + 1)) {
        // Month first (10/30/2024) unless the numbers say day first (25/12/2024, 25.12.2024).
        const auto year = digits_value(c);
        if ((sep == '/' || (year >= 1000 && year < 3000)) && valid_month_day(a, b)) return Reading{c_end, date_reading(c, a, b)};
        if (digits_value(a) > 12 && valid_month_day(b, a)) return Reading{c_end, date_reading(c, b, a)};
    }
    // 1/19 or 3/5(수): a month and day, not a fraction, when the day could not be a usual
    // denominator (13–31) or a weekday follows.
    if (sep == '/' && c.empty() && valid_month_day(a, b) && b_end == c_at) {
        const bool weekday = b_end + 1 < t.size() && t[b_end] == '(' && read_weekday(t, b_end).has_value();
        if (digits_value(b) >= 13 || weekday) return Reading{b_end, date_reading("", a, b)};
    }
    // 24.12.25: a two-digit year, month and day (a version has other parts).
    if (dotted && a.size() == 2 && b.size() == 2 && c.size() == 2 && c_at == b_end + 1 && b_at == a_end + 1 && valid_month_day(b, c) &&
        !(c_end < t.size() && (t[c_end] == '.' || t[c_end] == '-') && digit_at(t, c_end + 1)))
        return Reading{c_end, date_reading(a, b, c)};
    // 12.25(수): a month and day with its weekday.
    if (dotted && c.empty() && b_at == a_end + 1 && valid_month_day(a, b) && b_end < t.size() && t[b_end] == '(' && read_weekday(t, b_end))
        return Reading{b_end, date_reading("", a, b)};
    if (dotted && a.size() == 4 && c.empty() && b_end < t.size() && t[b_end] == '.' && !digit_at(t, b_end + 1) &&
        b_at > a_end + 1 && valid_month_day(b, ""))
        return Reading{b_end + 1, sino_number(a) + "년 " + month_name(digits_value(b))};  // 2024. 1.
    return std::nullopt;
}

namespace {

bool preceded_by_period_of_day(std::string_view t, std::size_t at) {
    static constexpr std::array<std::string_view, 7> periods{"오전", "오후", "새벽", "아침", "저녁", "낮", "밤"};
    std::size_t end = at;
    if (end > 0 && t[end - 1] == ' ') --end;
    for (std::string_view p : periods)
        if (end >= p.size() && t.substr(end - p.size(), p.size()) == p) return true;
    return false;
}

}  // namespace

std::string hour_reading(std::uint64_t hour, bool twelve_hour) {
    if (twelve_hour && hour >= 1 && hour <= 12) return native_number(std::to_string(hour)) + "시";
    if (twelve_hour && hour > 12 && hour <= 24) return native_number(std::to_string(hour - 12)) + "시";
    return sino_number(std::to_string(hour)) + "시";
}

// 11:40 열한 시 사십 분, 07:05 일곱 시 오 분, 14:31 십사 시 삼십일 분, 오후 03:30 세 시 삼십 분:
// the hours of a clock face are native numbers; 13–24 are Sino-Korean unless 오후 and the like
// say the half of the day.
// AM or PM after a time or an hour (3:30 PM, 9am, 11 a.m.): 오전 or 오후, and where it ends.
std::optional<std::pair<std::string_view, std::size_t>> half_of_day(std::string_view t, std::size_t at) {
    const std::size_t i = at < t.size() && t[at] == ' ' ? at + 1 : at;
    for (std::string_view mark : {"a.m.", "p.m.", "A.M.", "P.M.", "am", "pm", "AM", "PM"}) {
        if (!at_text(t, i, mark)) continue;
        const std::size_t end = i + mark.size();
        if (end < t.size() && ((t[end] | 0x20) >= 'a' && (t[end] | 0x20) <= 'z')) continue;
        return std::make_pair(std::string_view((mark[0] | 0x20) == 'a' ? "오전 " : "오후 "), end);
    }
    return std::nullopt;
}

std::optional<Reading> read_time(std::string_view t, std::size_t at) {
    const std::size_t h_end = digits_end(t, at);
    if (h_end - at > 2) return std::nullopt;
    if (h_end >= t.size() || t[h_end] != ':' || digits_end(t, h_end + 1) != h_end + 3) {  // 9am, 11 p.m.
        const auto hour = digits_value(t.substr(at, h_end - at));
        const auto half = half_of_day(t, h_end);
        if (!half || hour < 1 || hour > 12) return std::nullopt;
        return Reading{half->second, std::string(half->first) + hour_reading(hour, true)};
    }
    const auto hour = digits_value(t.substr(at, h_end - at)), minute = digits_value(t.substr(h_end + 1, 2));
    if (hour > 24 || minute > 59) return std::nullopt;
    std::string text = hour == 0 ? std::string("영시") : hour_reading(hour, hour <= 12 || preceded_by_period_of_day(t, at));
    if (minute > 0) text += " " + sino_number(std::to_string(minute)) + "분";
    std::size_t end = h_end + 3;
    if (end < t.size() && t[end] == ':' && digits_end(t, end + 1) == end + 3) {
        const auto second = digits_value(t.substr(end + 1, 2));
        if (second > 0) text += " " + sino_number(std::to_string(second)) + "초";
        end += 3;
    }
    if (const auto half = half_of_day(t, end); half && hour >= 1 && hour <= 12) return Reading{half->second, std::string(half->first) + text};
    return Reading{end, text};
}

namespace {

// January or Jan or Jan. at `at`: the month's number and where the name ends.
std::optional<std::pair<std::uint64_t, std::size_t>> english_month_at(std::string_view t, std::size_t at) {
    static constexpr std::array<std::string_view, 12> names{"January", "February", "March",     "April",   "May",      "June",
                                                           "July",    "August",   "September", "October", "November", "December"};
    for (std::size_t m = 0; m < names.size(); ++m) {
        for (const std::size_t length : {names[m].size(), std::size_t{3}, std::size_t{m == 8 ? 4u : 3u}}) {  // Sept
            const std::string_view name = names[m].substr(0, length);
            if (!at_text(t, at, name)) continue;
            std::size_t end = at + name.size();
            if (end < t.size() && ((t[end] | 0x20) >= 'a' && (t[end] | 0x20) <= 'z')) continue;
            if (length < names[m].size() && end < t.size() && t[end] == '.') ++end;
            return std::make_pair(static_cast<std::uint64_t>(m + 1), end);
        }
    }
    return std::nullopt;
}

// A day (1–31, with st/nd/rd/th) at `at`: its digits and where it ends.
std::optional<std::pair<std::string_view, std::size_t>> english_day_at(std::string_view t, std::size_t at) {
    const std::size_t end = digits_end(t, at);
    if (end == at || end - at > 2 || digits_value(t.substr(at, end - at)) < 1 || digits_value(t.substr(at, end - at)) > 31) return std::nullopt;
    std::size_t after = end;
    for (std::string_view suffix : {"st", "nd", "rd", "th"})
        if (at_text(t, end, suffix)) after = end + 2;
    if (after < t.size() && ((t[after] | 0x20) >= 'a' && (t[after] | 0x20) <= 'z')) return std::nullopt;
    return std::make_pair(t.substr(at, end - at), after);
}

// ", 2024" or " 2024" after a date: the year's digits and where it ends.
std::optional<std::pair<std::string_view, std::size_t>> english_year_at(std::string_view t, std::size_t at) {
    std::size_t i = at < t.size() && t[at] == ',' ? at + 1 : at;
    if (i >= t.size() || t[i] != ' ') return std::nullopt;
    const std::size_t end = digits_end(t, i + 1);
    if (end - i - 1 != 4 || (end < t.size() && ((t[end] | 0x20) >= 'a' && (t[end] | 0x20) <= 'z'))) return std::nullopt;
    return std::make_pair(t.substr(i + 1, 4), end);
}

}  // namespace

std::optional<Reading> read_english_date(std::string_view t, std::size_t at) {
    std::string_view day, year;
    std::uint64_t month = 0;
    std::size_t end = at;
    if (digit_at(t, at)) {  // 25 December 2024
        const auto d = english_day_at(t, at);
        if (!d || d->second >= t.size() || t[d->second] != ' ') return std::nullopt;
        const auto m = english_month_at(t, d->second + 1);
        if (!m) return std::nullopt;
        day = d->first, month = m->first, end = m->second;
    } else {  // Dec 25, 2024 / December 2024
        const auto m = english_month_at(t, at);
        if (!m || m->second >= t.size() || t[m->second] != ' ') return std::nullopt;
        month = m->first, end = m->second;
        if (const auto d = english_day_at(t, end + 1)) day = d->first, end = d->second;
    }
    if (const auto y = english_year_at(t, end)) year = y->first, end = y->second;
    if (day.empty() && year.empty()) return std::nullopt;  // May alone is a word
    std::string text;
    if (!year.empty()) text += sino_number(year) + "년 ";
    text += month_name(month);
    if (!day.empty()) text += " " + sino_number(day) + "일";
    return Reading{end, text};
}

std::optional<Reading> read_weekday(std::string_view text, std::size_t at) {
    static constexpr std::array<std::string_view, 7> days{"월", "화", "수", "목", "금", "토", "일"};
    if (!at_text(text, at, "(")) return std::nullopt;
    auto day_at = [&](std::size_t i) -> std::optional<std::string_view> {
        for (std::string_view d : days)
            if (at_text(text, i, d)) return d;
        return std::nullopt;
    };
    const auto first = day_at(at + 1);
    if (!first) return std::nullopt;
    std::size_t i = at + 1 + first->size();
    std::string spoken = " " + std::string(*first) + "요일";
    for (std::string_view dash : {"〜", "~", "-"}) {
        if (!at_text(text, i, dash)) continue;
        const auto second = day_at(i + dash.size());
        if (!second) return std::nullopt;
        spoken += "부터 " + std::string(*second) + "요일";
        i += dash.size() + second->size();
        break;
    }
    if (!at_text(text, i, ")")) return std::nullopt;
    return Reading{i + 1, spoken};
}


}  // namespace sori
