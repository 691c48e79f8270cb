#pragma once
// The blocks both readers (Markdown and plain-text layout) produce, in reading order, and how a
// list of them becomes a Document: the title, the opening section, one section per heading.
#include <optional>
#include <string>
#include <vector>

#include "text/document.h"

namespace sori {

struct TextBlock {
    int heading_level = 0;                      // 1–6: a heading, its text in units[0]; 0: a paragraph
    ParagraphKind kind = ParagraphKind::prose;  // of a paragraph
    std::vector<std::string> units;             // the text, one unit per line of reading
};

// Where the document's title comes from, best first (the first that is set wins).
struct TitleSources {
    std::optional<std::string> heading;       // the body's level-1 heading that names it
    std::optional<std::string> front_matter;  // `title` of YAML or TOML front matter
    std::optional<std::string> title_line;    // a title line or block that is not a section heading
    std::string fallback;                     // the file name
};

// Sections from blocks: text before the first heading is the opening section (level 0), named
// after the title and dropped when empty; every heading opens a section of its level.
Document assemble_document(std::vector<TextBlock> blocks, const TitleSources& titles);

// Gathers what a DocumentSink is given into a whole Document.
class DocumentCollector : public DocumentSink {
public:
    explicit DocumentCollector(Document& document) : document_(document) {}
    void title(const std::string& title) override { document_.title = title; }
    void section(Section&& section) override { document_.sections.push_back(std::move(section)); }
    void paragraph(Paragraph&& paragraph) override { document_.sections.back().paragraphs.push_back(std::move(paragraph)); }

private:
    Document& document_;
};

// The same as the blocks come: the title goes to `sink` at once, each section as its heading
// comes and each paragraph as it comes (the opening section once it is known to be kept).
class SectionAssembler {
public:
    SectionAssembler(const TitleSources& titles, DocumentSink& sink);
    void add(TextBlock&& block);
    void finish();

private:
    void send_held();

    DocumentSink& sink_;
    Section opening_;           // held until a paragraph or heading decides whether it is kept
    bool opening_sent_ = false;  // it was handed over (or dropped) already
    std::vector<Paragraph> held_;  // code blocks before that was decided, sent after the first section
};

// Adds a unit to the last paragraph block of that kind, or starts one.
void add_unit(std::vector<TextBlock>& blocks, std::string unit, ParagraphKind kind, bool new_paragraph);

}  // namespace sori
