#include "text/plain_text_reader.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/utf8.h"
#include "text/line_wrap.h"
#include "text/markdown_cleaner.h"
#include "text/plain_text_lines.h"
#include "text/title_shape.h"

namespace sori {
namespace {

constexpr std::size_t max_title_length = 60;  // code points; longer lines are prose

enum class Convention { underlined, bullets, numbers, bare };

using Labels = std::unordered_set<std::string>;  // folded lines that recur: 추가, 버그 수정

struct Page {
    std::deque<std::string> owned;   // the text of lines that differ from the input (Layout::owned)
    std::vector<LayoutLine> lines;
    std::vector<TitleShape> shapes;        // of the text lines only, in order
    std::vector<std::uint32_t> shape_of;   // per line: its index in `shapes`, or none

    static constexpr std::uint32_t none = UINT32_MAX;
    // The shape of line i (an empty one for lines that are not text).
    const TitleShape& shape(std::size_t i) const {
        static const TitleShape empty;
        return shape_of[i] == none ? empty : shapes[shape_of[i]];
    }
    std::vector<int> level;          // heading level per line, 0 for none
    std::vector<bool> skip;          // title lines and tables of contents: not read as text
    std::size_t wrap = 0;            // the width the text was hard-wrapped at, 0 if it was not
};

std::size_t width_of(const LayoutLine& line) { return static_cast<std::size_t>(line.indent) + display_width(line.text); }

bool is_text(const Page& p, std::size_t i) { return i < p.lines.size() && p.lines[i].role == LineRole::text; }
bool is_gap(const Page& p, std::size_t i) {
    return i >= p.lines.size() || p.lines[i].role == LineRole::blank || p.lines[i].role == LineRole::rule;
}

// Set off before: the nearest line above that is not hidden is a gap (or there is none).
bool set_off_before(const Page& p, std::size_t i) {
    std::size_t j = i;
    while (j > 0 && p.lines[j - 1].role == LineRole::hidden) --j;
    return j == 0 || is_gap(p, j - 1) || p.lines[j - 1].role == LineRole::underline;
}

// A line that runs on into the next one at the same indent (wrapped prose) is no title unless
// it is much shorter than that line (`1. 시작하며` over its first paragraph).
bool runs_on(const Page& p, std::size_t i) {
    if (!is_text(p, i + 1) || p.lines[i + 1].indent != p.lines[i].indent) return false;
    return p.shape(i).length * 10 > utf8::length(p.lines[i + 1].text) * 6;
}

bool could_be_title(const Page& p, std::size_t i) {
    const TitleShape& s = p.shape(i);
    const bool underlined = i + 1 < p.lines.size() && p.lines[i + 1].role == LineRole::underline;  // `개요` ends in 요
    return is_text(p, i) && (!s.sentence || (underlined && s.length <= 20)) && !s.end_marker && !s.fragment && s.length > 0 && s.length <= max_title_length && set_off_before(p, i) &&
           !runs_on(p, i);
}

bool followed_by_hanging_text(const Page& p, std::size_t i) {
    return is_text(p, i + 1) && p.lines[i + 1].indent > p.lines[i].indent;
}

// Spaces and punctuation out: `추가 된점.` and `추가된 점` compare equal.
std::string folded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, i, len);
        if (utf8::is_letter_like(cp) || utf8::is_digit(cp)) out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

// Short lines that recur three times or more (`추가`, `버그 수정`): labels, and what starts with them.
Labels recurring_labels(const Page& p) {
    std::unordered_map<std::string, int> counts;
    for (std::size_t i = 0; i < p.lines.size(); ++i)
        if (is_text(p, i) && p.shape(i).length <= 12) ++counts[folded(p.shape(i).text)];
    Labels labels;
    for (const auto& [text, n] : counts)
        if (n >= 3 && !text.empty()) labels.insert(text);
    return labels;
}

// Whether the folded text begins with a label (labels are at most 12 code points long).
bool starts_with_label(const Labels& labels, const std::string& text) {
    const std::string f = folded(text);
    for (std::size_t end = 0, points = 0; end < f.size() && points < 12; ++points) {
        std::size_t len = 0;
        utf8::decode(f, end, len);
        end += len;
        if (labels.count(f.substr(0, end))) return true;
    }
    return false;
}

// `WWW:<TAB>…`, `FAQ: …`: a label and its text on one line, as in a definition list.
bool inline_label(const LayoutLine& line) {
    const std::size_t colon = line.text.find(':');
    return colon != std::string::npos && colon > 0 && colon <= 24 && colon + 1 < line.text.size() && line.text[colon + 1] == ' ' &&
           line.text.find("://") == std::string::npos;
}

// A run of three or more short marked lines with nothing between them: a list, and a table of
// contents when a label such as 목차 names it, or when it stands at the margin and its lines
// come back later as titles (an indented list that names what follows is read).
void skip_tables_of_contents(Page& p) {
    // Folded text (by its 64-bit hash: no copy of the text) → its last line; only lines short
    // enough to be titles can come back as titles.
    std::unordered_map<std::size_t, std::size_t> last_seen;
    const auto key = [&p](std::size_t m) { return std::hash<std::string>{}(folded(p.shape(m).text)); };
    for (std::size_t m = 0; m < p.lines.size(); ++m)
        if (is_text(p, m) && p.shape(m).length <= max_title_length) last_seen[key(m)] = m;
    for (std::size_t i = 0; i < p.lines.size();) {
        std::size_t j = i;
        while (is_text(p, j) && p.shape(j).marker != TitleMarker::none && !p.shape(j).sentence && p.shape(j).length <= max_title_length) ++j;
        if (j - i < 3) {
            i = j + 1;
            continue;
        }
        std::size_t repeated = 0;
        for (std::size_t k = i; k < j; ++k) repeated += last_seen.at(key(k)) >= j;
        std::size_t label = i;
        while (label > 0 && p.lines[label - 1].role != LineRole::text) --label;
        const bool named = label > 0 && (folded(p.lines[label - 1].text) == "목차" || folded(p.lines[label - 1].text) == "차례" ||
                                         folded(p.lines[label - 1].text) == "Contents" || folded(p.lines[label - 1].text) == "TableofContents");
        if (named || (repeated * 2 >= j - i && p.lines[i].indent == 0)) {
            for (std::size_t k = i; k < j; ++k) p.skip[k] = true;
            if (named) p.skip[label - 1] = true;
        }
        i = j + 1;
    }
}

Convention convention_of(const Page& p) {
    int underlined = 0, bullets = 0, numbers = 0;
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
        if (p.skip[i] || !could_be_title(p, i)) continue;
        underlined += p.lines[i + 1 < p.lines.size() ? i + 1 : i].role == LineRole::underline && i + 1 < p.lines.size();
        if (p.lines[i].indent == 0 && p.shape(i).marker == TitleMarker::bullet) ++bullets;
        if (p.lines[i].indent == 0 && p.shape(i).marker == TitleMarker::number && p.shape(i).number_depth == 1) ++numbers;
    }
    if (underlined >= 2) return Convention::underlined;
    if (bullets >= 2) return Convention::bullets;
    if (numbers >= 2) return Convention::numbers;
    return Convention::bare;
}

