#include "korean/symbol_reader.h"

#include "base/utf8.h"
#include "korean/foreign_letters.h"
#include "korean/hangul_jamo.h"

namespace sori {
namespace {

bool in(char32_t cp, char32_t first, char32_t last) { return cp >= first && cp <= last; }
bool digit_at(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }
bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char32_t code_at(std::string_view t, std::size_t at) {
    if (at >= t.size()) return 0;
    std::size_t length = 0;
    return utf8::decode(t, at, length);
}
char32_t code_before(std::string_view t, std::size_t at) {
    if (at == 0) return 0;
    std::size_t length = 0;
    return utf8::decode(t, utf8::previous(t, at), length);
}

// The operands around `at` (one space allowed on each side): digits on both sides.
struct Around {
    bool digit_before = false, digit_after = false;  // with at most one space between
    bool word_before = false, word_after = false;    // a letter, digit or Hangul right against it
    bool spaced = false;                             // a space on both sides
};

Around around(std::string_view t, std::size_t at, std::size_t end) {
    Around a;
    const std::size_t b = at > 0 && t[at - 1] == ' ' ? at - 1 : at;
    const std::size_t e = end < t.size() && t[end] == ' ' ? end + 1 : end;
    a.digit_before = b > 0 && digit_at(t, b - 1);
    a.digit_after = digit_at(t, e);
    const char32_t before = code_before(t, at), after = code_at(t, end);
    a.word_before = before && (utf8::is_letter_like(before) || (before >= '0' && before <= '9'));
    a.word_after = after && (utf8::is_letter_like(after) || (after >= '0' && after <= '9'));
    a.spaced = b != at && e != end;
    return a;
}

// A number with its counter right before `at` (25일, 3시, 10개): one or two Hangul syllables after digits.
bool counted_number_before(std::string_view t, std::size_t at) {
    std::size_t i = at;
    for (int syllables = 0; syllables < 2 && i >= 3 && utf8::is_hangul_syllable(code_before(t, i)); ++syllables) {
        i -= 3;
        if (digit_at(t, i - 1)) return true;
    }
    return false;
}

void say(std::string& out, std::string_view words) {
    out += ' ';
    out += words;
    out += ' ';
}

// The in-between words of arithmetic and ranges, when numbers stand on both sides.
std::string_view between_numbers(char32_t cp, bool spaced) {
    switch (cp) {  // ASCII + * ~ < > are read_ascii's
        case U'×': case U'∙': return "곱하기";
        case U'÷': return "나누기";
        case U'−': return "빼기";
        case U'–': case U'—': return spaced ? "대" : "에서";
        case U'∼': return "에서";
        default: return {};
    }
}

// Symbols with a reading wherever they stand (after a number for units of angle and time).
std::string_view named_symbol(char32_t cp, bool digit_before) {
    switch (cp) {
        case U'≥': case U'⩾': return "이상";
        case U'≤': case U'⩽': return "이하";
        case U'±': return "플러스마이너스";
        case U'≈': case U'≒': return "약";
        case U'≠': return "같지 않음";
        case U'∞': return "무한대";
        case U'√': return "루트";
        case U'∛': return "세제곱근";
        case U'№': return "번호";
        case U'Ω': return "옴";
        case U'‰': return "퍼밀";
        case U'℃': return digit_before ? "도" : "섭씨";
        case U'°': return digit_before ? "도" : "";
        case U'′': return digit_before ? "분" : "";
        case U'″': return digit_before ? "초" : "";
        case U'²': return digit_before ? "제곱" : "";
        case U'³': return digit_before ? "세제곱" : "";
        case U'∑': return "시그마";
        case U'∫': return "적분";
        case U'∆': return "델타";
        case U'₩': return "원";
        case U'€': return "유로";
        case U'£': return "파운드";
        case U'¥': return "엔";
        case U'¢': return "센트";
        default: return {};
    }
}

// Characters heard as a pause: a comma stands for them.
bool comma_like(char32_t cp) {
    return in(cp, 0x2190, 0x21FF) || in(cp, 0x27F0, 0x27FF) || in(cp, 0x2900, 0x297F) || in(cp, 0x2B00, 0x2BFF) ||  // arrows
           cp == U'·' || cp == U'ㆍ' || cp == U'・' || cp == U'、' || cp == U'•' || cp == U'‣' || cp == U'∙' ||
           cp == U'¦' || cp == U'§' || cp == U'¶';
}

// ≥ 10 → 십 이상: the word waits for the number when one follows.
std::size_t compare(std::string_view t, std::size_t end, std::string_view word, std::string& out, std::string& after_number) {
    if (digit_at(t, end < t.size() && t[end] == ' ' ? end + 1 : end)) {
        after_number = " " + std::string(word);
        out += ' ';
    } else {
        say(out, word);
    }
    return end;
}

// >= <= (said after the number), -> <- <-> (a pause), < > between numbers.
std::optional<std::size_t> read_angle(std::string_view t, std::size_t at, bool numbers, std::string& out, std::string& after_number) {
    const char c = t[at];
    if (t.substr(at, 2) == ">=" || t.substr(at, 2) == "<=") return compare(t, at + 2, c == '>' ? "이상" : "이하", out, after_number);
    if (t.substr(at, 3) == "<->") return (out += ", ", at + 3);
    if (t.substr(at, 2) == "->" || t.substr(at, 2) == "<-") return (out += ", ", at + 2);
    if (numbers) return (say(out, c == '<' ? "보다 작고" : "보다 크고"), at + 1);
    return std::nullopt;
}

// 12:30-13:30 부터; --verbose unsaid; a hyphen between Latin letters a space; else a pause.
std::optional<std::size_t> read_hyphen(std::string_view t, std::size_t at, std::string& out) {
    if (at >= 3 && t[at - 3] == ':' && digit_at(t, at - 1) && digit_at(t, at + 1) && t.substr(at + 1, 6).find(':') != std::string_view::npos)
        return (say(out, "부터"), at + 1);
    if (t.substr(at, 2) == "--" && (at + 2 >= t.size() || ascii_letter(t[at + 2]) || t[at + 2] == '-')) {
        std::size_t end = at;
        while (end < t.size() && t[end] == '-') ++end;
        out += ' ';
        return end;
    }
    if (at > 0 && at + 1 < t.size() && ascii_letter(t[at + 1]) && ascii_letter(t[at - 1])) return (out += ' ', at + 1);
    return std::nullopt;
}

std::optional<std::size_t> read_ascii(std::string_view t, std::size_t at, std::string& out, std::string& after_number) {
    const char c = t[at];
    const Around a = around(t, at, at + 1);
    const bool numbers = a.digit_before && a.digit_after;
    switch (c) {
        case '%': out += " 퍼센트"; return at + 1;
        case '&': out += " 앤드 "; return at + 1;
        case '@': out += " 골뱅이 "; return at + 1;
        case '+':
            if (numbers) say(out, "더하기");
            else if (a.digit_before && !a.word_after) say(out, "이상");  // 8.0+
            else if (a.word_before || a.word_after) say(out, "플러스");
            return at + 1;
        case '=':
            if (t.substr(at, 2) == "=>" || t.substr(at, 2) == "==") return (out += ", ", at + 2);
            if (numbers) {
                while (!out.empty() && out.back() == ' ') out.pop_back();
                out += jamo::last_final(out) > 0 ? "은 " : "는 ";  // 1 + 1 = 2: 일 더하기 일은 이
            }
            else if (a.word_before || a.word_after || a.spaced) say(out, "이퀄");
            return at + 1;
        case '*': case '~': case '^': case '$': case '#': case '`':
            if (c == '~' && !out.empty() && digit_at(t, at - 1) && digit_at(t, at + 1)) out += " 부터 ";  // 1~3
            else if (numbers && (c == '*' || c == '~')) say(out, c == '*' ? "곱하기" : "에서");
            else if (c == '~' && counted_number_before(t, at) && digit_at(t, at + 1)) say(out, "부터");  // 25일~27일
            else out += ' ';
            return at + 1;
        case '/':
            if (numbers) say(out, "나누기");
            else if (utf8::is_hangul_syllable(code_before(t, at)) && utf8::is_hangul_syllable(code_at(t, at + 1))) out += ", ";
            else if (a.spaced && !a.word_before && !a.word_after) out += ", ";
            else say(out, "슬래시");  // paths and code: /usr/local, km/h is read by the units
            return at + 1;
        case '\\': say(out, "역슬래시"); return at + 1;
        case '.':
            if (t.substr(at, 2) == "./" && (at == 0 || t[at - 1] == ' ' || t[at - 1] == '"') && at + 2 < t.size() && ascii_letter(t[at + 2]))
                return (out += ' ', at + 2);  // ./configure: the current folder goes without saying
            return std::nullopt;
        case '_': out += ' '; return at + 1;
        case '|': out += ", "; return at + 1;
        case '<': case '>':
            return read_angle(t, at, numbers, out, after_number);
        case '(':
            if (t.substr(at, 2) == "()") return at + 2;  // foo(): the call's parentheses say nothing
            return std::nullopt;
        case '-':
            return read_hyphen(t, at, out);
        default:
            return std::nullopt;
    }
}

}  // namespace

bool is_pause_for_espeak(char32_t cp) {
    static constexpr std::u32string_view pauses = U".,!?;:…'\"‘’“”()[]{}<>「」『』《》〈〉-–—";
    return cp == ' ' || pauses.find(cp) != std::u32string_view::npos;
}

std::optional<std::size_t> read_symbol(std::string_view t, std::size_t at, std::string& out, std::string& after_number) {
    if (static_cast<unsigned char>(t[at]) < 0x80) return read_ascii(t, at, out, after_number);
    std::size_t length = 0;
    const char32_t cp = utf8::decode(t, at, length);
    const std::size_t end = at + length;
    if (utf8::is_hangul_syllable(cp)) return std::nullopt;
    if (const std::string_view name = greek_letter_name(cp); !name.empty()) {
        const bool unit = cp == U'μ' && digit_at(t, at > 0 && t[at - 1] == ' ' ? at - 2 : at - 1);
        say(out, unit ? "마이크로" : name);
        return end;
    }
    if (const auto run = read_kana(t, at)) return (say(out, run->spoken), run->end);
    if (const auto run = read_jamo_run(t, at)) return (out += run->spoken, run->end);
    if (cp == U'〜' && !out.empty() && digit_at(t, end)) return (out += " 부터 ", end);  // 5월10일(금)〜15일
    const Around a = around(t, at, end);
    if (a.digit_before && a.digit_after)
        if (const std::string_view words = between_numbers(cp, a.spaced); !words.empty()) return (say(out, words), end);
    if (cp == U'≥' || cp == U'⩾' || cp == U'≤' || cp == U'⩽') return compare(t, end, cp == U'≥' || cp == U'⩾' ? "이상" : "이하", out, after_number);
    if (const std::string_view name = named_symbol(cp, a.digit_before || (at > 0 && digit_at(t, at - 1))); !name.empty())
        return (say(out, name), end);
    if (comma_like(cp)) return (out += ", ", end);
    if (cp == U'【' || cp == U'〔' || cp == U'〖' || cp == U'〘' || cp == U'〚' || cp == U'［') return (out += " (", end);
    if (cp == U'】' || cp == U'〕' || cp == U'〗' || cp == U'〙' || cp == U'〛' || cp == U'］') return (out += ") ", end);
    if (cp == U'。' || cp == U'．') return (out += ". ", end);
    if (cp == U'«' || cp == U'»' || cp == U'„' || cp == U'‟' || cp == U'‹' || cp == U'›') return (out += '"', end);
    if (cp == U'‼' || cp == U'⁉') return (out += "!", end);
    if (cp == U'⁇' || cp == U'⁈') return (out += "?", end);
    if (cp == U'‐' || cp == U'‑' || cp == U'‒' || cp == U'―' || cp == U'−') return (out += cp == U'―' ? " — " : "-", end);
    if (is_pause_for_espeak(cp)) return std::nullopt;
    out += ' ';  // anything else is not read: pictographs, box drawing, marks, other scripts
    return end;
}

}  // namespace sori
