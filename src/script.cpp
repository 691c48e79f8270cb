#include "script.h"

#include "sentence_splitter.h"
#include "speech_text.h"

namespace sori {

Script build_script(const Document& document) {
    Script script;
    script.title = document.title;
    for (const Section& section : document.sections) {
        const std::size_t chapter = script.chapters.size();
        script.chapters.push_back(section.title);
        // The first item of a chapter after the first is preceded by the section pause.
        Gap next_gap = chapter == 0 ? Gap::none : Gap::section;
        if (section.spoken_title) {
            script.items.push_back({chapter, true, section.title, speech_text(section.title), next_gap});
            next_gap = Gap::paragraph;
        }
        for (const Paragraph& paragraph : section.paragraphs) {
            bool first_in_paragraph = true;
            for (const std::string& unit : paragraph.units) {
                for (std::string& sentence : split_sentences(unit)) {
                    const Gap gap = first_in_paragraph ? next_gap : Gap::sentence;
                    std::string spoken = speech_text(sentence);
                    script.items.push_back({chapter, false, std::move(sentence), std::move(spoken), gap});
                    first_in_paragraph = false;
                }
            }
            if (!first_in_paragraph) next_gap = Gap::paragraph;
        }
    }
    return script;
}

}  // namespace sori