bool starts_with_letter(std::string_view text) {
    std::size_t len = 0;
    const char32_t cp = text.empty() ? 0 : utf8::decode(text, 0, len);
    return utf8::is_hangul_syllable(cp) || utf8::is_latin_letter(cp) || (cp >= 0x4E00 && cp <= 0x9FFF);
}

// A few words of letters only (`마무리`, `참고 자료`): a closing or extra section.
bool plain_words(std::string_view text) {
    int words = 1;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, pos, len);
        if (cp == ' ') ++words;
        else if (!utf8::is_hangul_syllable(cp) && !utf8::is_latin_letter(cp)) return false;
        pos += len;
    }
    return words <= 4 && utf8::length(text) <= 20;
}

// A subsection title inside a document whose sections are marked: numbered deeper (`4.1`),
// an indented short line set off by blank lines, or a label with a hanging indent.
int sub_level(const Page& p, std::size_t i, const Labels& labels) {
    const TitleShape& s = p.shape(i);
    if (starts_with_label(labels, s.text)) return 0;
    if (s.marker == TitleMarker::number && s.number_depth >= 2) return 3;
    if (s.marker == TitleMarker::bullet) return 0;
    if (s.marker == TitleMarker::number && p.lines[i].indent > 0 && (is_gap(p, i + 1) || followed_by_hanging_text(p, i))) return 3;
    if (s.marker != TitleMarker::none) return 0;
    if ((s.label || p.lines[i].indent > 0) && followed_by_hanging_text(p, i)) return 3;
    if (p.lines[i].indent > 0 && is_gap(p, i + 1) && !s.label) return 3;
    if (p.lines[i].indent == 0 && is_gap(p, i + 1) && plain_words(s.text)) return 2;  // 마무리
    if (p.lines[i].indent == 0 && !s.label && followed_by_hanging_text(p, i)) return 3;
    return 0;
}

