#pragma once
// What the plain-text reader needs to know about the whole text while it reads one piece of it:
// the short lines that recur (labels such as `추가`), where each line short enough to be a title
// last appears (a table of contents names titles that come back later), the width the text was
// wrapped at, and how many lines there are. Gathered line by line into flat sorted tables of
// 64-bit hashes, about 16 bytes a short line, so that a long text need not be held as lines.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sori {

inline constexpr std::size_t max_title_length = 60;  // code points; longer lines are prose
inline constexpr std::size_t max_label_length = 12;  // code points of a recurring label

// Spaces and punctuation out: `추가 된점.` and `추가된 점` compare equal.
std::string folded(std::string_view text);
std::uint64_t folded_hash(std::string_view text);  // of folded(text)

struct PlainTextFacts {
    std::vector<std::uint64_t> labels;  // folded hashes of lines of 12 code points or fewer seen 3 times or more, sorted
    std::vector<std::pair<std::uint64_t, std::size_t>> last_seen;  // folded hash → its last line, sorted
    std::size_t wrap = 0;        // the width the text was hard-wrapped at, 0 if it was not
    std::size_t line_count = 0;  // lines in the whole text

    bool is_label(std::string_view folded_text) const;
    // The last line whose folded text is `folded_text` (a line short enough to be a title).
    std::size_t last_line_of(std::uint64_t hash) const;
};

// Fed every text line in order (its index in the whole text, the title shape's text and length,
// its width), then finished with the number of lines.
class PlainTextFactsBuilder {
public:
    void add_text_line(std::size_t index, std::string_view shape_text, std::size_t length, std::size_t width);
    PlainTextFacts finish(std::size_t line_count);

private:
    std::vector<std::uint64_t> short_lines_;  // folded hashes of every line of 12 code points or fewer
    std::vector<std::pair<std::uint64_t, std::size_t>> seen_;
    std::vector<std::size_t> widths_;
};

}  // namespace sori
