#pragma once
// The structure metric of the real-document set (../shared/data/articles/): each document's
// gold file gives its title, chapters (level 1–2 headings, or the lines a reader takes for
// section titles), deeper subheadings and an approximate count of prose sentences. A document's
// chapters are sori's sections opened by a heading of level 1 or 2 (the opening text before any
// heading is not one); deeper sections are its subheadings. Titles compare after folding runs
// of white space.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "text/document.h"

namespace sori {

struct StructureGold {
    std::optional<std::string> title;  // null: the document has none (the file name stands in)
    std::vector<std::string> chapters;
    std::vector<std::string> subheadings;
    std::size_t sentences = 0;  // approximate (±10 %)
};

struct ListScore {
    std::size_t matched = 0, found = 0, expected = 0;
    double precision() const { return found ? double(matched) / double(found) : 1.0; }
    double recall() const { return expected ? double(matched) / double(expected) : 1.0; }
};

struct StructureScore {
    bool title_right = false;
    bool chapters_exact = false;  // the same chapters in the same order
    ListScore chapters, subheadings;
    std::size_t sentences = 0;       // sori's prose, list and quote sentences
    std::vector<std::string> wrong;  // chapters missing (-) or extra (+), for the report
};

// Reads NN_name.json. Throws Error(input) naming the file when it is not a gold file.
StructureGold read_structure_gold(const std::filesystem::path& file);

// Scores a document; `fallback_title` is what it is named when it has no title.
StructureScore score_structure(const Document& document, const StructureGold& gold, const std::string& fallback_title);

}  // namespace sori
