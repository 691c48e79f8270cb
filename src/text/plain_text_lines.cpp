#include "text/plain_text_lines.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "base/utf8.h"
#include "text/markdown_cleaner.h"

namespace sori {
namespace {

// Calls line(view) for each line of the text (no final empty line after a last newline).
template <typename F>
void for_each_line(std::string_view text, F&& line) {
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (end > start || end < text.size()) line(text.substr(start, end - start));
        start = end + 1;
    }
}

bool has_hangul(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, i, len);
        if (utf8::is_hangul(cp)) return true;
        i += len;
    }
    return false;
}

bool has_box_drawing(std::string_view text) {
    if (text.find('\xE2') == std::string_view::npos) return false;  // U+2500–257F all begin with E2
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, i, len);
        if (cp >= 0x2500 && cp <= 0x257F) return true;
        i += len;
    }
    return false;
}

LayoutLine measure(std::string_view raw, std::deque<std::string>& owned) {
    LayoutLine line;
    std::size_t i = 0;
    for (; i < raw.size() && (raw[i] == ' ' || raw[i] == '\t'); ++i) line.indent = raw[i] == '\t' ? (line.indent / 8 + 1) * 8 : line.indent + 1;
    std::string_view rest = raw.substr(i);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
    line.text = rest;
    if (rest.find('\t') != std::string_view::npos) {
        std::string& folded = owned.emplace_back(rest);
        std::replace(folded.begin(), folded.end(), '\t', ' ');
        line.text = folded;
    }
    if (line.text.empty() || utf8::trimmed(line.text).empty()) line.role = LineRole::blank;
    return line;
}

// Only rule characters (= - * _ ~ # + .), at least three of them.
bool is_rule(std::string_view text, char& mark) {
    int count = 0;
    mark = 0;
    for (char c : text) {
        if (c == ' ') continue;
        if (std::string_view("=-*_~#+.").find(c) == std::string_view::npos) return false;
        mark = mark == 0 || mark == c ? c : '!';
        ++count;
    }
    return count >= 3;
}

bool is_prompt(std::string_view text) {
    for (std::string_view p : {"# ", "$ ", "% ", "shell> ", "shell>", ">>> ", "C:\\>", "root@", "user@"})
        if (text.substr(0, p.size()) == p) return true;
    return false;
}

// Code, commands and paths: no Hangul and the punctuation of code.
bool is_code_like(std::string_view text) {
    if (has_hangul(text)) return false;
    if (text.substr(0, 2) == "./" || text.substr(0, 1) == "/" || text.substr(0, 2) == "--" || text.substr(0, 2) == "<?") return true;
    return text.find_first_of(";{}<>=$|\\") != std::string_view::npos;
}

// `F1      : 도움말`, `--enable-debug     : 디버그 모드`: a key, a gap, a colon.
bool is_key_table_row(std::string_view text) {
    const std::size_t gap = text.find("  ");
    if (gap == std::string_view::npos || gap == 0 || gap > 40) return false;
    const std::size_t colon = text.find_first_not_of(' ', gap);
    return colon != std::string_view::npos && text[colon] == ':' && text.substr(0, gap).find(' ') == std::string_view::npos;
}

bool is_address_token(std::string_view token) {
    while (!token.empty() && std::string_view("<([").find(token.front()) != std::string_view::npos) token.remove_prefix(1);
    while (!token.empty() && std::string_view(">)].,").find(token.back()) != std::string_view::npos) token.remove_suffix(1);
    return token.rfind("http://", 0) == 0 || token.rfind("https://", 0) == 0 || token.rfind("ftp://", 0) == 0 ||
           token.rfind("www.", 0) == 0 || (token.find('@') != std::string_view::npos && token.find('.') != std::string_view::npos);
}

// A URL or e-mail line, a byline or contact line (`2001.12.19 김정균 <http://oops.org>`).
bool is_address_line(std::string_view text) {
    std::size_t words = 0, addresses = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        if (end > start) {
            ++words;
            addresses += is_address_token(text.substr(start, end - start));
        }
        start = end + 1;
    }
    if (addresses == 0) return false;
    const std::string trimmed = utf8::trim(text);
    const bool sentence_end = !trimmed.empty() && (trimmed.back() == '.' || trimmed.back() == '!' || trimmed.back() == '?');
    return words == addresses || (words <= 6 && !sentence_end && (text.find('<') != std::string_view::npos || text.find('@') != std::string_view::npos));
}

LineRole role_of(const LayoutLine& line, const LayoutLine* previous) {
    const std::string_view t = line.text;
    char mark = 0;
    if (is_rule(t, mark)) {
        const bool under_text = previous && previous->role == LineRole::text && (mark == '=' || mark == '-') && t.find(' ') == std::string_view::npos;
        return under_text ? LineRole::underline : LineRole::rule;
    }
    if (t.rfind("$Id", 0) == 0 || has_box_drawing(t) || is_blog_furniture(t)) return LineRole::hidden;
    if ((is_prompt(t) && !has_hangul(t)) || is_code_like(t) || is_key_table_row(t) || is_address_line(t)) return LineRole::hidden;
    return LineRole::text;
}

bool is_page_number(std::string_view text) {
    const std::string t = utf8::trim(text);
    std::size_t digits = 0, other = 0;
    for (char c : t) {
        if (c >= '0' && c <= '9') ++digits;
        else if (c != '-' && c != ' ' && c != '/' && c != '|') ++other;
    }
    return digits > 0 && digits <= 4 && other == 0;
}

