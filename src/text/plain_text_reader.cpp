#include "text/plain_text_reader.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "base/shared_work.h"
#include "base/utf8.h"
#include "text/markdown_cleaner.h"
#include "text/plain_text_page.h"
#include "text/plain_text_titles.h"

namespace sori {
namespace {

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

// The lines of one page (the whole text, or one piece of a long one) with their shapes.
void lay_out(Page& p, std::string_view text, const LayoutOptions& options) {
    Layout layout = layout_lines(text, options);
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
}

PlainTextFacts facts_of(const Page& p) {
    PlainTextFactsBuilder facts;
    for (std::size_t i = 0; i < p.lines.size(); ++i)
        if (is_text(p, i)) facts.add_text_line(i, p.shape(i).text, p.shape(i).length, width_of(p.lines[i]));
    return facts.finish(p.lines.size());
}

// Where the piece that starts at `from` ends: after the first blank line at least `size` bytes on.
std::size_t piece_end(std::string_view text, std::size_t from, std::size_t size) {
    if (text.size() - from <= size) return text.size();
    const std::size_t blank = text.find("\n\n", from + size);
    return blank == std::string_view::npos ? text.size() : blank + 1;
}

struct PieceBounds {
    std::size_t from = 0, end = 0;  // its bytes in the text
    std::size_t first_line = 0;     // the index of its first line in the whole text
    std::size_t lines = 0;          // how many lines it has (line_count)
};

std::vector<PieceBounds> pieces_of(std::string_view text, std::size_t piece_bytes) {
    std::vector<PieceBounds> pieces;
    for (std::size_t from = 0, first_line = 0; from < text.size();) {
        const std::size_t end = piece_end(text, from, piece_bytes);
        pieces.push_back({from, end, first_line, line_count(text.substr(from, end - from))});
        first_line += pieces.back().lines;
        from = end;
    }
    return pieces;
}

std::size_t total_lines(const std::vector<PieceBounds>& pieces) { return pieces.empty() ? 0 : pieces.back().first_line + pieces.back().lines; }

// The same facts from a pass over the lines of a long text, keeping none of them: its pieces
// are gone through on several threads and what each found is put together.
PlainTextFacts facts_of(std::string_view text, const std::vector<PieceBounds>& pieces, std::size_t signature) {
    std::vector<PlainTextFactsBuilder> found(pieces.size());
    run_shared(pieces.size(), default_threads(), [&](std::size_t k) {
        std::deque<std::string> owned;
        const std::string_view part = text.substr(pieces[k].from, pieces[k].end - pieces[k].from);
        for_each_layout_line(part, {pieces[k].first_line, signature}, owned, [&](const LayoutLine& line, std::size_t index) {
            if (line.role == LineRole::text) {
                const TitleShape shape = title_shape(line.text);
                found[k].add_text_line(index, shape.text, shape.length, width_of(line));
            }
            owned.clear();
        });
    });
    for (std::size_t k = 1; k < found.size(); ++k) found[0].merge(std::move(found[k]));
    return found.empty() ? PlainTextFacts{} : found[0].finish(total_lines(pieces));
}

// Reads one page: titles from the first page (given to `titles` before any block), then its
// headings and blocks. Returns whether the document has a title line.
bool read_page(Page& p, bool first, bool title_line, const std::function<void(const TitleSources&)>& titles,
               const std::function<void(TextBlock&&)>& block) {
    p.wrap = p.facts->wrap;
    const Labels& labels = *p.facts;
    TitleSources found;
    if (first) found.title_line = find_title(p, labels);
    find_headings(p, labels);
    if (first) title_line = found.title_line.has_value();
    if (title_line) {
        for (std::size_t i = 0; i < p.lines.size(); ++i)
            if (p.skip[i] && p.level[i] > 0) p.level[i] = 0;
    } else if (first) {
        std::size_t first_line = 0;
        while (first_line < p.lines.size() && p.lines[first_line].role != LineRole::text) ++first_line;
        if (first_line < p.lines.size() && p.level[first_line] == 2 && p.shape(first_line).marker == TitleMarker::bullet)
            found.heading = p.shape(first_line).text;  // `* LinM`: the first section names the document
    }
    if (first) titles(found);
    for (TextBlock& b : build_blocks(p)) block(std::move(b));
    return title_line;
}


// A text over a piece long: its pieces and what the whole of it says.
struct LongText {
    std::string_view text;
    std::vector<PieceBounds> pieces;
    std::size_t signature = no_signature;  // the line where its signature starts
    PlainTextFacts facts;
    Convention convention;
};

// Piece k laid out with what the whole text says (a signature may start in an earlier piece).
Page piece_page(const LongText& t, std::size_t k) {
    const PieceBounds& piece = t.pieces[k];
    const std::size_t hidden_from = t.signature == no_signature ? no_signature
                                    : t.signature > piece.first_line ? t.signature - piece.first_line
                                                                     : 0;
    Page p;
    lay_out(p, t.text.substr(piece.from, piece.end - piece.from), {false, false, hidden_from});
    p.facts = &t.facts;
    p.first_line = piece.first_line;
    return p;
}

// The title convention, counted over every piece, two pieces at a time (each needs only the
// facts; a laid-out page of short lines takes ten times its text, so no more than two at once).
Convention convention_over(const LongText& t) {
    std::vector<ConventionCounts> counts(t.pieces.size());
    run_shared(t.pieces.size(), std::min<std::size_t>(2, default_threads()), [&](std::size_t k) {
        Page p = piece_page(t, k);
        if (k == 0) find_title(p, t.facts);  // its lines are no section titles
        skip_tables_of_contents(p);
        counts[k] = count_conventions(p);
    });
    ConventionCounts total;
    for (const ConventionCounts& n : counts) total = {total.underlined + n.underlined, total.bullets + n.bullets, total.numbers + n.numbers};
    return convention_of(total);
}

// The pieces read in order; the first decides whether the text has a title line.
void read_pieces(const LongText& t, const std::function<void(const TitleSources&)>& titles,
                 const std::function<void(TextBlock&&)>& block) {
    bool title_line = false;
    for (std::size_t k = 0; k < t.pieces.size(); ++k) {
        Page p = piece_page(t, k);
        p.convention = t.convention;
        title_line = read_page(p, k == 0, title_line, titles, block);
    }
}

}  // namespace

PlainText read_plain_text(std::string_view text) {
    PlainText out;
    read_plain_text(text, [&out](const TitleSources& titles) { out.titles = titles; },
                    [&out](TextBlock&& block) { out.blocks.push_back(std::move(block)); });
    return out;
}

void read_plain_text(std::string_view text, const std::function<void(const TitleSources&)>& titles,
                     const std::function<void(TextBlock&&)>& block, std::size_t piece_bytes) {
    if (text.size() <= piece_bytes || looks_like_pdf_text(text)) {  // one page
        Page p;
        lay_out(p, text, {});
        const PlainTextFacts facts = facts_of(p);
        p.facts = &facts;
        read_page(p, true, false, titles, block);
        return;
    }
    LongText t{text, pieces_of(text, piece_bytes), no_signature, {}, {}};
    t.signature = signature_line(text, total_lines(t.pieces));
    t.facts = facts_of(text, t.pieces, t.signature);
    t.convention = convention_over(t);
    read_pieces(t, titles, block);
}

}  // namespace sori
