#include "render/article_script.h"

#include <variant>

#include "base/error.h"
#include "text/structure.h"
#include "text/text_reader.h"

namespace sori {
namespace {

struct ChapterOpening {
    std::size_t index = 0;
    std::string title;
    int level = 0;
};

// Holds back the title, chapters and items until the first item with something to say, then
// passes everything through; `finish` fails when that item never came.
class SpeakableGate : public ScriptSink {
public:
    SpeakableGate(ScriptSink& next, const std::filesystem::path& article) : next_(next), article_(article) {}

    void title(const std::string& title) override { title_ = title; }

    void chapter(std::size_t index, const std::string& title, int level) override {
        if (open_) next_.chapter(index, title, level);
        else held_.emplace_back(ChapterOpening{index, title, level});
    }

    void shown(std::size_t chapter, ParagraphKind kind, std::string&& text) override {
        if (open_) next_.shown(chapter, kind, std::move(text));
        else held_.emplace_back(ShownBlock{chapter, 0, kind, std::move(text)});
    }

    void item(ScriptItem&& item) override {
        if (!open_ && item.spoken.empty()) {
            held_.emplace_back(std::move(item));
            return;
        }
        if (!open_) release();
        next_.item(std::move(item));
    }

    void finish() const {
        if (!open_)
            throw Error(ExitCode::input, article_.string() + ": nothing in the article can be read aloud (only markup or symbols?)");
    }

private:
    void release() {
        open_ = true;
        next_.title(title_);
        for (auto& held : held_) {
            if (auto* c = std::get_if<ChapterOpening>(&held)) next_.chapter(c->index, c->title, c->level);
            else if (auto* b = std::get_if<ShownBlock>(&held)) next_.shown(b->chapter, b->kind, std::move(b->text));
            else next_.item(std::move(std::get<ScriptItem>(held)));
        }
        held_.clear();
        held_.shrink_to_fit();
    }

    ScriptSink& next_;
    const std::filesystem::path& article_;
    bool open_ = false;
    std::string title_;
    std::vector<std::variant<ChapterOpening, ShownBlock, ScriptItem>> held_;
};

}  // namespace

void stream_article(const std::filesystem::path& article, ScriptSink& sink, const NormalizeOptions& normalize, int chapter_depth) {
    StructureOptions structure;
    structure.fallback_title = article.stem().string();
    structure.format = format_for_path(article);
    SpeakableGate gate(sink, article);
    // Sections go to the script as they are read, their text freed once handed over.
    ScriptStream script(gate, normalize, chapter_depth);
    parse_document_into(std::move(read_article(article).text), structure, script);
    script.finish();
    gate.finish();
}

Script script_for(const std::filesystem::path& article, const NormalizeOptions& normalize, int chapter_depth) {
    Script script;
    ScriptCollector collect(script);
    stream_article(article, collect, normalize, chapter_depth);
    return script;
}

}  // namespace sori