// PDF text: page numbers out, the blank line after every line out, paragraphs where a line
// ends a sentence short of the usual width, runs of spaces (`부      칙`) folded.
std::vector<LayoutLine> rebuild_pdf_lines(const std::vector<LayoutLine>& lines, std::deque<std::string>& owned) {
    std::vector<std::size_t> widths;
    for (const LayoutLine& l : lines)
        if (l.role != LineRole::blank) widths.push_back(utf8::length(l.text));
    std::sort(widths.begin(), widths.end());
    const std::size_t usual = widths.empty() ? 0 : widths[widths.size() * 3 / 4];
    std::vector<LayoutLine> out;
    for (const LayoutLine& l : lines) {
        if (l.role == LineRole::blank || is_page_number(l.text)) continue;
        LayoutLine copy = l;
        std::string folded;
        for (char c : copy.text)
            if (!(c == ' ' && !folded.empty() && folded.back() == ' ')) folded += c;
        copy.text = owned.emplace_back(std::move(folded));
        copy.indent = std::min(copy.indent, 2);
        out.push_back(copy);
        const std::string_view trimmed = utf8::trimmed(copy.text);
        const bool ends = !trimmed.empty() && std::string_view(".!?다").find(trimmed.back()) != std::string_view::npos;
        if (ends && utf8::length(copy.text) * 5 < usual * 4) out.push_back(LayoutLine{"", 0, LineRole::blank});
    }
    return out;
}

}  // namespace

bool looks_like_pdf_text(std::string_view text) {
    if (text.find('\f') != std::string_view::npos) return true;
    std::size_t filled = 0, followed_by_blank = 0, sentence_ends = 0;
    std::vector<std::uint32_t> lengths;
    // A line is judged when the two after it are known: a window of three, no table of lines.
    std::string_view window[3];
    std::size_t seen = 0;
    const auto judge = [&](std::string_view line, bool two_follow) {
        const std::string_view trimmed = utf8::trimmed(line);
        if (trimmed.empty()) return;
        ++filled;
        if (!is_page_number(trimmed)) lengths.push_back(static_cast<std::uint32_t>(utf8::length(trimmed)));
        sentence_ends += std::string_view(".!?").find(trimmed.back()) != std::string_view::npos;
        followed_by_blank += two_follow && utf8::trimmed(window[1]).empty() && !utf8::trimmed(window[2]).empty();
    };
    for_each_line(text, [&](std::string_view line) {
        window[0] = window[1], window[1] = window[2], window[2] = line;
        if (++seen >= 3) judge(window[0], true);
    });
    // The last two lines (or fewer) have no two lines after them.
    for (std::size_t k = seen >= 2 ? 1 : 3 - seen; k < 3 && seen > 0; ++k) judge(window[k], false);
    if (filled < 12 || lengths.empty() || followed_by_blank * 10 < filled * 8) return false;
    // A blank line after every line is also how blogs export one paragraph per line; PDF lines
    // are wrapped to a width: few short lines, most stop inside a sentence.
    std::sort(lengths.begin(), lengths.end());
    return lengths[lengths.size() / 4] >= 10 && lengths[lengths.size() / 2] <= 90 && sentence_ends * 2 < filled;
}

namespace {

bool is_signature(std::string_view text) { return text == "--" || text == "-- "; }

}  // namespace

std::size_t line_count(std::string_view text) {
    std::size_t n = 0;
    for_each_line(text, [&n](std::string_view) { ++n; });
    return n;
}

Layout layout_lines(std::string_view text, const LayoutOptions& options) {
    Layout layout;
    std::vector<LayoutLine>& lines = layout.lines;
    lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    for_each_line(text, [&](std::string_view raw) { lines.push_back(measure(raw, layout.owned)); });
    if (options.find_pdf && looks_like_pdf_text(text)) lines = rebuild_pdf_lines(lines, layout.owned);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].role == LineRole::blank) continue;
        lines[i].role = role_of(lines[i], i > 0 ? &lines[i - 1] : nullptr);
    }
    for (std::size_t i = options.hidden_from; i < lines.size(); ++i) lines[i].role = LineRole::hidden;
    if (!options.ends_text) return layout;
    // A signature (`--` alone) near the end: the rest is names and addresses.
    for (std::size_t i = lines.size() > 20 ? lines.size() - 20 : 0; i < lines.size(); ++i)
        if (is_signature(lines[i].text)) {
            for (std::size_t j = i; j < lines.size(); ++j) lines[j].role = LineRole::hidden;
            break;
        }
    return layout;
}

std::size_t signature_line(std::string_view text, std::size_t count) {
    std::deque<std::string> owned;
    std::size_t index = 0, found = no_signature;
    for_each_line(text, [&](std::string_view raw) {
        if (found == no_signature && index + 20 >= count && is_signature(measure(raw, owned).text)) found = index;
        ++index;
    });
    return found;
}

void for_each_layout_line(std::string_view part, const LineRange& range, std::deque<std::string>& owned,
                          const std::function<void(const LayoutLine&, std::size_t)>& line) {
    LayoutLine previous;  // its role only: its text may have been cleared with `owned`
    std::size_t index = range.first;
    for_each_line(part, [&](std::string_view raw) {
        LayoutLine l = measure(raw, owned);
        if (l.role != LineRole::blank) l.role = role_of(l, index > range.first ? &previous : nullptr);
        if (index >= range.signature_from) l.role = LineRole::hidden;
        previous = LayoutLine{{}, l.indent, l.role};
        line(l, index++);
    });
}

}  // namespace sori
