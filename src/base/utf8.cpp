#include "base/utf8.h"

namespace sori::utf8 {

std::size_t previous(std::string_view text, std::size_t pos) {
    if (pos == 0) return 0;
    std::size_t i = pos - 1;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80 && pos - i < 4) --i;
    return i;
}

std::size_t find_invalid(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t len = 0;
        const char32_t cp = decode(text, pos, len);
        if (cp == U'\uFFFD' && text.substr(pos, 3) != "\xEF\xBF\xBD") return pos;
        pos += len;
    }
    return std::string_view::npos;
}

std::size_t length(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

bool is_letter_like(char32_t cp) {
    return is_hangul(cp) || is_latin_letter(cp) || is_digit(cp) || (cp >= 0x3400 && cp <= 0x9FFF) ||
           (cp >= 0x0370 && cp <= 0x052F) || (cp >= 0x3040 && cp <= 0x30FF);
}

int hangul_final(char32_t syllable) {
    return is_hangul_syllable(syllable) ? static_cast<int>((syllable - 0xAC00) % 28) : 0;
}

std::string trim(std::string_view text) { return std::string(trimmed(text)); }

void trim_in_place(std::string& text) {
    const std::string_view core = trimmed(text);
    if (core.size() == text.size()) return;
    const std::size_t front = static_cast<std::size_t>(core.data() - text.data()), size = core.size();
    text.erase(0, front);
    text.resize(size);
}

std::string_view trimmed(std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t len = 0;
        if (!is_space(decode(text, begin, len))) break;
        begin += len;
    }
    std::size_t end = text.size();
    while (end > begin) {
        const std::size_t start = previous(text, end);
        std::size_t len = 0;
        if (!is_space(decode(text, start, len))) break;
        end = start;
    }
    return text.substr(begin, end - begin);
}

}  // namespace sori::utf8
