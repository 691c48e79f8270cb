#pragma once
// Plain text to blocks by its layout (plain_text_lines.h gives the lines): the document's
// convention for section titles is found first — underlined lines, `* ` titles at the margin,
// numbered titles (`1.`, `제1장`, `Ⅰ.`, `가.`, `(1)`, `■`, `【…】`) or bare short lines set off by
// blank lines — and only lines of that convention open sections (level 2); numbered sub-titles
// (`4.1`), indented titles and labels with a hanging indent open subsections (level 3). A title
// line or a centred title block names the document; tables of contents, recurring labels
// (`추가`), definition lists and end markers (`…의 끝.`) are never titles. Hard-wrapped lines
// (a word cut by the wrap is glued back, line_wrap.h)
// join into paragraphs; list items stay apart.
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "text/text_blocks.h"

namespace sori {

struct PlainText {
    std::vector<TextBlock> blocks;
    TitleSources titles;  // the title line or block, or the opening section title
};

PlainText read_plain_text(std::string_view text);

// A text over this size is read a piece at a time (pieces end at blank lines), each piece with
// what the whole text says (plain_text_facts.h): its lines are never all held at once.
inline constexpr std::size_t plain_text_piece_bytes = 1 << 20;

// The same, handing over the titles (once, before any block) and each block as it is read;
// `piece_bytes` is for tests (a text of any size can be read in pieces).
void read_plain_text(std::string_view text, const std::function<void(const TitleSources&)>& titles,
                     const std::function<void(TextBlock&&)>& block, std::size_t piece_bytes = plain_text_piece_bytes);

}  // namespace sori
