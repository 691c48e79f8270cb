#include "speech/script.h"

#include "korean/sentence_splitter.h"
#include "speech/long_sentence.h"
#include "speech/speech_text.h"

namespace sori {

Script build_script(const Document& document, const NormalizeOptions& normalize) {
    Script script;
    script.title = document.title;
    for (const Section& section : document.sections) {
        const std::size_t chapter = script.chapters.size();
        script.chapters.push_back(section.title);
        // The first item of a chapter after the first is preceded by the section pause.
        Gap next_gap = chapter == 0 ? Gap::none : Gap::section;
        if (section.spoken_title) {
            script.items.push_back({chapter, 1, true, section.title, speech_text(section.title, normalize), next_gap});
            next_gap = Gap::paragraph;
        }
        for (const Paragraph& paragraph : section.paragraphs) {
            bool first_in_paragraph = true;
            for (const std::string& unit : paragraph.units) {
                for (const std::string& sentence : split_sentences(unit)) {
                    Gap gap = first_in_paragraph ? next_gap : Gap::sentence;
                    for (SpokenPiece& piece : split_long_sentence(sentence, normalize)) {
                        const std::size_t number = script.items.empty() || script.items.back().chapter != chapter
                                                       ? 1
                                                       : script.items.back().number + 1;
                        script.items.push_back({chapter, number, false, std::move(piece.source), std::move(piece.spoken), gap});
                        gap = Gap::clause;
                    }
                    first_in_paragraph = false;
                }
            }
            if (!first_in_paragraph) next_gap = Gap::paragraph;
        }
    }
    return script;
}

std::string describe_item(const Script& script, std::size_t item) {
    const ScriptItem& it = script.items.at(item);
    return "chapter " + std::to_string(it.chapter + 1) + " \"" + script.chapters.at(it.chapter) + "\", " +
           (it.heading ? "its heading" : "sentence " + std::to_string(it.number));
}

}  // namespace sori
