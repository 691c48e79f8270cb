#pragma once
// Inline Markdown and HTML furniture that a listener should not hear: link targets, images,
// tags, emphasis markers, entities. Block-level structure is structure.cpp's job.
#include <string>
#include <string_view>

namespace sori {

// Removes HTML comments and <script>/<style> elements from a whole text (they may span lines).
std::string strip_html_blocks(std::string_view text);

// One line of Markdown to plain text: `[text](url)` → text, images dropped, tags dropped,
// `**`/`__`/`~~`/backticks removed, common HTML entities decoded, footnote marks (`다.[1]`) and
// wiki edit links (`역사[편집]`) dropped.
std::string clean_inline(std::string_view line);

// Lines that blog platforms put in a post and nobody reads aloud (반응형, 728x90, 공유하기 …).
bool is_blog_furniture(std::string_view line);

}  // namespace sori
