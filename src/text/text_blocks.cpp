#include "text/text_blocks.h"

#include <utility>

#include "base/utf8.h"

namespace sori {

const char* to_string(ParagraphKind kind) {
    switch (kind) {
        case ParagraphKind::list: return "list";
        case ParagraphKind::quote: return "quote";
        case ParagraphKind::table: return "table";
        case ParagraphKind::code: return "code";
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

SectionAssembler::SectionAssembler(const TitleSources& titles, DocumentSink& sink) : sink_(sink) {
    const bool from_text = titles.heading || titles.front_matter || titles.title_line;
    std::string title = titles.heading ? *titles.heading
                        : titles.front_matter ? *titles.front_matter
                        : titles.title_line ? *titles.title_line
                                            : titles.fallback;
    if (title.empty()) title = "Untitled";
    sink_.title(title);
    opening_.title = std::move(title);
    opening_.level = 0;
    // The title is spoken here unless it is heard later as a heading, or is only the file name.
    opening_.spoken_title = from_text && !titles.heading;
}

void SectionAssembler::add(TextBlock&& block) {
    if (block.heading_level == 0 && block.kind == ParagraphKind::code && !opening_sent_) {
        held_.push_back(Paragraph{std::move(block.units), block.kind});  // shown only: it does not keep the opening
        return;
    }
    if (block.heading_level == 0) {
        if (block.units.empty()) return;
        if (!std::exchange(opening_sent_, true)) sink_.section(std::move(opening_));
        send_held();
        sink_.paragraph(Paragraph{std::move(block.units), block.kind});
        return;
    }
    if (block.units.empty() || block.units[0].empty()) return;
    // An opening section that holds nothing and whose title is heard elsewhere (or not at all) goes.
    if (!std::exchange(opening_sent_, true) && opening_.spoken_title) sink_.section(std::move(opening_));
    Section section;
    section.title = std::move(block.units[0]);
    section.level = block.heading_level;
    sink_.section(std::move(section));
    send_held();
}

void SectionAssembler::finish() {
    if (!std::exchange(opening_sent_, true)) sink_.section(std::move(opening_));  // the only section: kept
    send_held();
}

void SectionAssembler::send_held() {
    for (Paragraph& p : held_) sink_.paragraph(std::move(p));
    held_.clear();
}

Document assemble_document(std::vector<TextBlock> blocks, const TitleSources& titles) {
    Document document;
    DocumentCollector collect(document);
    SectionAssembler sections(titles, collect);
    for (TextBlock& block : blocks) sections.add(std::move(block));
    sections.finish();
    return document;
}

}  // namespace sori
