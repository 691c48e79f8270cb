#include "speech/script.h"


namespace sori {

namespace {

// A heading or a unit of a paragraph waiting for its reading.
struct Pending {
    std::size_t chapter = 0;
    bool heading = false;
    Gap gap = Gap::none;         // a heading's pause; for a unit that opens a section, the pause before its first sentence
    bool opens_section = false;  // a unit: the first of a section without a spoken title
    bool new_paragraph = false;  // a unit: the first of its paragraph
    ParagraphKind kind = ParagraphKind::prose;
    int level = 0;
};

// Collects the headings and paragraph units of a document in order and reads them in batches of
// about a megabyte, each shared among threads (sentence_readings, which also splits the units
// into sentences): memory beyond the script stays bounded. Pauses are given as the items come
// back: a section's first sentence follows the section pause (or the paragraph pause after a
// spoken title), a paragraph's first the paragraph pause, the others the sentence pause, and the
// later pieces of a cut sentence the clause pause.
class ScriptBuilder {
public:
    ScriptBuilder(Script& script, const NormalizeOptions& normalize) : script_(script), normalize_(normalize) {}

    void add(const Pending& item, const std::string& text) {
        pending_.push_back(item);
        requests_.push_back({text, item.heading, !item.heading});
        bytes_ += text.size();
        if (bytes_ >= batch_bytes) flush();
    }

    void flush() {
        std::vector<std::vector<ReadPiece>> readings = read_sentences(std::move(requests_), normalize_);
        for (std::size_t i = 0; i < readings.size(); ++i) {
            const Pending& p = pending_[i];
            if (p.opens_section) next_gap_ = p.gap;
            if (p.new_paragraph) paragraph_started_ = false;
            for (ReadPiece& piece : readings[i]) emit(p, piece);
            if (p.heading) next_gap_ = Gap::paragraph;
        }
        pending_.clear();
        requests_.clear();
        bytes_ = 0;
    }

private:
    static constexpr std::size_t batch_bytes = 1 << 20;

    void emit(const Pending& p, ReadPiece& piece) {
        Gap gap = Gap::clause;
        if (p.heading && piece.starts_sentence) {
            gap = p.gap;
        } else if (piece.starts_sentence) {
            gap = paragraph_started_ ? Gap::sentence : next_gap_;
            if (!paragraph_started_) next_gap_ = Gap::paragraph;
            paragraph_started_ = true;
        }
        piece.spoken.shrink_to_fit();  // built by appending: its spare capacity would stay for the whole render
        script_.items.push_back({p.chapter, next_number(p.chapter), p.heading, std::move(piece.source), std::move(piece.spoken), gap,
                                 p.kind, p.level, std::move(piece.pronounced)});
    }

    std::size_t next_number(std::size_t chapter) const {
        return script_.items.empty() || script_.items.back().chapter != chapter ? 1 : script_.items.back().number + 1;
    }

    Script& script_;
    const NormalizeOptions& normalize_;
    std::vector<Pending> pending_;
    std::vector<ReadingRequest> requests_;
    std::size_t bytes_ = 0;
    Gap next_gap_ = Gap::none;        // before the next paragraph's first sentence
    bool paragraph_started_ = false;  // the current paragraph has had a sentence
};

// A section's paragraphs, unit by unit; each paragraph's text is freed once handed over: the
// document does not stay beside the script.
void add_paragraphs(ScriptBuilder& builder, std::size_t chapter, Section& section, Gap gap, bool opens_section) {
    for (Paragraph& paragraph : section.paragraphs) {
        bool first_unit = true;
        for (const std::string& unit : paragraph.units) {
            builder.add({chapter, false, gap, opens_section, first_unit, paragraph.kind, 0}, unit);
            opens_section = first_unit = false;
        }
        std::vector<std::string>().swap(paragraph.units);
    }
}

}  // namespace

Script build_script(Document document, const NormalizeOptions& normalize, int chapter_depth) {
    Script script;
    script.title = document.title;
    ScriptBuilder builder(script, normalize);
    for (Section& section : document.sections) {
        const bool new_chapter = script.chapters.empty() || section.level <= chapter_depth;
        if (new_chapter) {
            script.chapters.push_back(section.title);
            script.chapter_levels.push_back(section.level);
        }
        const std::size_t chapter = script.chapters.size() - 1;
        // The first item of a chapter after the first, and a deeper heading, follow the section pause.
        Gap gap = chapter == 0 && new_chapter ? Gap::none : Gap::section;
        if (section.spoken_title) builder.add({chapter, true, gap, false, false, ParagraphKind::prose, section.level}, section.title);
        add_paragraphs(builder, chapter, section, gap, !section.spoken_title);
    }
    builder.flush();
    return script;
}

std::string describe_item(const Script& script, std::size_t item) {
    const ScriptItem& it = script.items.at(item);
    return "chapter " + std::to_string(it.chapter + 1) + " \"" + script.chapters.at(it.chapter) + "\", " +
           (it.heading ? "its heading" : "sentence " + std::to_string(it.number));
}

}  // namespace sori
