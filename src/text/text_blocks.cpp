#include "text/text_blocks.h"

#include "base/utf8.h"

namespace sori {

const char* to_string(ParagraphKind kind) {
    switch (kind) {
        case ParagraphKind::list: return "list";
        case ParagraphKind::quote: return "quote";
        case ParagraphKind::table: return "table";
        case ParagraphKind::prose: break;
    }
    return "prose";
}

void add_unit(std::vector<TextBlock>& blocks, std::string unit, ParagraphKind kind, bool new_paragraph) {
    utf8::trim_in_place(unit);  // not a copy: a unit may be many megabytes
    if (unit.empty()) return;
    if (new_paragraph || blocks.empty() || blocks.back().heading_level != 0 || blocks.back().kind != kind)
        blocks.push_back(TextBlock{0, kind, {}});
    blocks.back().units.push_back(std::move(unit));
}

Document assemble_document(std::vector<TextBlock> blocks, const TitleSources& titles) {
    Document document;
    const bool from_text = titles.heading || titles.front_matter || titles.title_line;
    document.title = titles.heading ? *titles.heading
                     : titles.front_matter ? *titles.front_matter
                     : titles.title_line ? *titles.title_line
                                         : titles.fallback;
    if (document.title.empty()) document.title = "Untitled";

    Section opening;
    opening.title = document.title;
    opening.level = 0;
    // The title is spoken here unless it is heard later as a heading, or is only the file name.
    opening.spoken_title = from_text && !titles.heading;
    document.sections.push_back(std::move(opening));
    for (TextBlock& block : blocks) {
        if (block.heading_level > 0) {
            if (block.units.empty() || block.units[0].empty()) continue;
            Section section;
            section.title = std::move(block.units[0]);
            section.level = block.heading_level;
            document.sections.push_back(std::move(section));
        } else if (!block.units.empty()) {
            document.sections.back().paragraphs.push_back(Paragraph{std::move(block.units), block.kind});
        }
    }
    // An opening section that holds nothing and whose title is heard elsewhere (or not at all).
    const Section& first = document.sections.front();
    if (document.sections.size() > 1 && first.paragraphs.empty() && !first.spoken_title)
        document.sections.erase(document.sections.begin());
    return document;
}

}  // namespace sori
