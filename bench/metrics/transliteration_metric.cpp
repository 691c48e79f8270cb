#include "metrics/transliteration_metric.h"

#include <algorithm>
#include <fstream>

#include "base/error.h"
#include "base/utf8.h"

namespace sori {
namespace {

std::string without_spaces(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\t') out += c;
    return out;
}

// The pattern as a list of slots, each a list of choices ("" among them when optional).
std::vector<std::vector<std::string>> slots_of(const std::string& pattern) {
    std::vector<std::vector<std::string>> slots;
    for (std::size_t at = 0; at < pattern.size();) {
        if (pattern[at] == '?') {
            if (!slots.empty()) slots.back().push_back("");
            ++at;
        } else if (pattern[at] == '(') {
            const std::size_t close = pattern.find(')', at);
            const std::string inside = pattern.substr(at + 1, close == std::string::npos ? std::string::npos : close - at - 1);
            std::vector<std::string> choices;
            for (std::size_t start = 0; start <= inside.size();) {
                const std::size_t bar = std::min(inside.find('|', start), inside.size());
                choices.push_back(inside.substr(start, bar - start));
                start = bar + 1;
            }
            slots.push_back(choices);
            at = close == std::string::npos ? pattern.size() : close + 1;
        } else {
            std::size_t len = 0;
            utf8::decode(pattern, at, len);
            len = len ? len : 1;
            slots.push_back({pattern.substr(at, len)});
            at += len;
        }
    }
    return slots;
}

}  // namespace

std::vector<TransliterationCase> read_transliteration_cases(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ExitCode::input, file.string() + ": cannot read the transliteration set");
    std::vector<TransliterationCase> cases;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        const std::size_t a = line.find('\t'), b = a == std::string::npos ? a : line.find('\t', a + 1);
        if (b == std::string::npos) throw Error(ExitCode::input, file.string() + ":" + std::to_string(number) + ": expected category<TAB>english<TAB>hangul");
        cases.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
    }
    return cases;
}

std::vector<std::string> accepted_spellings(const std::string& pattern) {
    constexpr std::size_t most = 256;
    std::vector<std::string> spellings{""};
    for (const auto& choices : slots_of(pattern)) {
        std::vector<std::string> next;
        for (const std::string& head : spellings)
            for (const std::string& choice : choices)
                if (next.size() < most) next.push_back(head + without_spaces(choice));
        spellings = std::move(next);
    }
    return spellings;
}

std::u32string to_jamo(const std::string& text) {
    std::u32string out;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, at, len);
        at += len ? len : 1;
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            const char32_t index = cp - 0xAC00;
            out += static_cast<char32_t>(0x1100 + index / (21 * 28));
            out += static_cast<char32_t>(0x1161 + (index / 28) % 21);
            if (index % 28) out += static_cast<char32_t>(0x11A7 + index % 28);
        } else if (cp != U' ') {
            out += cp;
        }
    }
    return out;
}

std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::map<std::string, TransliterationScore> score_transliteration(const std::vector<TransliterationCase>& cases,
                                                                  const std::function<std::string(const std::string&)>& transliterate) {
    std::map<std::string, TransliterationScore> scores;
    for (const TransliterationCase& c : cases) {
        const std::string got = without_spaces(transliterate(c.english));
        const std::u32string got_jamo = to_jamo(got);
        bool right = false;
        std::size_t errors = SIZE_MAX, reference = 0;
        for (const std::string& spelling : accepted_spellings(c.pattern)) {
            right |= spelling == got;
            const std::u32string gold = to_jamo(spelling);
            const std::size_t d = edit_distance(got_jamo, gold);
            if (d < errors) errors = d, reference = gold.size();
        }
        const bool latin = std::any_of(got.begin(), got.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); });
        for (const std::string& key : {c.category, std::string("all")}) {
            TransliterationScore& s = scores[key];
            ++s.total;
            s.right += right;
            s.with_latin += latin;
            s.jamo_errors += errors;
            s.jamo_reference += reference;
            if (!right && key != "all") s.misses.push_back(c.english + " → " + got + " (gold: " + c.pattern + ")");
        }
    }
    return scores;
}

}  // namespace sori
