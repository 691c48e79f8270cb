#pragma once
// One page of a plain text as the reader works on it: its laid-out lines with their title
// shapes, the heading level and skip mark found for each, and what the whole text says
// (plain_text_facts.h). Shared by the title finder (plain_text_titles) and the reader.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "text/line_wrap.h"
#include "text/plain_text_facts.h"
#include "text/plain_text_lines.h"
#include "text/title_shape.h"

namespace sori {

enum class Convention { underlined, bullets, numbers, bare };

struct ConventionCounts {
    int underlined = 0, bullets = 0, numbers = 0;
};

using Labels = PlainTextFacts;  // knows the folded lines that recur: 추가, 버그 수정

struct Page {
    std::deque<std::string> owned;   // the text of lines that differ from the input (Layout::owned)
    std::vector<LayoutLine> lines;
    std::vector<TitleShape> shapes;        // of the text lines only, in order
    std::vector<std::uint32_t> shape_of;   // per line: its index in `shapes`, or none

    static constexpr std::uint32_t none = UINT32_MAX;
    // The shape of line i (an empty one for lines that are not text).
    const TitleShape& shape(std::size_t i) const {
        static const TitleShape empty;
        return shape_of[i] == none ? empty : shapes[shape_of[i]];
    }
    std::vector<int> level;          // heading level per line, 0 for none
    std::vector<bool> skip;          // title lines and tables of contents: not read as text
    std::size_t wrap = 0;            // the width the text was hard-wrapped at, 0 if it was not
    const PlainTextFacts* facts = nullptr;  // of the whole text
    std::optional<Convention> convention;   // of the whole text, when the page is one piece of it
    std::size_t first_line = 0;      // the page's first line in the whole text
};

inline std::size_t width_of(const LayoutLine& line) { return static_cast<std::size_t>(line.indent) + display_width(line.text); }

inline bool is_text(const Page& p, std::size_t i) { return i < p.lines.size() && p.lines[i].role == LineRole::text; }
inline bool is_gap(const Page& p, std::size_t i) {
    return i >= p.lines.size() || p.lines[i].role == LineRole::blank || p.lines[i].role == LineRole::rule;
}

}  // namespace sori
