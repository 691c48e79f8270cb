#include "text/markdown_lines.h"

namespace sori::markdown {
namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

std::size_t skip_blanks(std::string_view s, std::size_t i) {
    while (i < s.size() && blank(s[i])) ++i;
    return i;
}

std::size_t skip_char(std::string_view s, std::size_t i, char c) {
    while (i < s.size() && s[i] == c) ++i;
    return i;
}

// Up to three leading spaces, as CommonMark allows before block markers; npos for more.
std::size_t opening(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && s[i] == ' ') ++i;
    return i <= 3 ? i : std::string_view::npos;
}

std::string_view trim_blanks(std::string_view s) {
    std::size_t b = skip_blanks(s, 0), e = s.size();
    while (e > b && blank(s[e - 1])) --e;
    return s.substr(b, e - b);
}

std::optional<std::string_view> atx_heading(std::string_view s) {
    std::size_t i = opening(s);
    if (i == std::string_view::npos || i >= s.size() || s[i] != '#') return std::nullopt;
    const std::size_t hashes = skip_char(s, i, '#');
    if (hashes - i > 6 || (hashes < s.size() && !blank(s[hashes]))) return std::nullopt;
    std::string_view text = trim_blanks(s.substr(hashes));
    std::size_t closing = text.size();  // a closing run of # after a blank (or alone) is not text
    while (closing > 0 && text[closing - 1] == '#') --closing;
    if (closing == 0) return std::string_view();
    if (closing < text.size() && blank(text[closing - 1])) text = trim_blanks(text.substr(0, closing));
    return text;
}

std::optional<std::string_view> wiki_heading(std::string_view s) {
    const std::string_view t = trim_blanks(s);
    const std::size_t open = skip_char(t, 0, '=');
    std::size_t close = t.size();
    while (close > open && t[close - 1] == '=') --close;
    if (open < 2 || open > 6 || t.size() - close != open) return std::nullopt;
    const std::string_view text = trim_blanks(t.substr(open, close - open));
    if (text.empty()) return std::nullopt;
    return text;
}

}  // namespace

std::optional<std::string_view> heading_text(std::string_view line) {
    if (auto text = atx_heading(line)) return text;
    return wiki_heading(line);
}

bool is_setext_underline(std::string_view line) {
    const std::size_t i = opening(line);
    if (i == std::string_view::npos || i >= line.size() || (line[i] != '=' && line[i] != '-')) return false;
    return skip_blanks(line, skip_char(line, i, line[i])) == line.size();
}

bool is_thematic_break(std::string_view line) {
    std::size_t i = opening(line);
    if (i == std::string_view::npos || i >= line.size() || (line[i] != '*' && line[i] != '_' && line[i] != '-')) return false;
    const char mark = line[i];
    int marks = 0;
    for (; i < line.size(); ++i) {
        if (line[i] == mark) ++marks;
        else if (!blank(line[i])) return false;
    }
    return marks >= 3;
}

bool is_table_rule(std::string_view line) {
    const std::string_view t = trim_blanks(line);
    std::size_t i = 0, cells = 0;
    if (i < t.size() && t[i] == '|') ++i;
    while (i < t.size()) {
        i = skip_blanks(t, i);
        if (i < t.size() && t[i] == ':') ++i;
        const std::size_t dashes = skip_char(t, i, '-');
        if (dashes - i < (cells == 0 ? 2u : 1u)) return false;
        i = dashes;
        if (i < t.size() && t[i] == ':') ++i;
        i = skip_blanks(t, i);
        ++cells;
        if (i < t.size() && t[i] != '|') return false;
        if (i < t.size()) ++i;  // the bar
    }
    return cells > 0;
}

bool is_link_definition(std::string_view line) {
    const std::size_t i = opening(line);
    if (i == std::string_view::npos || i >= line.size() || line[i] != '[') return false;
    const std::size_t close = line.find(']', i + 1);
    if (close == std::string_view::npos || close == i + 1 || close + 1 >= line.size() || line[close + 1] != ':') return false;
    return skip_blanks(line, close + 2) < line.size();
}

std::optional<std::string_view> fence_opening(std::string_view line) {
    const std::size_t i = opening(line);
    if (i == std::string_view::npos || i >= line.size() || (line[i] != '`' && line[i] != '~')) return std::nullopt;
    const std::size_t end = skip_char(line, i, line[i]);
    if (end - i < 3) return std::nullopt;
    return line.substr(i, end - i);
}

std::size_t list_marker_length(std::string_view line) {
    std::size_t i = 0;
    if (!line.empty() && (line[0] == '-' || line[0] == '*' || line[0] == '+')) {
        i = 1;
    } else {
        while (i < line.size() && i < 4 && digit(line[i])) ++i;
        if (i == 0 || i > 3 || i >= line.size() || (line[i] != '.' && line[i] != ')')) return 0;
        ++i;
    }
    const std::size_t after = skip_blanks(line, i);
    return after > i ? after : 0;
}

bool is_numbered_line(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && i < 3 && digit(line[i])) ++i;
    if (i == 0 || i > 2 || i >= line.size() || line[i] != '.') return false;
    const std::size_t text = skip_blanks(line, i + 1);
    return text > i + 1 && text < line.size();
}

std::optional<std::string> front_matter_title(std::string_view line) {
    if (line.substr(0, 5) != "title") return std::nullopt;
    const std::size_t i = skip_blanks(line, 5);
    if (i >= line.size() || (line[i] != ':' && line[i] != '=')) return std::nullopt;
    std::string value(trim_blanks(line.substr(i + 1)));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        value = value.substr(1, value.size() - 2);
    return value;
}

}  // namespace sori::markdown
