#include "text/markdown_cleaner.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "base/utf8.h"

namespace sori {
namespace {

bool ascii_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

bool starts_with_ci(std::string_view text, std::size_t pos, std::string_view prefix) {
    if (text.size() - pos < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[pos + i])) != prefix[i]) return false;
    return true;
}

// Length of an HTML tag starting at `pos` (`<b>`, `</a>`, `<img src=x/>`), or 0 when the `<`
// opens something else, such as the Korean quotation brackets `<서비스 …>`.
std::size_t tag_length(std::string_view text, std::size_t pos) {
    std::size_t i = pos + 1;
    if (i < text.size() && text[i] == '/') ++i;
    if (i >= text.size() || !ascii_alpha(text[i])) return 0;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '-')) ++i;
    if (i < text.size() && text[i] != '>' && text[i] != ' ' && text[i] != '/') return 0;
    const std::size_t close = text.find_first_of("<>", i);  // stops at a `<`: each byte is looked at once
    if (close == std::string_view::npos || text[close] == '<') return 0;
    return close + 1 - pos;
}

// Finds the `)` that closes a link target opened at `open`, allowing nested parentheses.
std::size_t closing_paren(std::string_view text, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        if (text[i] == '(') ++depth;
        else if (text[i] == ')' && --depth == 0) return i;
        else if (text[i] == ' ' && depth == 1 && i + 1 < text.size() && text[i + 1] != '"' && text[i + 1] != '\'') return std::string_view::npos;
    }
    return std::string_view::npos;
}

std::size_t closing_bracket(std::string_view text, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        if (text[i] == '[') ++depth;
        else if (text[i] == ']' && --depth == 0) return i;
    }
    return std::string_view::npos;
}

const std::array<std::pair<std::string_view, std::string_view>, 9> entities{{
    {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
    {"&apos;", "'"}, {"&nbsp;", " "}, {"&middot;", "·"}, {"&hellip;", "…"},
}};

bool is_reference_mark(std::string_view inner) {
    if (inner == "편집" || inner == "원본 편집" || inner == "출처 필요" || inner == "edit") return true;
    if (inner.empty() || inner.size() > 3) return false;
    for (char ch : inner)
        if (!std::isdigit(static_cast<unsigned char>(ch))) return false;
    return true;
}

}  // namespace

std::string strip_html_blocks(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        std::string_view closer;
        if (text.compare(pos, 4, "<!--") == 0) closer = "-->";
        else if (starts_with_ci(text, pos, "<script")) closer = "</script>";
        else if (starts_with_ci(text, pos, "<style")) closer = "</style>";
        if (closer.empty()) { out += text[pos++]; continue; }
        std::size_t end = pos;
        while (end < text.size() && !starts_with_ci(text, end, closer)) ++end;
        // Keep the line structure so that later line numbers still match the file.
        for (std::size_t i = pos; i < end && i < text.size(); ++i) if (text[i] == '\n') out += '\n';
        pos = end < text.size() ? end + closer.size() : text.size();
    }
    return out;
}

std::string clean_inline(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    // The only bytes anything below looks at; runs of other text are copied at once.
    const auto special = [](char ch) { return ch == '!' || ch == '[' || ch == '<' || ch == '&' || ch == '`' || ch == '*' || ch == '_' || ch == '~'; };
    for (std::size_t pos = 0; pos < line.size();) {
        const char c = line[pos];
        if (!special(c)) {
            std::size_t next = pos + 1;
            while (next < line.size() && !special(line[next])) ++next;
            out.append(line.substr(pos, next - pos));
            pos = next;
            continue;
        }
        if (c == '!' && pos + 1 < line.size() && line[pos + 1] == '[') {
            const std::size_t close = closing_bracket(line, pos + 1);
            if (close != std::string_view::npos && close + 1 < line.size() && line[close + 1] == '(') {
                const std::size_t end = closing_paren(line, close + 1);
                if (end != std::string_view::npos) { pos = end + 1; continue; }
            }
        }
        if (c == '[') {
            const std::size_t close = closing_bracket(line, pos);
            if (close != std::string_view::npos && is_reference_mark(line.substr(pos + 1, close - pos - 1)) && pos > 0 &&
                line[pos - 1] != ' ') {
                pos = close + 1;  // 국가이다.[1] / 역사[편집]: footnote marks and wiki edit links
                continue;
            }
            if (close != std::string_view::npos && close + 1 < line.size()) {
                std::size_t end = std::string_view::npos;
                if (line[close + 1] == '(') end = closing_paren(line, close + 1);
                else if (line[close + 1] == '[') end = line.find(']', close + 2);
                if (end != std::string_view::npos) {
                    out += clean_inline(line.substr(pos + 1, close - pos - 1));
                    pos = end + 1;
                    continue;
                }
            }
        }
        if (c == '<') {
            if (const std::size_t len = tag_length(line, pos)) { pos += len; continue; }
            const std::size_t close = line.find_first_of("<>", pos + 1);
            const auto inner = close == std::string_view::npos || line[close] == '<' ? std::string_view{} : line.substr(pos + 1, close - pos - 1);
            if (inner.rfind("http://", 0) == 0 || inner.rfind("https://", 0) == 0 ||
                (inner.find('@') != std::string_view::npos && inner.find(' ') == std::string_view::npos)) {
                out += inner;
                pos = close + 1;
                continue;
            }
        }
        if (c == '&') {
            bool decoded = false;
            for (const auto& [name, value] : entities) {
                if (line.compare(pos, name.size(), name) == 0) {
                    out += value;
                    pos += name.size();
                    decoded = true;
                    break;
                }
            }
            if (decoded) continue;
        }
        if (c == '`') { ++pos; continue; }
        if ((c == '*' || c == '_' || c == '~') && pos + 1 < line.size() && line[pos + 1] == c) {
            pos += 2;
            continue;
        }
        if (c == '*') {
            const bool after_space = pos == 0 || line[pos - 1] == ' ';
            const bool before_space = pos + 1 >= line.size() || line[pos + 1] == ' ';
            const bool between_digits = pos > 0 && pos + 1 < line.size() && std::isdigit(static_cast<unsigned char>(line[pos - 1])) &&
                                        std::isdigit(static_cast<unsigned char>(line[pos + 1]));
            if (!(after_space && before_space) && !between_digits) { ++pos; continue; }
        }
        out += c;
        ++pos;
    }
    // Collapse the runs of spaces that removed pieces leave behind, in place (a line may be
    // many megabytes), then trim.
    std::size_t kept = 0;
    for (char ch : out) {
        if (ch == ' ' && (kept == 0 || out[kept - 1] == ' ')) continue;
        out[kept++] = ch;
    }
    out.resize(kept);
    utf8::trim_in_place(out);
    out.shrink_to_fit();
    return out;
}

bool is_blog_furniture(std::string_view line) {
    static constexpr std::array<std::string_view, 10> furniture{
        "반응형", "728x90", "320x100", "공유하기", "구독하기", "게시글 관리", "댓글쓰기", "공감", "이 글을 공유합니다", "Copyright",
    };
    const std::string_view trimmed = utf8::trimmed(line);
    return std::find(furniture.begin(), furniture.end(), trimmed) != furniture.end();
}

}  // namespace sori