int level_of(const Page& p, std::size_t i, Convention c, const Labels& labels) {
    const TitleShape& s = p.shape(i);
    if (s.marker == TitleMarker::wiki) return s.number_depth;
    const bool underlined = i + 1 < p.lines.size() && p.lines[i + 1].role == LineRole::underline;
    switch (c) {
        case Convention::underlined: return underlined ? 2 : 0;
        case Convention::bullets:
            if (p.lines[i].indent == 0 && s.marker == TitleMarker::bullet) return 2;
            return sub_level(p, i, labels);
        case Convention::numbers:
            if (p.lines[i].indent == 0 && s.marker == TitleMarker::number && s.number_depth == 1) return 2;
            return sub_level(p, i, labels);
        case Convention::bare:
            if (underlined) return 2;
            if (labels.count(folded(s.text))) return 0;
            return p.lines[i].indent == 0 && s.marker != TitleMarker::bullet && is_gap(p, i + 1) && !s.label && starts_with_letter(s.text) ? 2 : 0;
    }
    return 0;
}

void find_headings(Page& p, const Labels& labels) {
    skip_tables_of_contents(p);
    const Convention c = convention_of(p);
    bool definitions = false;  // the last paragraph opened with `label: text`
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
        if (!is_text(p, i) || p.skip[i]) continue;
        if (set_off_before(p, i)) definitions = definitions ? inline_label(p.lines[i]) || p.shape(i).label : inline_label(p.lines[i]);
        if (!could_be_title(p, i) || (definitions && p.shape(i).label)) continue;
        p.level[i] = level_of(p, i, c, labels);
    }
    // `X의 끝.` closes section X: titles between X and it are its subsections.
    std::size_t previous_end = 0;  // titles before an earlier end marker are settled
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
        if (!is_text(p, i) || !p.shape(i).end_marker) continue;
        const std::string closed = folded(p.shape(i).text.substr(0, p.shape(i).text.size() - 8));
        const std::size_t from = std::exchange(previous_end, i);
        for (std::size_t k = i; k-- > from;)
            if (p.level[k] == 2) {
                if (folded(p.shape(k).text) == closed) break;
                p.level[k] = 3;
            }
    }
}

std::size_t first_text_line(const Page& p, std::size_t from) {
    while (from < p.lines.size() && p.lines[from].role != LineRole::text) ++from;
    return from;
}

bool has_hangul(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 0;
        if (utf8::is_hangul(utf8::decode(text, i, len))) return true;
        i += len;
    }
    return false;
}

// A centred block (indented eight columns or more, blank lines around) of one or two short
// lines near the top (the first tenth, at least 30 lines), which may follow a translator's or English preamble; else the
// first line when it is short, no sentence and unmarked (after an English preamble, the first
// Korean line).
std::optional<std::string> find_title(Page& p, const Labels& labels) {
    const std::size_t head = std::max<std::size_t>(30, p.lines.size() / 10);
    for (std::size_t i = 0; i < head && i < p.lines.size(); ++i) {
        if (!is_text(p, i) || p.lines[i].indent < 8 || p.lines[i].text.find_first_of("+=:;|/\\") != std::string::npos || (i > 0 && p.lines[i - 1].role != LineRole::blank)) continue;
        const bool two = is_text(p, i + 1) && p.lines[i + 1].indent >= 8;
        const std::size_t after = i + 1 + two;
        if (p.shape(i).sentence || p.shape(i).label || p.shape(i).length > max_title_length || starts_with_label(labels, p.shape(i).text) ||
            (after < p.lines.size() && p.lines[after].role != LineRole::blank))
            continue;
        p.skip[i] = true;
        if (two) p.skip[i + 1] = true;
        return p.shape(i).text;
    }
    const auto is_title = [&p](std::size_t i) {
        const TitleShape& s = p.shape(i);
        return s.marker == TitleMarker::none && !s.sentence && s.length <= max_title_length && !is_text(p, i + 1);
    };
    std::size_t first = first_text_line(p, 0);
    // An English preamble (a paragraph or two without Hangul) may come before a Korean title.
    for (int paragraphs = 0; paragraphs < 3 && first < p.lines.size() && !is_title(first) && !has_hangul(p.lines[first].text); ++paragraphs) {
        std::size_t next = first;
        while (next < p.lines.size() && (is_text(p, next) || p.lines[next].role == LineRole::hidden)) ++next;
        next = first_text_line(p, next);
        if (next == p.lines.size() || !has_hangul(p.lines[next].text)) break;
        first = next;
    }
    if (first == p.lines.size() || !is_title(first)) return std::nullopt;
    p.skip[first] = true;
    return p.shape(first).text;
}

