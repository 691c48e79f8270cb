// `sori split`, `sori outline`, `sori voices`: look at what the renderer sees, without audio.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "base/utf8.h"
#include "cli/cli.h"
#include "korean/sentence_splitter.h"
#include "korean/text_normalizer.h"
#include "speech/script.h"
#include "render/renderer.h"
#include "speech/speech_engine.h"
#include "text/text_reader.h"

namespace sori::cli {
namespace {

std::string read_input(const std::string& file) {
    if (file == "-") {
        std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        if (utf8::trim(bytes).empty()) return {};
        return clean_text(std::move(bytes), "<stdin>").text;
    }
    return read_article(file).text;
}

// Paragraphs are separated by blank lines; lines within one are joined with a space.
void print_sentences(const std::string& text) {
    std::string paragraph;
    const auto flush = [&] {
        if (utf8::trim(paragraph).empty()) return;
        for (const Span& span : sentence_spans(paragraph))  // printed in place: no copy of every sentence
            std::cout.write(paragraph.data() + span.begin, static_cast<std::streamsize>(span.end - span.begin)) << '\n';
        std::cout << '\n';
        paragraph.clear();
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string_view line = std::string_view(text).substr(start, end - start);
        if (utf8::trim(line).empty()) flush();
        else paragraph.append(paragraph.empty() ? "" : " ").append(line);
        start = end + 1;
    }
    flush();
}

void print_outline(const Script& script, bool spoken) {
    std::cout << script.title << '\n';
    std::size_t chapter = static_cast<std::size_t>(-1), number = 0;
    for (const ScriptItem& item : script.items) {
        if (item.chapter != chapter) {
            chapter = item.chapter;
            number = 0;
            std::cout << "\nChapter " << chapter + 1 << ": " << script.chapters[chapter] << '\n';
        }
        const std::string mark = !item.heading ? "" : item.level > 0 && number > 0 ? "[heading " + std::to_string(item.level) + "] " : "[heading] ";
        std::cout << "  " << ++number << ". " << mark << item.source << '\n';
        if (spoken && item.pronounced != item.source) std::cout << "     → " << (item.pronounced.empty() ? "(silent)" : item.pronounced) << '\n';
    }
}

// The document as the renderer sees it, for tests and tools: title, chapters, every heading
// with its level, every item with its kind.
void print_outline_json(const Script& script, int chapter_depth) {
    nlohmann::json doc;
    doc["title"] = script.title;
    doc["chapter_depth"] = chapter_depth;
    nlohmann::json chapters = nlohmann::json::array(), headings = nlohmann::json::array(), items = nlohmann::json::array();
    for (std::size_t c = 0; c < script.chapters.size(); ++c)
        chapters.push_back({{"index", c + 1}, {"title", script.chapters[c]}, {"level", script.chapter_levels.at(c)}});
    for (const ScriptItem& item : script.items) {
        if (item.heading) headings.push_back({{"title", item.source}, {"level", item.level}, {"chapter", item.chapter + 1}});
        items.push_back({{"chapter", item.chapter + 1},
                         {"number", item.number},
                         {"kind", item.heading ? "heading" : to_string(item.kind)},
                         {"level", item.level},
                         {"text", item.source},
                         {"spoken", item.spoken},
                         {"pronounced", item.pronounced}});
    }
    doc["chapters"] = std::move(chapters);
    doc["headings"] = std::move(headings);
    doc["items"] = std::move(items);
    std::cout << doc.dump(2) << '\n';
}

void print_voices() {
    std::cout << "Presets (--preset NAME):\n";
    for (const Preset& p : list_presets()) {
        RenderSettings s;
        apply_overrides(s, p.values, p.path.string());
        std::cout << "  " << p.name << " — " << p.description << "\n      voice " << s.voice.voice << ", " << s.voice.rate
                  << " wpm, pitch " << s.voice.pitch << ", volume " << s.voice.volume << ", word gap " << s.voice.word_gap
                  << ", pauses " << s.pauses.sentence_ms << "/" << s.pauses.paragraph_ms << "/" << s.pauses.section_ms
                  << " ms\n      " << p.origin << ": " << p.path.string() << '\n';
    }
    SpeechEngine& engine = SpeechEngine::shared();
    std::cout << "\nKorean voices in " << engine.version() << " (--voice NAME):\n";
    for (const VoiceInfo& v : engine.korean_voices()) std::cout << "  " << v.name << " — " << v.description << '\n';
    std::cout << "\nVariants (--voice ko+VARIANT, e.g. ko+f3):\n ";
    std::size_t column = 1;
    for (const VoiceInfo& v : engine.variants()) {
        if (column + v.name.size() + 1 > 78) {
            std::cout << "\n ";
            column = 1;
        }
        std::cout << ' ' << v.name;
        column += v.name.size() + 1;
    }
    std::cout << '\n';
}

}  // namespace

void add_split_command(CLI::App& app) {
    struct Args {
        std::string file = "-";
        bool sentences = false;  // required: the only unit for now
    };
    auto args = std::make_shared<Args>();  // owned by the callback, which outlives parsing
    CLI::App* split = app.add_subcommand("split", "Print the sentences of a text, one a line, a blank line after each paragraph");
    split->footer("Example:\n  printf '첫 문장입니다. 둘째 문장이죠?\\n' | sori split --sentences -");
    split->add_flag("--sentences", args->sentences, "Split into sentences (the only unit for now)")->required();
    split->add_option("file", args->file, "UTF-8 text, paragraphs separated by blank lines; - for standard input")->capture_default_str();
    split->callback([args] { print_sentences(read_input(args->file)); });
}

namespace {

}  // namespace

void add_english_option(CLI::App& command, EnglishReading& reading) {
    const CLI::Validator choice(
        [](std::string& value) -> std::string {
            if (value == "hangul" || value == "keep") {
                value = value == "hangul" ? "0" : "1";  // EnglishReading's values
                return {};
            }
            return "expected hangul or keep, not '" + value + "'";
        },
        "hangul|keep");
    command.add_option("--english", reading,
                       "English words: hangul (as a Korean narrator says them: 리액트, 러스트) or keep (eSpeak's English voice)")
        ->transform(choice)
        ->default_str("hangul");
}

namespace {

// `sori normalize` and `sori pronounce`: each input line through the front end, one line out.
void add_line_command(CLI::App& app, const std::string& name, const std::string& description, const std::string& examples, bool pronounced) {
    struct Args {
        std::string file = "-";
        std::vector<std::string> lexicons;
        bool skip_glosses = false;
        EnglishReading english = EnglishReading::hangul;
    };
    auto args = std::make_shared<Args>();
    CLI::App* command = app.add_subcommand(name, description);
    command->footer(examples);
    command->add_option("file", args->file, "UTF-8 text; - for standard input")->capture_default_str();
    command->add_option("--lexicon", args->lexicons,
                        "More `written<TAB>spoken[<TAB>pronounced]` words, over voices/lexicon.tsv (repeatable)")
        ->allow_extra_args(false);
    command->add_flag("--skip-glosses", args->skip_glosses, "Drop a parenthesized Latin gloss after Hangul: 메타 (Meta)");
    add_english_option(*command, args->english);
    command->callback([args, pronounced] {
        Lexicon lexicon = default_lexicon();
        for (const std::string& file : args->lexicons) lexicon.load(file);
        NormalizeOptions options{&lexicon, args->skip_glosses};
        options.english = args->english;
        const std::string text = read_input(args->file);
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            const std::string spoken = normalize_text(std::string_view(text).substr(start, end - start), options);
            std::cout << (pronounced ? pronounced_form(spoken, options) : spoken) << '\n';
            start = end + 1;
        }
    });
}

}  // namespace

