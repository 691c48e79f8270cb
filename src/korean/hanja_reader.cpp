#include "korean/hanja_reader.h"

#include <algorithm>
#include <iterator>

#include "base/utf8.h"
#include "korean/hangul_jamo.h"

namespace sori {
namespace {

struct Reading {
    char32_t hanja;
    char32_t hangul;  // one syllable
};

constexpr Reading readings[] = {
#include "hanja_readings.inc"
};

// 두음법칙: ㄹ → ㄴ, and ㄹ or ㄴ → ㅇ before ㅣ and the y-vowels, at the start of a word.
char32_t initial_sound_rule(char32_t syllable) {
    jamo::Syllable s = jamo::split(syllable);
    const bool y_vowel = s.vowel == jamo::I || s.vowel == jamo::YA || s.vowel == jamo::YEO || s.vowel == jamo::YE ||
                         s.vowel == jamo::YO || s.vowel == jamo::YU;
    if (s.initial == jamo::R) s.initial = y_vowel ? jamo::NG : jamo::N;
    else if (s.initial == jamo::N && y_vowel) s.initial = jamo::NG;
    return jamo::join(s);
}

char32_t reading_of(char32_t hanja) {
    const auto* it = std::lower_bound(std::begin(readings), std::end(readings), hanja,
                                      [](const Reading& r, char32_t cp) { return r.hanja < cp; });
    return it == std::end(readings) || it->hanja != hanja ? 0 : it->hangul;
}

}  // namespace

bool is_hanja(char32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x3134F);
}

std::size_t hanja_run_end(std::string_view text, std::size_t at) {
    std::size_t end = at;
    for (std::size_t i = at; i < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, i, len);
        if (!is_hanja(cp) && cp != ' ') break;
        i += len;
        if (is_hanja(cp)) end = i;
    }
    return end;
}

std::string read_hanja(std::string_view run, bool word_start) {
    std::string out;
    char32_t previous = 0;  // the last syllable written, for 렬/률
    for (std::size_t i = 0; i < run.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(run, i, len);
        i += len;
        if (!is_hanja(cp)) {
            out.append(run.substr(i - len, len));
            word_start = word_start || cp == ' ';
            previous = 0;
            continue;
        }
        char32_t syllable = reading_of(cp);
        if (syllable == 0) continue;
        if (word_start) syllable = initial_sound_rule(syllable);
        else if (previous && (syllable == U'렬' || syllable == U'률')) {
            const int final = jamo::split(previous).final;
            if (final == jamo::none || final == jamo::fN) syllable = syllable == U'렬' ? U'열' : U'율';  // 비율, 선율
        }
        utf8::append(out, syllable);
        previous = syllable;
        word_start = false;
    }
    return out;
}

std::size_t hanja_gloss_end(std::string_view text, std::size_t open) {
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 64) return 0;
    const std::string_view inner = text.substr(open + 1, close - open - 1);
    std::u32string reading, plain;
    for (std::size_t i = 0; i < inner.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(inner, i, len);
        i += len;
        if (cp == ' ') continue;
        if (!is_hanja(cp) || reading_of(cp) == 0) return 0;
        plain += reading_of(cp);
    }
    if (plain.empty()) return 0;
    // The same number of Hangul syllables right before, spaces skipped.
    std::u32string before;
    for (std::size_t at = open; at > 0 && before.size() < plain.size();) {
        const std::size_t start = utf8::previous(text, at);
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, start, len);
        if (cp != ' ' && !jamo::is_syllable(cp)) break;
        if (cp != ' ') before.insert(before.begin(), cp);
        at = start;
    }
    reading = plain;
    reading[0] = initial_sound_rule(reading[0]);
    return before == plain || before == reading ? close + 1 : 0;
}

}  // namespace sori
