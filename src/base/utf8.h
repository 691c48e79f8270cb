#pragma once
// UTF-8 decoding and encoding of single code points, and small character-class helpers.
#include <cstddef>
#include <string>
#include <string_view>

namespace sori::utf8 {

// Decodes the code point at text[pos]; sets `length` to its byte count. Returns U+FFFD and
// length 1 for an invalid sequence (callers validate first where that matters).
// Inline: every stage decodes character by character.
inline char32_t decode(std::string_view text, std::size_t pos, std::size_t& length) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    length = 1;
    if (lead < 0x80) return lead;
    int extra = 0;
    char32_t cp = 0;
    if ((lead & 0xE0) == 0xC0) { extra = 1; cp = lead & 0x1F; }
    else if ((lead & 0xF0) == 0xE0) { extra = 2; cp = lead & 0x0F; }
    else if ((lead & 0xF8) == 0xF0) { extra = 3; cp = lead & 0x07; }
    else return U'\uFFFD';
    if (pos + extra >= text.size()) return U'\uFFFD';
    for (int i = 1; i <= extra; ++i) {
        const unsigned char c = byte(pos + i);
        if ((c & 0xC0) != 0x80) return U'\uFFFD';
        cp = (cp << 6) | (c & 0x3F);
    }
    static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
    if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return U'\uFFFD';
    length = static_cast<std::size_t>(extra) + 1;
    return cp;
}


// Index of the first byte of the code point that ends just before `pos`.
std::size_t previous(std::string_view text, std::size_t pos);

// Appends the UTF-8 bytes of `cp` (inline: written once for every syllable of a reading).
inline void append(std::string& out, char32_t cp) {
    char bytes[4];
    std::size_t n = 0;
    if (cp < 0x80) {
        bytes[n++] = static_cast<char>(cp);
    } else if (cp < 0x800) {
        bytes[n++] = static_cast<char>(0xC0 | (cp >> 6));
        bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        bytes[n++] = static_cast<char>(0xE0 | (cp >> 12));
        bytes[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        bytes[n++] = static_cast<char>(0xF0 | (cp >> 18));
        bytes[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        bytes[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    }
    out.append(bytes, n);
}

// Returns the byte offset of the first invalid sequence, or npos when the text is valid UTF-8.
std::size_t find_invalid(std::string_view text);

std::size_t length(std::string_view text);  // in code points

// Character classes, inline: asked of every character by every stage.
inline bool is_hangul_syllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }
inline bool is_hangul_jamo(char32_t cp) { return (cp >= 0x3131 && cp <= 0x318E) || (cp >= 0x1100 && cp <= 0x11FF); }  // ㅋ ㅎ ㅠ
inline bool is_hangul(char32_t cp) { return is_hangul_syllable(cp) || is_hangul_jamo(cp); }
inline bool is_latin_letter(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}
inline bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
inline bool is_space(char32_t cp) {  // ASCII and Unicode spaces, including NBSP and ideographic space
    if (cp <= ' ') return cp == ' ' || (cp >= '\t' && cp <= '\r');
    return cp == 0x00A0 || cp == 0x1680 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF || (cp >= 0x2000 && cp <= 0x200A);
}

// `word` is written at byte `at` of `text` (an empty word is, anywhere up to its end).
inline bool at_text(std::string_view text, std::size_t at, std::string_view word) {
    if (at > text.size() || text.size() - at < word.size()) return false;
    return word.empty() || (text[at] == word[0] && text.compare(at, word.size(), word) == 0);
}
bool is_letter_like(char32_t cp);  // Hangul, Latin, CJK or other letters outside ASCII punctuation

// The final consonant index of a Hangul syllable (0 = none, 4 = ㄴ, 8 = ㄹ, 16 = ㅁ ...).
int hangul_final(char32_t syllable);

std::string trim(std::string_view text);  // strips ASCII and Unicode spaces at both ends
std::string_view trimmed(std::string_view text);  // the same, without a copy
void trim_in_place(std::string& text);            // the same, in the string itself

}  // namespace sori::utf8
