#pragma once
// Front matter at the top of a Markdown file: YAML between `---` lines (read with libyaml) or
// TOML between `+++` lines. Only `title` matters to sori; the block itself is never read aloud.
#include <optional>
#include <string>
#include <string_view>

namespace sori {

struct FrontMatter {
    std::size_t body_start = 0;        // byte offset of the text after the closing fence
    std::optional<std::string> title;  // `title`, when it is a non-empty scalar
};

// No front matter (or an unclosed fence): body_start 0. YAML that libyaml cannot parse still
// ends at its closing fence; it just yields no title.
FrontMatter read_front_matter(std::string_view text);

}  // namespace sori
