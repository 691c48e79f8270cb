#pragma once
// The article as the renderer sees it: a title and sections of paragraphs, each section opened
// by a heading of a level (chapters are the sections of the shallower levels, see script.h).
#include <string>
#include <vector>

namespace sori {

// What a paragraph was in the source: the read-along and `outline --json` show it. A code block
// is shown by the read-along formats and never spoken (its one unit keeps its lines); a table has
// a unit per row, its cells apart by TAB, and is shown, not spoken, unless tables are read.
enum class ParagraphKind { prose, list, quote, table, code };

// A paragraph is one or more units; each unit ends its last sentence by itself. Prose lines
// joined into one unit, or one list item (or table row) each.
struct Paragraph {
    std::vector<std::string> units;             // plain text, inline Markdown already removed
    ParagraphKind kind = ParagraphKind::prose;  // how it was written
};

struct Section {
    std::string title;                 // the heading as a reader sees it, or the document title
    int level = 1;                     // heading level 1–6; 0: the opening text before any heading
    bool spoken_title = true;          // false when the title was not in the text (file name)
    std::vector<Paragraph> paragraphs;
};

struct Document {
    std::string title;              // document title; also the opening section's name
    std::vector<Section> sections;  // at least one
};

const char* to_string(ParagraphKind kind);

// Receives a document as it is read: its title first, then each section in order, its
// paragraphs given with it or after it one by one (a long plain text is read a piece at a time
// and need not be held whole).
class DocumentSink {
public:
    virtual ~DocumentSink() = default;
    virtual void title(const std::string& title) = 0;
    virtual void section(Section&& section) = 0;
    virtual void paragraph(Paragraph&& paragraph) = 0;  // of the last section
};

}  // namespace sori
