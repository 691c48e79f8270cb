#pragma once
// The script: every piece the renderer will speak, in order, with the pause that comes before
// it. Built from a Document by splitting paragraphs into sentences and making speech text.
#include <string>
#include <vector>

#include "document.h"

namespace sori {

enum class Gap { none, sentence, paragraph, section };  // the pause before an item

struct ScriptItem {
    std::size_t chapter = 0;  // index into Script::chapters
    bool heading = false;     // the chapter's spoken title
    std::string source;       // the text as written
    std::string spoken;       // what eSpeak says (speech_text of source); may be empty
    Gap gap = Gap::none;
};

struct Script {
    std::string title;
    std::vector<std::string> chapters;  // chapter names, one per section
    std::vector<ScriptItem> items;
};

Script build_script(const Document& document);

}  // namespace sori
