#pragma once
// Plain text as lines with a layout: indentation (TABs to 8 columns), blank lines, and the lines
// nobody reads aloud marked as such: rule lines (`====`, `----`, `* * *`), RCS `$Id$` lines,
// box drawings, bylines and e-mail or URL lines, signatures after `--`, blog furniture, shell
// transcripts (`# make`, `$ ls`, `shell> …`) and code or column tables. Text extracted from a
// PDF (a blank line after every line, form feeds, page numbers such as `- 3 -`) is rebuilt into
// lines and paragraphs first.
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sori {

enum class LineRole {
    text,       // prose, a title, a list item
    blank,      // separates paragraphs
    underline,  // `====` or `----` right under a line of text
    rule,       // a separator line: never read, never a title
    hidden,     // furniture, code, tables: never read
};

struct LayoutLine {
    std::string_view text;  // without indentation and trailing blanks; TABs inside folded to a space
    int indent = 0;         // columns of leading white space (a TAB reaches the next multiple of 8)
    LineRole role = LineRole::text;
};

// The lines of a text. Each line's text is a view: into the text itself where the line is as
// written (most are: no copy of a long document), else into `owned` (TABs folded, PDF lines
// rebuilt). Valid while the text and the Layout live; a moved Layout keeps its views.
struct Layout {
    std::deque<std::string> owned;  // the lines that differ from the text
    std::vector<LayoutLine> lines;
};

inline constexpr std::size_t no_signature = static_cast<std::size_t>(-1);

struct LayoutOptions {
    bool find_pdf = true;   // rebuild text extracted from a PDF (looks_like_pdf_text)
    bool ends_text = true;  // the text's end: a signature (`--`) in its last 20 lines hides the rest
    std::size_t hidden_from = no_signature;  // a part of a long text: its lines from here on are hidden (the whole text's signature)
};

Layout layout_lines(std::string_view text, const LayoutOptions& options = {});

// The lines of one part of a long text as layout_lines gives them without a PDF rebuild, one at
// a time with its index in the whole text, for a pass that keeps no line; parts can be gone
// through on several threads. A part starts at the text's start or with a blank line (so the line
// before it does not matter); the signature is hidden as in the whole text. `owned` holds the
// text of lines that differ from the input; the caller may clear it after each line.
struct LineRange {
    std::size_t first = 0;                     // the index of the part's first line in the whole text
    std::size_t signature_from = no_signature;  // from this line of the whole text on, hidden
};
// The first signature line (`--` alone) among the last 20 lines of a whole text of `count` lines
// (line_count), or no_signature.
std::size_t signature_line(std::string_view text, std::size_t count);
void for_each_layout_line(std::string_view part, const LineRange& range, std::deque<std::string>& owned,
                          const std::function<void(const LayoutLine&, std::size_t)>& line);

// How many lines layout_lines makes of `text` without a PDF rebuild.
std::size_t line_count(std::string_view text);

// True for text extracted from a PDF (see above); layout_lines rebuilds it.
bool looks_like_pdf_text(std::string_view text);

}  // namespace sori
