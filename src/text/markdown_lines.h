#pragma once
// Markdown block syntax recognised one line at a time: headings, rules, fences, table rules,
// list markers, link definitions. Hand-written scanners, each one pass over the line (no
// std::regex: libstdc++'s matcher recurses once per character and overflows the stack on a
// long line).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sori::markdown {

// `# Title ##` (ATX) or `== Title ==` (wiki): the heading's text, markers removed.
std::optional<std::string_view> heading_text(std::string_view line);

bool is_setext_underline(std::string_view line);  // === or --- under a line of text
bool is_thematic_break(std::string_view line);    // *** - - - ___
bool is_table_rule(std::string_view line);        // |---|:--:|
bool is_link_definition(std::string_view line);   // [label]: target

// ``` or ~~~ (three or more) opening a fenced block: the fence itself.
std::optional<std::string_view> fence_opening(std::string_view line);

// Length of a list marker and the blanks after it (`- `, `* `, `12. `, `3) `), or 0.
std::size_t list_marker_length(std::string_view line);

// `3. 제목`: one or two digits, a point, blanks, then text.
bool is_numbered_line(std::string_view line);

// `title: …` or `title = …` in front matter: the value, trimmed, quotes removed.
std::optional<std::string> front_matter_title(std::string_view line);

}  // namespace sori::markdown
