#include "korean/text_normalizer.h"

#include <array>

#include "base/utf8.h"
#include "korean/compatibility_fold.h"
#include "korean/dates_and_times.h"
#include "korean/english_reader.h"
#include "korean/hangul_jamo.h"
#include "korean/hanja_reader.h"
#include "korean/korean_numbers.h"
#include "korean/number_expressions.h"
#include "korean/place_names.h"
#include "korean/symbol_reader.h"

namespace sori {
namespace {

bool digit_at(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }
bool latin_at(std::string_view t, std::size_t i) { return i < t.size() && is_latin_letter(t[i]); }
bool alnum_at(std::string_view t, std::size_t i) { return latin_at(t, i) || digit_at(t, i); }
using utf8::at_text;

bool is_hangul_before(std::string_view t, std::size_t at) {
    std::size_t i = at;
    while (i > 0 && t[i - 1] == ' ') --i;
    if (i < 3) return false;
    std::size_t len = 0;
    const char32_t cp = utf8::decode(t, i - 3, len);
    return len == 3 && cp >= 0xAC00 && cp <= 0xD7A3;
}

// The length of a known file extension (any case) after the dot at `dot` that ends a word; 0 if none.
std::size_t extension_length(std::string_view t, std::size_t dot) {
    static constexpr std::array<std::string_view, 24> extensions{"jpg", "jpeg", "png", "gif", "pdf", "txt", "hwp", "hwpx", "doc", "docx", "xls", "xlsx",
                                                                 "ppt", "pptx", "zip", "mp3", "mp4", "wav", "csv", "json", "html", "md", "exe", "svg"};
    for (std::string_view ext : extensions) {
        if (dot + 1 + ext.size() > t.size() || alnum_at(t, dot + 1 + ext.size())) continue;
        bool same = true;
        for (std::size_t i = 0; i < ext.size() && same; ++i) same = (t[dot + 1 + i] | 0x20) == ext[i];
        if (same) return ext.size();
    }
    return 0;
}

// letters, digits and inner hyphens: GPT-4, H100, Llama3; a dot between letters (Next.js, Vue.js),
// but not the dot of a file name's extension (REPORT.PDF: the name, then its extension)
std::size_t latin_token_end(std::string_view t, std::size_t at) {
    std::size_t i = at;
    while (true) {
        while (alnum_at(t, i)) ++i;
        if (i + 1 < t.size() && t[i] == '-' && alnum_at(t, i + 1) && latin_at(t, at)) {
            ++i;
            continue;
        }
        if (i + 1 < t.size() && t[i] == '.' && latin_at(t, i - 1) && latin_at(t, i + 1) && latin_at(t, at) && !extension_length(t, i)) {
            ++i;
            continue;
        }
        return i;
    }
}

// Google's → 구글의: an English possessive after a word is the Korean particle 의.
std::size_t possessive_end(std::string_view t, std::size_t at) {
    for (std::string_view mark : {std::string_view("'s"), std::string_view("\u2019s")})
        if (t.substr(at, mark.size()) == mark && !alnum_at(t, at + mark.size())) return at + mark.size();
    return at;
}

std::string spell_part(std::string_view part, const Lexicon& lexicon, bool letters, bool digits_by_name) {
    std::string text;
    for (std::size_t i = 0; i < part.size();) {
        std::size_t j = i;
        if (latin_at(part, i)) {
            while (latin_at(part, j)) ++j;
            const std::string_view word = part.substr(i, j - i);
            if (const std::string* spoken = lexicon.find(word)) text += *spoken;
            else text += letters ? letter_names(word) : read_latin_token(word, lexicon);
        } else if (digit_at(part, i)) {
            while (digit_at(part, j)) ++j;
            text += digits_by_name ? digit_names(part.substr(i, j - i)) : sino_number(part.substr(i, j - i));
        } else {
            static constexpr std::array<std::pair<char, const char*>, 5> symbols{
                {{'.', " 닷 "}, {'_', " 언더바 "}, {'-', " 하이픈 "}, {'/', " 슬래시 "}, {'+', " 플러스 "}}};
            for (const auto& [symbol, name] : symbols)
                if (part[i] == symbol) text += name;
            j = i + 1;
        }
        i = j;
    }
    return text;
}

// A domain: the first label read as a word (or from the lexicon), the others (co, kr, de) by letters.
std::string read_domain(std::string_view domain, const Lexicon& lexicon) {
    std::string text;
    std::size_t start = 0;
    for (bool first = true; start <= domain.size(); first = false) {
        std::size_t dot = domain.find('.', start);
        if (dot == std::string_view::npos) dot = domain.size();
        if (!first) text += " 닷 ";
        text += spell_part(domain.substr(start, dot - start), lexicon, !first, false);
        start = dot + 1;
    }
    return text;
}

std::size_t domain_end(std::string_view t, std::size_t at, std::size_t& dots) {
    std::size_t i = at;
    dots = 0;
    while (alnum_at(t, i) || (i < t.size() && t[i] == '-') || (i + 1 < t.size() && t[i] == '.' && alnum_at(t, i + 1))) {
        dots += t[i] == '.';
        ++i;
    }
    return i;
}

bool known_top_level(std::string_view domain) {
    static constexpr std::array<std::string_view, 14> tlds{".com", ".net", ".org", ".kr", ".io", ".ai", ".dev",
                                                            ".app", ".edu", ".gov", ".me", ".co", ".jp", ".info"};
    for (std::string_view tld : tlds)
        if (domain.size() > tld.size() && domain.substr(domain.size() - tld.size()) == tld) return true;
    return false;
}

// user01@gmail.co.kr, https://www.example.com/a/b, meta.com
std::optional<Reading> read_electronic(std::string_view t, std::size_t at, const Lexicon& lexicon) {
    // Only from the start of a run of address characters: each run is scanned once (linear time).
    if (at > 0 && (alnum_at(t, at - 1) || std::string_view(".@_-+").find(t[at - 1]) != std::string_view::npos)) return std::nullopt;
    std::size_t i = at;
    while (alnum_at(t, i) || (i < t.size() && (t[i] == '.' || t[i] == '_' || t[i] == '-' || t[i] == '+'))) ++i;
    std::size_t dots = 0;
    if (i < t.size() && t[i] == '@' && i > at) {
        const std::size_t end = domain_end(t, i + 1, dots);
        if (dots == 0) return std::nullopt;
        return Reading{end, spell_part(t.substr(at, i - at), lexicon, false, true) + " 골뱅이 " +
                                read_domain(t.substr(i + 1, end - i - 1), lexicon)};
    }
    std::size_t host = at;
    for (std::string_view scheme : {"https://", "http://"})
        if (at_text(t, at, scheme)) host = at + scheme.size();
    const std::size_t end = domain_end(t, host, dots);
    const std::string_view domain = t.substr(host, end - host);
    const bool web = host != at || at_text(domain, 0, "www.");
    if (dots == 0 || (!web && !known_top_level(domain))) return std::nullopt;
    std::string text = read_domain(at_text(domain, 0, "www.") ? domain.substr(4) : domain, lexicon);
    if (at_text(domain, 0, "www.")) text = "더블유 더블유 더블유 닷 " + text;
    std::size_t path_end = end;
    while (path_end < t.size() && t[path_end] != ' ' && static_cast<unsigned char>(t[path_end]) < 0x80 && t[path_end] != ')' &&
           t[path_end] != ',')
        ++path_end;
    while (path_end > end && (t[path_end - 1] == '.' || t[path_end - 1] == '/')) --path_end;
    if (path_end > end) text += spell_part(t.substr(end, path_end - end), lexicon, false, false);
    return Reading{path_end, text};
}

// 사진.jpg → 사진 닷 제이피지, REPORT.PDF → 리포트 닷 피디에프
std::optional<Reading> read_file_extension(std::string_view t, std::size_t at) {
    if (t[at] != '.' || at == 0 || t[at - 1] == ' ' || t[at - 1] == '.') return std::nullopt;
    if (const std::size_t length = extension_length(t, at)) return Reading{at + 1 + length, " 닷 " + letter_names(t.substr(at + 1, length))};
    return std::nullopt;
}

// "(Mark Zukerberg)" right after Hangul: a gloss of the word before it.
std::optional<std::size_t> gloss_end(std::string_view t, std::size_t at) {
    if (t[at] != '(' || !is_hangul_before(t, at)) return std::nullopt;
    std::size_t i = at + 1;
    bool letters = false;
    while (i < t.size() && t[i] != ')') {
        const char c = t[i];
        if (!(is_latin_letter(c) || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '$' || c == '&')) return std::nullopt;
        letters |= is_latin_letter(c);
        ++i;
    }
    if (i >= t.size() || !letters) return std::nullopt;
    return i + 1;
}

bool has_final_consonant(const std::string& text) { return jamo::last_final(text) > 0; }
bool final_is_rieul(const std::string& text) { return jamo::last_final(text) == jamo::fL; }

// A particle written after digits agrees with how the number is read: 9/10이 → 십분의 구가,
// 3을 → 삼을, 2을 → 이를. Only a particle that ends the word (space, punctuation or end follows).
std::size_t agree_particle(std::string_view t, std::size_t at, std::string& out) {
    struct Pair {
        std::string_view after_consonant, after_vowel;
    };
    static constexpr std::array<Pair, 5> pairs{{{"으로", "로"}, {"이", "가"}, {"을", "를"}, {"은", "는"}, {"과", "와"}}};
    if (at >= t.size() || static_cast<unsigned char>(t[at]) < 0xEA) return at;  // each starts with a Hangul syllable
    for (const Pair& p : pairs) {
        for (std::string_view written : {p.after_consonant, p.after_vowel}) {
            if (!at_text(t, at, written)) continue;
            const std::size_t end = at + written.size();
            if (end < t.size()) {
                std::size_t len = 0;
                const char32_t next = utf8::decode(t, end, len);
                if (next >= 0xAC00 && next <= 0xD7A3) return at;  // 이상, 으로써: not this particle
            }
            const bool consonant = has_final_consonant(out) && !(p.after_vowel == "로" && final_is_rieul(out));
            out += consonant ? p.after_consonant : p.after_vowel;
            return end;
        }
    }
    return at;
}

bool capitals_at(std::string_view t, std::size_t from, std::size_t to) {
    if (to - from < 2) return false;
    for (std::size_t i = from; i < to; ++i)
        if (t[i] < 'A' || t[i] > 'Z') return false;
    return true;
}

// The all-capital word next to [start, end) in direction `step` (-1 before, +1 after), across one
// space, _ or -; empty when there is none.
std::string_view capitals_neighbour(std::string_view t, std::size_t start, std::size_t end, int step) {
    const auto separator = [&](std::size_t i) { return i < t.size() && (t[i] == ' ' || t[i] == '_' || t[i] == '-'); };
    if (step < 0) {
        if (start < 2 || !separator(start - 1)) return {};
        std::size_t first = start - 1;
        while (first > 0 && latin_at(t, first - 1)) --first;
        return capitals_at(t, first, start - 1) ? t.substr(first, start - 1 - first) : std::string_view();
    }
    if (!separator(end)) return {};
    std::size_t last = end + 1;
    while (latin_at(t, last)) ++last;
    return capitals_at(t, end + 1, last) ? t.substr(end + 1, last - end - 1) : std::string_view();
}

// An all-capital dictionary word is an English word written in capitals — not an acronym — when
// it is long (INCIDENTAL), names a file (README.TXT), stands in a run of three or more capital
// words (THE SOFTWARE IS PROVIDED), or next to a capital dictionary word of four letters or more
// (USER_NAME). DOM API, IBM or NASA alone stay acronyms.
bool capitals_word(std::string_view t, std::size_t start, std::size_t end) {
    if (!capitals_at(t, start, end)) return false;
    if (end - start >= 7 || (end < t.size() && t[end] == '.' && extension_length(t, end))) return true;
    std::size_t words = 1;
    bool long_word_beside = false;
    for (const int step : {-1, 1}) {
        std::size_t s = start, e = end;
        for (int k = 0; k < 2; ++k) {
            const std::string_view next = capitals_neighbour(t, s, e, step);
            if (next.empty()) break;
            if (k == 0 && next.size() >= 4 && is_english_word(next)) long_word_beside = true;
            ++words;
            s = static_cast<std::size_t>(next.data() - t.data());
            e = s + next.size();
        }
    }
    return words >= 3 || long_word_beside;
}

// AM or PM written before a time (AM 9:30): the mark, or empty.
std::string_view half_day_before_time(std::string_view t, std::size_t at) {
    if (at > 0 && latin_at(t, at - 1)) return {};
    for (std::string_view mark : {"AM", "PM", "am", "pm"})
        if (t.substr(at, 2) == mark && at + 3 < t.size() && t[at + 2] == ' ' && digit_at(t, at + 3)) return mark;
    return {};
}

// Runs of spaces become one; none at either end.
std::string fold_spaces(const std::string& text) {
    std::string folded;
    folded.reserve(text.size());
    for (char c : text) {
        if (c == ' ' && (folded.empty() || folded.back() == ' ')) continue;
        folded += c;
    }
    if (!folded.empty() && folded.back() == ' ') folded.pop_back();
    return folded;
}

}  // namespace

std::string normalize_text(std::string_view line, const NormalizeOptions& options) {
    const std::string folded = fold_compatibility(line);
    const std::string_view t = folded;
    std::string after_number;  // a word said after the next number (≥ 10: 십 이상)
    const Lexicon& lexicon = options.lexicon ? *options.lexicon : default_lexicon();
    std::string out;
    out.reserve(t.size() * 2);
    for (std::size_t at = 0; at < t.size();) {
        const char c = t[at];
        if (options.skip_glosses && c == '(')
            if (const auto end = gloss_end(t, at)) {
                while (!out.empty() && out.back() == ' ') out.pop_back();
                at = *end;
                continue;
            }
        if (alnum_at(t, at))
            if (auto r = read_electronic(t, at, lexicon)) {
                out += r->spoken;
                at = r->end;
                continue;
            }
        if (c == '.')
            if (auto r = read_file_extension(t, at)) {
                out += r->spoken;
                at = r->end;
                continue;
            }
        if (latin_at(t, at) || (c == '$' && latin_at(t, at + 1) && !digit_at(t, at + 1))) {
            if (const std::string_view half = half_day_before_time(t, at); !half.empty()) {  // AM 9:30 → 오전 아홉 시 삼십 분
                out += half == "AM" || half == "am" ? "오전" : "오후";
                at += half.size();
                continue;
            }
            if (auto date = read_english_date(t, at)) {  // Dec 25, 2024
                out += date->spoken;
                at = agree_particle(t, date->end, out);
                continue;
            }
            if (auto money = read_currency_code_amount(t, at)) {
                out += money->spoken;
                at = agree_particle(t, money->end, out);
                continue;
            }
            if (const auto place = multi_word_place_at(t, at); place && options.english == EnglishReading::hangul) {
                out += place->korean;  // New York 뉴욕, South Korea 대한민국
                at = agree_particle(t, at + place->length, out);
                continue;
            }
            const std::size_t start = c == '$' ? at + 1 : at;  // $META: a ticker, not dollars
            const std::size_t end = latin_token_end(t, start);
            std::string token(t.substr(start, end - start));
            if (options.english == EnglishReading::hangul && !lexicon.find(token) && capitals_word(t, start, end) && is_english_word(token))
                for (char& letter : token) letter = static_cast<char>(letter - 'A' + 'a');  // read as the word it is
            out += read_latin_token(token, lexicon, options.english);
            if (const std::size_t after = possessive_end(t, end); after != end && options.english == EnglishReading::hangul) {
                out += "의";
                at = after;
                continue;
            }
            const bool kept_latin = !out.empty() && latin_at(out, out.size() - 1);  // --english keep: the particle as written
            at = kept_latin ? end : agree_particle(t, end, out);  // H100를 → 에이치백을
            continue;
        }
        if (auto r = read_number_expression(t, at)) {
            out += r->spoken + after_number;  // >= 2.7 → 이 점 칠 이상
            after_number.clear();
            at = agree_particle(t, r->end, out);
            continue;
        }
        if (c == '(')
            if (auto r = read_weekday(t, at); r && (digit_at(t, at - 1) || (at >= 3 && t.substr(at - 3, 3) == "일"))) {
                out += r->spoken;
                at = r->end;
                continue;
            }
        if (c == '(')
            if (const std::size_t end = hanja_gloss_end(t, at)) {  // 인생(人生): said once
                while (!out.empty() && out.back() == ' ') out.pop_back();
                at = end;
                continue;
            }
        std::size_t len = 0;
        const char32_t cp = utf8::decode(t, at, len);
        if (is_hanja(cp)) {
            const std::size_t end = hanja_run_end(t, at);
            std::size_t before_len = 0;
            const char32_t before = at > 0 ? utf8::decode(t, utf8::previous(t, at), before_len) : U' ';
            out += read_hanja(t.substr(at, end - at), !utf8::is_hangul_syllable(before));
            at = end;
            continue;
        }
        if (const auto end = utf8::is_hangul_syllable(cp) ? std::nullopt : read_symbol(t, at, out, after_number)) {
            at = *end;
            continue;
        }
        out.append(t.substr(at, len));
        at += len;
    }
    return fold_spaces(out);
}

}  // namespace sori
