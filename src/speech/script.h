#pragma once
// The script: every piece the renderer will speak, in order, with the pause that comes before
// it. Built from a Document by splitting paragraphs into sentences and making speech text.
#include <string>
#include <vector>

#include "korean/text_normalizer.h"
#include "text/document.h"

namespace sori {

// The pause before an item; `clause` joins the pieces of a sentence cut for being too long.
enum class Gap { none, clause, sentence, paragraph, section };

struct ScriptItem {
    std::size_t chapter = 0;  // index into Script::chapters
    std::size_t number = 0;   // 1-based position within its chapter (the spoken heading is 1)
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

Script build_script(const Document& document, const NormalizeOptions& normalize = {});

// Where an item is, for messages: `chapter 2 "제목", sentence 5`.
std::string describe_item(const Script& script, std::size_t item);

}  // namespace sori
