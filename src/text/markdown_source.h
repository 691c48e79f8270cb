#pragma once
// Markdown dialect furniture taken out before the CommonMark parser sees the text, line by line
// and never inside fenced code: MDX comments `{/* … */}` and heading ids `{#id}`, lines that hold
// only JSX component tags (`<Intro>`, `</Sandpack>`, `<Illustration … />`, also across lines),
// VitePress containers (`::: tip`), and Liquid or Nunjucks tags (`{% raw %}`, `{% note … %}`).
// Removed lines become blank lines, so what they held apart stays apart.
#include <string>
#include <string_view>

namespace sori {

std::string strip_dialect_furniture(std::string_view markdown);

// Longest run of lines without a blank one that the parser is given (md4c's work space for a
// block's inline delimiters is tens of bytes each, so a block's size bounds its memory).
inline constexpr std::size_t max_block_bytes = 1 << 18;

// Cuts every run of non-blank lines longer than max_block_bytes with blank lines, between lines,
// or inside a line longer than that at a space (else at a character). No real paragraph is that
// long: the cut only keeps a hostile text's memory bounded. In place: unchanged when no run is.
void bound_blocks(std::string& markdown);

}  // namespace sori
