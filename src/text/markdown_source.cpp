#include "text/markdown_source.h"

#include <cctype>

#include "base/utf8.h"

namespace sori {
namespace {

bool upper_at(std::string_view s, std::size_t i) { return i < s.size() && std::isupper(static_cast<unsigned char>(s[i])); }

// ``` or ~~~ (three or more, up to any indent): the fence, or empty.
std::string fence_of(std::string_view line) {
    const std::string trimmed = utf8::trim(line);
    if (trimmed.size() < 3 || (trimmed[0] != '`' && trimmed[0] != '~')) return {};
    std::size_t n = 0;
    while (n < trimmed.size() && trimmed[n] == trimmed[0]) ++n;
    return n >= 3 ? trimmed.substr(0, n) : std::string{};
}

// Removes `{/* … */}` (the comment may go on past the line: `open` carries that), `{#id}`
// and `{% … %}`.
std::string strip_inline(std::string_view line, bool& open_comment) {
    std::string out;
    out.reserve(line.size());  // never longer than the line: no regrowth of a long one
    bool liquid_closes = true;  // false once a `{%` found no `%}`: none later in the line either
    for (std::size_t i = 0; i < line.size();) {
        if (open_comment) {
            const std::size_t close = line.find("*/}", i);
            if (close == std::string_view::npos) return out;
            open_comment = false;
            i = close + 3;
            continue;
        }
        if (line.compare(i, 3, "{/*") == 0) {
            open_comment = true;
            i += 3;
            continue;
        }
        if (liquid_closes && line.compare(i, 2, "{%") == 0) {
            const std::size_t close = line.find("%}", i + 2);
            liquid_closes = close != std::string_view::npos;
            if (liquid_closes) {
                i = close + 2;
                continue;
            }
        }
        if (line.compare(i, 2, "{#") == 0) {
            std::size_t j = i + 2;
            while (j < line.size() && (std::isalnum(static_cast<unsigned char>(line[j])) || line[j] == '-' || line[j] == '_' || line[j] == '.')) ++j;
            if (j < line.size() && line[j] == '}' && j > i + 2) {
                while (!out.empty() && out.back() == ' ') out.pop_back();
                i = j + 1;
                continue;
            }
        }
        out += line[i++];
    }
    return out;
}

// A line of nothing but JSX component tags (names start with a capital letter). `open_tag` is
// set when the line ends inside a tag, which then goes on to the line holding its `>`.
bool only_component_tags(std::string_view line, bool& open_tag) {
    std::size_t i = 0;
    bool any = false;
    while (true) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        if (i == line.size()) return any;
        if (line[i] != '<') return false;
        const std::size_t name = i + 1 + (i + 1 < line.size() && line[i + 1] == '/');
        if (!upper_at(line, name)) return false;
        const std::size_t close = line.find_first_of("<>", name);  // a tag holds no `<`
        if (close != std::string_view::npos && line[close] == '<') return false;
        any = true;
        if (close == std::string_view::npos) {
            open_tag = true;
            return true;
        }
        i = close + 1;
    }
}

}  // namespace

std::string strip_dialect_furniture(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 1);
    std::string fence;
    bool open_comment = false, open_tag = false;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        const std::string line_fence = fence_of(line);
        if (!fence.empty()) {  // inside fenced code: as written
            if (line_fence.size() >= fence.size() && line_fence[0] == fence[0] && utf8::trim(line) == line_fence) fence.clear();
            out.append(line).push_back('\n');
            continue;
        }
        if (open_tag) {  // the rest of a component tag that began on an earlier line
            open_tag = line.find('>') == std::string_view::npos;
            out.push_back('\n');
            continue;
        }
        if (!open_comment && !line_fence.empty()) {
            fence = line_fence;
            out.append(line).push_back('\n');
            continue;
        }
        const bool was_open = open_comment;
        std::string cleaned = strip_inline(line, open_comment);
        const std::string_view trimmed = utf8::trimmed(cleaned);
        const bool emptied = trimmed.empty() && (was_open || !utf8::trimmed(line).empty());
        if (emptied || trimmed.rfind(":::", 0) == 0 || only_component_tags(trimmed, open_tag)) cleaned.clear();
        out.append(cleaned).push_back('\n');
    }
    return out;
}

namespace {

bool blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

// Whether some run of non-blank lines is longer than max_block_bytes.
bool has_long_block(std::string_view text) {
    std::size_t run = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        run = blank(line) ? 0 : run + line.size() + 1;
        if (run > max_block_bytes) return true;
        start = end + 1;
    }
    return false;
}

// A line longer than a block, in pieces of at most max_block_bytes ending at a space when there is one.
void append_cut_line(std::string& out, std::string_view line) {
    while (line.size() > max_block_bytes) {
        std::size_t at = line.rfind(' ', max_block_bytes);
        if (at == std::string_view::npos || at == 0) {
            at = max_block_bytes;
            while (at > 0 && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) --at;
        }
        out.append(line.substr(0, at)).append("\n\n");
        line.remove_prefix(at);
    }
    out.append(line);
}

}  // namespace

void bound_blocks(std::string& markdown) {
    if (!has_long_block(markdown)) return;
    std::string out;
    out.reserve(markdown.size() + markdown.size() / (max_block_bytes / 2) + 16);
    std::size_t run = 0;
    for (std::size_t start = 0; start < markdown.size();) {
        std::size_t end = markdown.find('\n', start);
        if (end == std::string::npos) end = markdown.size();
        const std::string_view line = std::string_view(markdown).substr(start, end - start);
        if (blank(line)) {
            run = 0;
        } else {
            if (run > 0 && run + line.size() + 1 > max_block_bytes) out += '\n', run = 0;  // a blank line before it
            run += line.size() > max_block_bytes ? line.size() % max_block_bytes : line.size() + 1;
        }
        append_cut_line(out, line);
        if (end < markdown.size()) out += '\n';
        start = end + 1;
    }
    markdown.swap(out);
}

}  // namespace sori
