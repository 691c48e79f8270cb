#pragma once
// The article as the renderer sees it: a title and sections of paragraphs.
#include <string>
#include <vector>

namespace sori {

// A paragraph is one or more units; each unit ends its last sentence by itself. Prose lines
// joined into one unit, or one list item each.
struct Paragraph {
    std::vector<std::string> units;  // plain text, inline Markdown already removed
};

struct Section {
    std::string title;                 // chapter name
    bool spoken_title = true;          // false when the title was not in the text (file name)
    std::vector<Paragraph> paragraphs;
};

struct Document {
    std::string title;              // document title; also the first chapter's name
    std::vector<Section> sections;  // at least one
};

}  // namespace sori