void add_normalize_command(CLI::App& app) {
    add_line_command(app, "normalize", "Print each line as sori will speak it (numbers, Latin, symbols in Hangul)",
                     "Examples:\n"
                     "  echo '2024. 1. 19. 14:31, GPU 3가지와 13.4억 달러' | sori normalize -\n"
                     "  sori normalize my-post.md --lexicon names.tsv",
                     false);
}

void add_pronounce_command(CLI::App& app) {
    add_line_command(app, "pronounce", "Print each line as eSpeak will receive it: normalized, then in its standard pronunciation",
                     "Examples:\n"
                     "  echo '국물이 끓습니다' | sori pronounce -      # 궁무리 끌씀니다\n"
                     "  sori pronounce my-post.txt --lexicon names.tsv",
                     true);
}

void add_outline_command(CLI::App& app) {
    struct OutlineArgs {
        std::string article;
        bool spoken = false;
        bool json = false;
        bool no_pronunciation = false;
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
    outline->add_flag("--json", args->json, "Print the outline as JSON: title, chapters, headings with levels, items with kinds");
    outline->add_option("--chapter-depth", args->chapter_depth, "Headings of levels 1 to N start chapters (1–6, default 2)")
        ->check(CLI::Range(1, 6));
    outline->callback([args] {
        NormalizeOptions normalize;
        normalize.pronunciation = !args->no_pronunciation;
        normalize.english = args->english;
        const Script script = script_for(args->article, normalize, args->chapter_depth);
        if (args->json) print_outline_json(script, args->chapter_depth);
        else print_outline(script, args->spoken);
    });
}

void add_voices_command(CLI::App& app) {
    CLI::App* voices = app.add_subcommand("voices", "List voice presets and the eSpeak voices and variants that speak Korean");
    voices->callback([] { print_voices(); });
}

}  // namespace sori::cli
