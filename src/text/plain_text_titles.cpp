#include "text/plain_text_titles.h"

#include <algorithm>
#include <utility>

#include "base/utf8.h"

namespace sori {
namespace {

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

// Whether the folded text begins with a label (labels are at most 12 code points long).
bool starts_with_label(const Labels& labels, const std::string& text) {
    const std::string f = folded(text);
    for (std::size_t end = 0, points = 0; end < f.size() && points < 12; ++points) {
        std::size_t len = 0;
        utf8::decode(f, end, len);
        end += len;
        if (labels.is_label(std::string_view(f).substr(0, end))) return true;
    }
    return false;
}

// `WWW:<TAB>…`, `FAQ: …`: a label and its text on one line, as in a definition list.
bool inline_label(const LayoutLine& line) {
    const std::size_t colon = line.text.find(':');
    return colon != std::string::npos && colon > 0 && colon <= 24 && colon + 1 < line.text.size() && line.text[colon + 1] == ' ' &&
           line.text.find("://") == std::string::npos;
}

}  // namespace

// A run of three or more short marked lines with nothing between them: a list, and a table of
// contents when a label such as 목차 names it, or when it stands at the margin and its lines
// come back later as titles (an indented list that names what follows is read).
void skip_tables_of_contents(Page& p) {
    for (std::size_t i = 0; i < p.lines.size();) {
        std::size_t j = i;
        while (is_text(p, j) && p.shape(j).marker != TitleMarker::none && !p.shape(j).sentence && p.shape(j).length <= max_title_length) ++j;
        if (j - i < 3) {
            i = j + 1;
            continue;
        }
        std::size_t repeated = 0;
        for (std::size_t k = i; k < j; ++k) repeated += p.facts->last_line_of(folded_hash(p.shape(k).text)) >= p.first_line + j;
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

// How many possible titles of each convention a page holds (after its tables of contents are skipped).
ConventionCounts count_conventions(const Page& p) {
    ConventionCounts n;
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
        if (p.skip[i] || !could_be_title(p, i)) continue;
        n.underlined += p.lines[i + 1 < p.lines.size() ? i + 1 : i].role == LineRole::underline && i + 1 < p.lines.size();
        if (p.lines[i].indent == 0 && p.shape(i).marker == TitleMarker::bullet) ++n.bullets;
        if (p.lines[i].indent == 0 && p.shape(i).marker == TitleMarker::number && p.shape(i).number_depth == 1) ++n.numbers;
    }
    return n;
}

Convention convention_of(const ConventionCounts& n) {
    if (n.underlined >= 2) return Convention::underlined;
    if (n.bullets >= 2) return Convention::bullets;
    if (n.numbers >= 2) return Convention::numbers;
    return Convention::bare;
}

namespace {

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
            if (labels.is_label(folded(s.text))) return 0;
            return p.lines[i].indent == 0 && s.marker != TitleMarker::bullet && is_gap(p, i + 1) && !s.label && starts_with_letter(s.text) ? 2 : 0;
    }
    return 0;
}

}  // namespace

void find_headings(Page& p, const Labels& labels) {
    skip_tables_of_contents(p);
    const Convention c = p.convention ? *p.convention : convention_of(count_conventions(p));
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

namespace {

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

}  // namespace

// A centred block (indented eight columns or more, blank lines around) of one or two short
// lines near the top (the first tenth, at least 30 lines), which may follow a translator's or English preamble; else the
// first line when it is short, no sentence and unmarked (after an English preamble, the first
// Korean line).
std::optional<std::string> find_title(Page& p, const Labels& labels) {
    const std::size_t head = std::max<std::size_t>(30, p.facts->line_count / 10);
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

}  // namespace sori