// Paragraphs from the lines that are read: wrapped lines join, list items stay apart.
std::vector<TextBlock> build_blocks(const Page& p) {
    std::vector<TextBlock> blocks;
    std::string unit;
    std::size_t last = 0;             // the line that ended `unit`
    bool list = false, fresh = true;  // in a list; the next unit starts a paragraph
    const auto flush = [&] {
        std::string cleaned = clean_inline(unit);
        std::string().swap(unit);  // its capacity too: a unit may be a line of many megabytes
        if (cleaned.empty()) return;
        add_unit(blocks, std::move(cleaned), list ? ParagraphKind::list : ParagraphKind::prose, fresh);
        fresh = false;
    };
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
        const LayoutLine& line = p.lines[i];
        if (line.role == LineRole::hidden && p.level[i] == 0) continue;
        if (p.level[i] > 0 || line.role != LineRole::text || p.skip[i]) {
            flush();
            if (p.level[i] > 0) blocks.push_back(TextBlock{p.level[i], ParagraphKind::prose, {p.shape(i).text}});
            fresh = true, list = false;
            continue;
        }
        if (const std::size_t marker = list_marker(line.text)) {
            flush();
            if (!list) fresh = true;
            list = true;
            const bool numbered = line.text[0] != '-' && line.text[0] != '*' && static_cast<unsigned char>(line.text[0]) < 0x80;
            unit = numbered ? line.text : line.text.substr(marker);
            last = i;
            continue;
        }
        const bool glued = !unit.empty() && cut_inside_word(width_of(p.lines[last]), p.wrap, p.lines[last].text, line.text);
        if (!unit.empty() && !glued) unit += ' ';
        unit += line.text;
        last = i;
    }
    flush();
    return blocks;
}

}  // namespace

PlainText read_plain_text(std::string_view text) {
    Page p;
    Layout layout = layout_lines(text);
    p.owned = std::move(layout.owned);  // a deque: the lines' views stay valid
    p.lines = std::move(layout.lines);
    p.shape_of.assign(p.lines.size(), Page::none);
    p.shapes.reserve(static_cast<std::size_t>(
        std::count_if(p.lines.begin(), p.lines.end(), [](const LayoutLine& line) { return line.role == LineRole::text; })));
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
        if (p.lines[i].role != LineRole::text) continue;
        p.shape_of[i] = static_cast<std::uint32_t>(p.shapes.size());
        TitleShape& shape = p.shapes.emplace_back(title_shape(p.lines[i].text));
        // A line too long to be a title is never compared as one: its copy of the text goes.
        if (shape.length > max_title_length && !shape.end_marker) std::string().swap(shape.text);
    }
    p.level.assign(p.lines.size(), 0);
    p.skip.assign(p.lines.size(), false);
    std::vector<std::size_t> widths;
    for (const LayoutLine& line : p.lines)
        if (line.role == LineRole::text) widths.push_back(width_of(line));
    p.wrap = wrap_width(widths);
    PlainText out;
    const Labels labels = recurring_labels(p);
    out.titles.title_line = find_title(p, labels);
    find_headings(p, labels);
    if (out.titles.title_line) {
        for (std::size_t i = 0; i < p.lines.size(); ++i)
            if (p.skip[i] && p.level[i] > 0) p.level[i] = 0;
    } else {
        std::size_t first = 0;
        while (first < p.lines.size() && p.lines[first].role != LineRole::text) ++first;
        if (first < p.lines.size() && p.level[first] == 2 && p.shape(first).marker == TitleMarker::bullet)
            out.titles.heading = p.shape(first).text;  // `* LinM`: the first section names the document
    }
    out.blocks = build_blocks(p);
    return out;
}

}  // namespace sori
