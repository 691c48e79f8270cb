// `sori outline`: the chapters and numbered sentences as the renderer sees them, printed as the
// script is made (stream_article): a long article is never held whole.
#include <algorithm>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "cli/cli.h"
#include "cli/spool.h"
#include "render/article_script.h"

namespace sori::cli {
namespace {

// Every chapter and numbered item, each item's spoken form under it with --spoken.
class OutlinePrinter : public ScriptSink {
public:
    explicit OutlinePrinter(bool spoken) : spoken_(spoken) {}

    void title(const std::string& title) override { std::cout << title << '\n'; }

    void chapter(std::size_t, const std::string& title, int) override { chapter_title_ = title; }

    void item(ScriptItem&& item) override {
        open(item.chapter);
        const std::string mark = !item.heading                    ? ""
                                 : item.level > 0 && number_ > 0 ? "[heading " + std::to_string(item.level) + "] "
                                                                  : "[heading] ";
        std::cout << "  " << ++number_ << ". " << mark << item.source << '\n';
        if (spoken_ && item.pronounced != item.source)
            std::cout << "     → " << (item.pronounced.empty() ? "(silent)" : item.pronounced) << '\n';
    }

    // A code block or table that is shown (epub, html) and not read: said where it is.
    void shown(std::size_t chapter, ParagraphKind kind, std::string&& text) override {
        open(chapter);
        const std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
        std::cout << "     (" << to_string(kind) << ", " << lines << (kind == ParagraphKind::table ? " row" : " line") << (lines == 1 ? "" : "s")
                  << ": shown, not read)\n";
    }

private:
    void open(std::size_t chapter) {
        if (chapter == chapter_) return;  // a chapter without items is not shown
        chapter_ = chapter;
        number_ = 0;
        std::cout << "\nChapter " << chapter_ + 1 << ": " << chapter_title_ << '\n';
    }

    bool spoken_;
    std::string chapter_title_;
    std::size_t chapter_ = static_cast<std::size_t>(-1), number_ = 0;
};

// The outline as JSON, for tests and tools: title, chapter depth, every item with its kind, then
// the blocks shown and not read (code, tables: after how many items), the chapters and the
// headings with their levels. Items go out as they come; the chapters and
// headings wait in temporary files.
class OutlineJsonPrinter : public ScriptSink {
public:
    explicit OutlineJsonPrinter(int chapter_depth) : chapter_depth_(chapter_depth) {}

    void title(const std::string& title) override {
        std::cout << "{\n  \"title\": " << nlohmann::json(title).dump() << ",\n  \"chapter_depth\": " << chapter_depth_
                  << ",\n  \"items\": [";
    }

    void chapter(std::size_t index, const std::string& title, int level) override {
        chapters_.write(separator(chapters_count_++) + nlohmann::json{{"index", index + 1}, {"title", title}, {"level", level}}.dump());
    }

    void item(ScriptItem&& item) override {
        if (item.heading)
            headings_.write(separator(headings_count_++) +
                            nlohmann::json{{"title", item.source}, {"level", item.level}, {"chapter", item.chapter + 1}}.dump());
        const nlohmann::json json{{"chapter", item.chapter + 1},
                                  {"number", item.number},
                                  {"kind", item.heading ? "heading" : to_string(item.kind)},
                                  {"level", item.level},
                                  {"text", item.source},
                                  {"spoken", item.spoken},
                                  {"pronounced", item.pronounced}};
        std::cout << separator(items_count_++) << json.dump();
    }

    void shown(std::size_t chapter, ParagraphKind kind, std::string&& text) override {
        shown_.write(separator(shown_count_++) +
                     nlohmann::json{{"chapter", chapter + 1}, {"after_items", items_count_}, {"kind", to_string(kind)}, {"text", text}}.dump());
    }

    void finish() {
        std::cout << "\n  ],\n  \"shown\": [";
        shown_.copy_to(std::cout);
        std::cout << "\n  ],\n  \"chapters\": [";
        chapters_.copy_to(std::cout);
        std::cout << "\n  ],\n  \"headings\": [";
        headings_.copy_to(std::cout);
        std::cout << "\n  ]\n}\n";
    }

private:
    static std::string separator(std::size_t count) { return count == 0 ? "\n    " : ",\n    "; }

    int chapter_depth_;
    Spool chapters_, headings_, shown_;
    std::size_t items_count_ = 0, chapters_count_ = 0, headings_count_ = 0, shown_count_ = 0;
};

}  // namespace

void add_outline_command(CLI::App& app) {
    struct OutlineArgs {
        std::string article;
        bool spoken = false;
        bool json = false;
        bool no_pronunciation = false;
        bool read_tables = false;
        EnglishReading english = EnglishReading::hangul;
        int chapter_depth = 2;
    };
    auto args = std::make_shared<OutlineArgs>();
    CLI::App* outline = app.add_subcommand("outline", "Print the chapters and numbered sentences as the renderer sees them");
    outline->footer("Example:\n  sori outline input/meta-ai-strategy.txt\n  sori outline --json article.md");
    outline->add_option("article", args->article, "The article (UTF-8 text or Markdown)")->required();
    outline->add_flag("--spoken", args->spoken, "Under each sentence, what eSpeak will receive when it differs (numbers, Latin, pronunciation)");
    outline->add_flag("--no-pronunciation", args->no_pronunciation, "Show the spelling eSpeak would get without the 표준 발음법 stage");
    add_english_option(*outline, args->english);
    outline->add_flag("--read-tables", args->read_tables, "List table rows as sentences, as render --read-tables reads them");
    outline->add_flag("--json", args->json, "Print the outline as JSON: title, chapters, headings with levels, items with kinds");
    outline->add_option("--chapter-depth", args->chapter_depth, "Headings of levels 1 to N start chapters (1–6, default 2)")
        ->check(CLI::Range(1, 6));
    outline->callback([args] {
        NormalizeOptions normalize;
        normalize.pronunciation = !args->no_pronunciation;
        normalize.english = args->english;
        normalize.read_tables = args->read_tables;
        if (args->json) {
            OutlineJsonPrinter printer(args->chapter_depth);
            stream_article(args->article, printer, normalize, args->chapter_depth);
            printer.finish();
        } else {
            OutlinePrinter printer(args->spoken);
            stream_article(args->article, printer, normalize, args->chapter_depth);
        }
    });
}

}  // namespace sori::cli
