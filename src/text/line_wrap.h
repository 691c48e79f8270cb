#pragma once
// Hard-wrapped plain text: the width its lines were cut at, and whether a cut fell inside a
// Korean word. Old READMEs and PDF extractions wrap at a fixed width (80 columns, a Hangul
// syllable taking two) with no regard for words: `권` / `한을` is one word, 권한을.
#include <cstddef>
#include <string_view>
#include <map>
#include <vector>

namespace sori {

// Display columns of a line: two for Hangul, CJK and other wide characters, one otherwise.
std::size_t display_width(std::string_view text);

// The width a text was hard-wrapped at, from the display widths of its lines (indent included),
// or 0 when it was not (fewer than 20 lines, or a fifth of them, end within two columns of it).
std::size_t wrap_width(const std::vector<std::size_t>& widths);

// The same from widths counted as they come: memory grows with the distinct widths only.
class WidthHistogram {
public:
    void add(std::size_t width) {
        ++counts_[width];
        ++total_;
    }
    void merge(const WidthHistogram& other) {
        for (const auto& [width, count] : other.counts_) counts_[width] += count;
        total_ += other.total_;
    }
    std::size_t wrap_width() const;

private:
    std::map<std::size_t, std::size_t> counts_;
    std::size_t total_ = 0;
};

// Whether a line of `width` columns ending in `before` and a next line starting with `after`
// were one word cut by the wrap: both Hangul, the line full, and `before` not a syllable that
// usually ends a word (particles and endings: 은 는 을 를 에 의 다 고 며 서 면 …).
bool cut_inside_word(std::size_t width, std::size_t wrap, std::string_view before, std::string_view after);

}  // namespace sori
