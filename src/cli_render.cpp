// `sori render`: options bound to RenderSettings, one summary line per article on stderr.
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli.h"
#include "error.h"
#include "renderer.h"
#include "speech_engine.h"

namespace sori::cli {
namespace {

std::atomic<bool> cancel_requested{false};

extern "C" void on_signal(int) { cancel_requested.store(true); }

void install_signal_handlers() {
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
}

struct RenderArgs {
    std::vector<std::string> articles;
    std::string output_folder = "out";
    std::string preset;
    SettingsOverrides overrides;
    bool quiet = false;
};

std::vector<std::filesystem::path> articles_in_input_folder() {
    const std::filesystem::path folder = "input";
    if (!std::filesystem::is_directory(folder))
        throw Error(ExitCode::usage, "no article given and no input/ folder here; name an article (sori render FILE) "
                                     "or run sori from the project folder");
    std::vector<std::filesystem::path> articles;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const auto ext = entry.path().extension();
        if (entry.is_regular_file() && (ext == ".txt" || ext == ".md" || ext == ".markdown")) articles.push_back(entry.path());
    }
    std::sort(articles.begin(), articles.end());
    if (articles.empty()) throw Error(ExitCode::input, "input/: holds no .txt or .md article; put one there or name a file");
    return articles;
}

std::string clock_time(double seconds) {
    const long total = static_cast<long>(seconds + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
    return text;
}

void run(const RenderArgs& args) {
    RenderOptions options;
    if (!args.preset.empty()) {
        const Preset preset = load_preset(args.preset);
        apply_overrides(options.settings, preset.values, preset.path.string());
    }
    apply_overrides(options.settings, args.overrides, "the command line");
    options.output_folder = args.output_folder;
    options.cancel = &cancel_requested;
    SpeechEngine::shared().configure(options.settings.voice);  // an unknown voice fails before any work

    std::vector<std::filesystem::path> articles(args.articles.begin(), args.articles.end());
    if (articles.empty()) articles = articles_in_input_folder();
    for (std::size_t i = 0; i < articles.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (articles[i].stem() == articles[j].stem())
                throw Error(ExitCode::usage, articles[j].string() + " and " + articles[i].string() + " would both be written to " +
                                                 (options.output_folder / articles[i].stem()).string() +
                                                 ".wav; rename one or render them into different folders with -o");
    // Read every article first: a bad one fails the run before anything is synthesized or replaced.
    std::vector<Script> scripts;
    for (const auto& article : articles) scripts.push_back(script_for(article));
    install_signal_handlers();
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const RenderSummary s = render_script(articles[i], scripts[i], options);
        if (!args.quiet) {
            char line[512];
            std::snprintf(line, sizeof line, "sori: %s — %s of audio, %zu chapters, %zu sentences, %.2f s\n", s.wav.c_str(),
                          clock_time(s.audio_seconds).c_str(), s.chapter_count, s.sentence_count, s.elapsed_seconds);
            std::cerr << line;
        }
    }
}

}  // namespace

void add_render_command(CLI::App& app) {
    auto args = std::make_shared<RenderArgs>();
    CLI::App* render = app.add_subcommand("render", "Render articles to WAV with chapters, a JSON manifest and FFMETADATA chapters");
    render->footer(
        "Examples:\n"
        "  sori render                              every .txt/.md in input/ into out/\n"
        "  sori render my-post.md -o ~/listen       one article into another folder\n"
        "  sori render my-post.md --speed 0.8x --sentence-pause 900\n"
        "  sori render my-post.md --preset female --pitch 65   (command line over preset)\n"
        "Outputs per article NAME: NAME.wav, NAME.json, NAME.ffmeta. They are replaced only\n"
        "when a render succeeds; an error or Ctrl-C leaves the previous ones as they were.");
    render->add_option("articles", args->articles, "Articles to render (UTF-8 text or Markdown); none: every .txt/.md in input/");
    render->add_option("-o,--output", args->output_folder, "Folder for the outputs (created when missing)")->capture_default_str();
    render->add_option("--preset", args->preset, "Voice preset: NAME for voices/NAME.ini, or a path to an .ini file (see `sori voices`)");
    render->add_option("--voice", args->overrides.voice, "eSpeak voice and variant, e.g. ko or ko+f3 (default ko)");
    render->add_option("--speed", args->overrides.speed,
                       "Speaking speed: a multiplier such as 1.25x (1x = 175 words/min) or words per minute, 80–450");
    render->add_option("--pitch", args->overrides.pitch, "Base pitch, 0–99 (default 50)");
    render->add_option("--volume", args->overrides.volume, "Volume in percent, 10–150 (default 100)");
    render->add_option("--word-gap", args->overrides.word_gap, "Extra pause between words in units of 10 ms, 0–50 (default 0)");
    render->add_option("--sentence-pause", args->overrides.sentence_pause_ms, "Pause between sentences in ms (default 400)");
    render->add_option("--paragraph-pause", args->overrides.paragraph_pause_ms, "Pause between paragraphs in ms (default 800)");
    render->add_option("--section-pause", args->overrides.section_pause_ms, "Pause before each new chapter in ms (default 1600)");
    render->add_flag("-q,--quiet", args->quiet, "Print nothing on success");
    render->callback([args] { run(*args); });
}

}  // namespace sori::cli
