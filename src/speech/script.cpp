#include "speech/script.h"

#include "korean/sentence_splitter.h"

namespace sori {

namespace {

// An item waiting for its reading.
struct Pending {
    std::size_t chapter = 0;
    bool heading = false;
    Gap gap = Gap::none;  // before its first piece; later pieces of a cut sentence follow a clause pause
    ParagraphKind kind = ParagraphKind::prose;
    int level = 0;
};

// Collects the items of a document in order and reads them in batches of about a megabyte, each
// shared among threads (sentence_readings): memory beyond the script stays bounded.
class ScriptBuilder {
public:
    ScriptBuilder(Script& script, const NormalizeOptions& normalize) : script_(script), normalize_(normalize) {}

    void add(const Pending& item, const std::string& text, bool whole) {
        pending_.push_back(item);
        requests_.push_back({text, whole});
        bytes_ += text.size();
        if (bytes_ >= batch_bytes) flush();
    }

    void flush() {
        std::vector<std::vector<ReadPiece>> readings = read_sentences(requests_, normalize_);
        for (std::size_t i = 0; i < readings.size(); ++i) {
            const Pending& p = pending_[i];
            Gap gap = p.gap;
            for (ReadPiece& piece : readings[i]) {
                piece.spoken.shrink_to_fit();  // built by appending: its spare capacity would stay for the whole render
                script_.items.push_back({p.chapter, next_number(p.chapter), p.heading, std::move(piece.source), std::move(piece.spoken), gap,
                                         p.kind, p.level, std::move(piece.pronounced)});
                gap = Gap::clause;
            }
        }
        pending_.clear();
        requests_.clear();
        bytes_ = 0;
    }

private:
    static constexpr std::size_t batch_bytes = 1 << 20;

    std::size_t next_number(std::size_t chapter) const {
        return script_.items.empty() || script_.items.back().chapter != chapter ? 1 : script_.items.back().number + 1;
    }

    Script& script_;
    const NormalizeOptions& normalize_;
    std::vector<Pending> pending_;
    std::vector<ReadingRequest> requests_;
    std::size_t bytes_ = 0;
};

// The sentences of a section's paragraphs; the first one follows `gap`.
// Each paragraph's text is freed once its sentences are taken: the document does not stay
// beside the script.
void add_paragraphs(ScriptBuilder& builder, std::size_t chapter, Section& section, Gap gap) {
    for (Paragraph& paragraph : section.paragraphs) {
        bool first_in_paragraph = true;
        for (const std::string& unit : paragraph.units) {
            for (const std::string& sentence : split_sentences(unit)) {
                builder.add({chapter, false, first_in_paragraph ? gap : Gap::sentence, paragraph.kind, 0}, sentence, false);
                first_in_paragraph = false;
            }
        }
        std::vector<std::string>().swap(paragraph.units);
        if (!first_in_paragraph) gap = Gap::paragraph;
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
        if (section.spoken_title) {
            builder.add({chapter, true, gap, ParagraphKind::prose, section.level}, section.title, true);
            gap = Gap::paragraph;
        }
        add_paragraphs(builder, chapter, section, gap);
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
