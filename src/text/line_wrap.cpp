#include "text/line_wrap.h"

#include <algorithm>
#include <array>

#include "base/utf8.h"

namespace sori {
namespace {

bool wide(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
}

// Syllables that end a word far more often than they sit inside one.
constexpr std::array<char32_t, 34> word_final{U'은', U'는', U'을', U'를', U'이', U'가', U'에', U'의', U'도', U'와', U'과', U'로',
                                              U'고', U'며', U'서', U'면', U'다', U'요', U'죠', U'까', U'니', U'나', U'데', U'지',
                                              U'게', U'만', U'듯', U'야', U'여', U'라', U'해', U'께', U'한', U'된'};

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 0;
        width += wide(utf8::decode(text, i, len)) ? 2 : 1;
        i += len;
    }
    return width;
}

std::size_t wrap_width(const std::vector<std::size_t>& widths) {
    WidthHistogram histogram;
    for (std::size_t w : widths) histogram.add(w);
    return histogram.wrap_width();
}

// The width at the 90th percentile, if at least a fifth of the lines (and 20) end within two
// columns of it.
std::size_t WidthHistogram::wrap_width() const {
    if (total_ < 20) return 0;
    const std::size_t rank = total_ * 9 / 10;  // of the width sought, counting from 0 in sorted order
    std::size_t below = 0, wrap = 0;
    for (const auto& [width, count] : counts_) {
        if (below + count > rank) {
            wrap = width;
            break;
        }
        below += count;
    }
    if (wrap < 40) return 0;
    std::size_t near = 0;
    for (auto it = counts_.lower_bound(wrap - 2); it != counts_.end() && it->first <= wrap + 2; ++it) near += it->second;
    return near >= 20 && near * 5 >= total_ ? wrap : 0;
}

bool cut_inside_word(std::size_t width, std::size_t wrap, std::string_view before, std::string_view after) {
    if (wrap == 0 || width + 2 < wrap || before.empty() || after.empty()) return false;
    std::size_t len = 0;
    const char32_t last = utf8::decode(before, utf8::previous(before, before.size()), len);
    const char32_t first = utf8::decode(after, 0, len);
    if (!utf8::is_hangul_syllable(last) || !utf8::is_hangul_syllable(first)) return false;
    return std::find(word_final.begin(), word_final.end(), last) == word_final.end();
}

}  // namespace sori
