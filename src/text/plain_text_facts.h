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

#include "text/line_wrap.h"
#include "text/title_shape.h"

namespace sori {

inline constexpr std::size_t max_label_length = 12;  // code points of a recurring label

// Spaces and punctuation out: `추가 된점.` and `추가된 점` compare equal.
std::string folded(std::string_view text);
std::uint64_t folded_hash(std::string_view text);  // of folded(text)

// One folded text of a line short enough to be a title: 16 bytes.
struct ShortLine {
    std::uint64_t hash = 0;   // folded_hash of the line
    std::uint32_t last = 0;   // the last line with this folded text
    std::uint32_t count = 0;  // how many of its lines are 12 code points or fewer
};

struct PlainTextFacts {
    std::vector<ShortLine> short_lines;  // one per folded text, sorted by hash
    std::size_t wrap = 0;                // the width the text was hard-wrapped at, 0 if it was not
    std::size_t line_count = 0;          // lines in the whole text

    // A folded line of 12 code points or fewer seen 3 times or more (a label such as 추가).
    bool is_label(std::string_view folded_text) const;
    // The last line whose folded text has this hash (a line short enough to be a title), or 0.
    std::size_t last_line_of(std::uint64_t hash) const;
};

// Fed every text line in order (its index in the whole text, the title shape's text and length,
// its width), then finished with the number of lines.
class PlainTextFactsBuilder {
public:
    void add_text_line(std::size_t index, std::string_view shape_text, std::size_t length, std::size_t width);
    // Takes in what another builder was fed (lines of another part of the same text, in any order).
    void merge(PlainTextFactsBuilder&& other);
    PlainTextFacts finish(std::size_t line_count);

private:
    void compact();  // one entry a hash: sorted, merged

    std::vector<ShortLine> lines_;
    std::size_t compact_at_ = 1 << 16;  // compacted again when it reaches this size
    WidthHistogram widths_;
};

}  // namespace sori
