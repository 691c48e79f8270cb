#pragma once
// structure: clean text to Document. Headings from Markdown (ATX, Setext), numbered heading
// lines and short stand-alone lines; blog and Markdown furniture dropped.
#include <string>
#include <string_view>

#include "text/document.h"

namespace sori {

struct StructureOptions {
    std::string fallback_title;  // chapter name when the text has no title line (the file's stem)
};

Document parse_document(std::string_view text, const StructureOptions& options = {});

// True when a line ends the way a Korean or Latin sentence does (punctuation or 다/요/죠/까).
bool ends_like_sentence(std::string_view line);

}  // namespace sori
