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

}  // namespace sori
