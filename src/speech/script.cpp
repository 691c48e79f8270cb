#include "speech/script.h"

#include "korean/pronunciation.h"
#include "korean/sentence_splitter.h"
#include "speech/long_sentence.h"
#include "speech/speech_text.h"

namespace sori {

std::string pronounced_form(const std::string& spoken, const NormalizeOptions& normalize) {
    if (!normalize.pronunciation) return spoken;
    PronounceOptions options;
    if (normalize.lexicon) options.lexicon = &normalize.lexicon->pronunciations();
    return pronounce(spoken, options);
}

namespace {

std::size_t next_number(const Script& script, std::size_t chapter) {
    return script.items.empty() || script.items.back().chapter != chapter ? 1 : script.items.back().number + 1;
}

// The sentences of a section's paragraphs; the first one follows `gap`.
void add_paragraphs(Script& script, const Section& section, Gap gap, const NormalizeOptions& normalize) {
    const std::size_t chapter = script.chapters.size() - 1;
    for (const Paragraph& paragraph : section.paragraphs) {
        bool first_in_paragraph = true;
        for (const std::string& unit : paragraph.units) {
            for (const std::string& sentence : split_sentences(unit)) {
                Gap before = first_in_paragraph ? gap : Gap::sentence;
                for (SpokenPiece& piece : split_long_sentence(sentence, normalize)) {
                    std::string pronounced = pronounced_form(piece.spoken, normalize);
                    script.items.push_back({chapter, next_number(script, chapter), false, std::move(piece.source), std::move(piece.spoken), before,
                                            paragraph.kind, 0, std::move(pronounced)});
                    before = Gap::clause;
                }
                first_in_paragraph = false;
            }
        }
        if (!first_in_paragraph) gap = Gap::paragraph;
    }
}

}  // namespace

Script build_script(const Document& document, const NormalizeOptions& normalize, int chapter_depth) {
    Script script;
    script.title = document.title;
    for (const Section& section : document.sections) {
        const bool new_chapter = script.chapters.empty() || section.level <= chapter_depth;
        if (new_chapter) {
            script.chapters.push_back(section.title);
            script.chapter_levels.push_back(section.level);
        }
        const std::size_t chapter = script.chapters.size() - 1;
        // The first item of a chapter after the first, and a deeper heading, follow the section pause.
        Gap gap = chapter == 0 && new_chapter ? Gap::none : Gap::section;
        if (section.spoken_title) {
            std::string spoken = speech_text(section.title, normalize);
            std::string pronounced = pronounced_form(spoken, normalize);
            script.items.push_back({chapter, next_number(script, chapter), true, section.title, std::move(spoken), gap, ParagraphKind::prose,
                                    section.level, std::move(pronounced)});
            gap = Gap::paragraph;
        }
        add_paragraphs(script, section, gap, normalize);
    }
    return script;
}

std::string describe_item(const Script& script, std::size_t item) {
    const ScriptItem& it = script.items.at(item);
    return "chapter " + std::to_string(it.chapter + 1) + " \"" + script.chapters.at(it.chapter) + "\", " +
           (it.heading ? "its heading" : "sentence " + std::to_string(it.number));
}

}  // namespace sori
