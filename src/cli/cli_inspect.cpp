// `sori split`, `sori outline`, `sori voices`: look at what the renderer sees, without audio.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <utility>

#include "base/error.h"
#include "base/utf8.h"
#include "cli/cli.h"
#include "korean/sentence_splitter.h"
#include "korean/text_normalizer.h"
#include "speech/long_sentence.h"
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

// Longer lines are read in pieces (for_each_window) and the pieces joined by a space.
constexpr std::size_t long_line_bytes = 1 << 16;

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
        const auto say = [&](std::string_view piece) {
            const std::string spoken = normalize_text(piece, options);
            std::cout << (pronounced ? pronounced_form(spoken, options) : spoken);
        };
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            const std::string_view line = std::string_view(text).substr(start, end - start);
            if (line.size() <= long_line_bytes) {
                say(line);
            } else {  // a line of megabytes, read a sentence (or window) at a time: memory stays flat
                bool first = true;
                for_each_window(line, true, [&](std::string_view piece, bool) {
                    if (!std::exchange(first, false)) std::cout << ' ';
                    say(piece);
                });
            }
            std::cout << '\n';
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

void add_voices_command(CLI::App& app) {
    CLI::App* voices = app.add_subcommand("voices", "List voice presets and the eSpeak voices and variants that speak Korean");
    voices->callback([] { print_voices(); });
}

}  // namespace sori::cli
