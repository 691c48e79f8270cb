// `sori render`: options bound to RenderOptions; a progress line while synthesizing on a
// terminal, one summary line per article on stderr; --dry-run prints the plan on stdout.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <unistd.h>

#include "base/error.h"
#include "cli/cli.h"
#include "cli/spool.h"
#include "korean/text_normalizer.h"
#include "render/renderer.h"
#include "speech/speech_engine.h"
#include "synthesis/synthesis_workers.h"

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
    bool verbose = false;
    bool dry_run = false;
    bool no_cache = false;
    std::string cache_dir;  // --cache-dir or SORI_CACHE_DIR; empty: OUTPUT/.cache
    int jobs = available_cpus();
    std::vector<std::string> lexicons;  // --lexicon files over voices/lexicon.tsv
    bool skip_glosses = false;
    bool read_tables = false;         // --read-tables
    bool no_pronunciation = false;
    EnglishReading english = EnglishReading::hangul;  // --english
    int chapter_depth = 2;
    std::string formats = "wav";      // --format LIST
    std::vector<std::string> bitrates;  // --bitrate FORMAT=RATE, repeatable
    int opus_complexity = 6;          // --opus-complexity
    int flac_level = 5;               // --flac-level
    std::optional<int> mp3_vbr;       // --mp3-vbr Q
    AudioTags tags;                   // --author, --album, --date, --language
    std::string cover;                // --cover IMAGE
    int sample_rate = 0;              // --sample-rate; 0: the engine's
    std::optional<double> loudness;   // --loudness LUFS
    double true_peak = -1;            // --true-peak dBTP
    std::string chapters = "ffmeta";  // --chapters LIST
    std::string subtitles = "none";   // --subtitles LIST
    double timeout_seconds = 60;
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

// "synthesizing 120/840 sentences · 5:12 of audio · 0:03 elapsed · about 0:09 left", redrawn
// in place at most ten times a second.
class ProgressLine {
public:
    explicit ProgressLine(bool enabled) : enabled_(enabled) {}
    void show(const RenderProgress& p) {
        const auto now = std::chrono::steady_clock::now();
        if (!enabled_ || (p.done < p.total && now - last_ < std::chrono::milliseconds(100))) return;
        last_ = now;
        std::string line = p.writing ? "writing the audio · " + clock_time(p.audio_seconds) + " of " +
                                           clock_time(p.total_seconds) +
                                           " · " + clock_time(p.elapsed_seconds) + " elapsed"
                                     : "synthesizing " + std::to_string(p.done) + "/" + std::to_string(p.total) + " sentences · " +
                                           clock_time(p.audio_seconds) + " of audio · " + clock_time(p.elapsed_seconds) + " elapsed";
        if (p.remaining_seconds >= 0) line += " · about " + clock_time(p.remaining_seconds) + " left";
        std::cerr << "\r\x1b[K" << line << std::flush;
        shown_ = true;
    }
    void clear() {
        if (shown_) std::cerr << "\r\x1b[K" << std::flush;
        shown_ = false;
    }

private:
    bool enabled_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point last_{};
};

std::string counted(std::size_t n, const std::string& noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

void print_summary(const RenderSummary& s) {
    char line[768];
    if (s.up_to_date) {
        std::snprintf(line, sizeof line, "sori: %s is up to date — %s of audio, %s, %s; nothing to do, %.2f s\n", s.wav.c_str(),
                      clock_time(s.audio_seconds).c_str(), counted(s.chapter_count, "chapter").c_str(),
                      counted(s.sentence_count, "sentence").c_str(), s.elapsed_seconds);
    } else {
        std::snprintf(line, sizeof line,
                      "sori: %s — %s of audio, %s, %s (%zu synthesized, %zu from the cache), %.2f s\n", s.wav.c_str(),
                      clock_time(s.audio_seconds).c_str(), counted(s.chapter_count, "chapter").c_str(),
                      counted(s.sentence_count, "sentence").c_str(), s.synthesized, s.from_cache, s.elapsed_seconds);
    }
    std::cerr << line;
    if (s.audio_files.size() > 1 || (!s.documents.empty() && s.documents.front() != s.wav)) {
        std::cerr << "      also:";
        for (std::size_t i = 1; i < s.audio_files.size(); ++i) std::cerr << " " << s.audio_files[i].string();
        for (const auto& document : s.documents)
            if (document != s.wav) std::cerr << " " << document.string();
        std::cerr << "\n";
    }
    if (s.blocks_encoded + s.blocks_cached > 0) {
        std::snprintf(line, sizeof line, "      blocks: %zu encoded, %zu from the cache (%s)\n", s.blocks_encoded, s.blocks_cached,
                      counted(s.blocks, "block").c_str());
        std::cerr << line;
    }
    if (s.loudness) {
        std::snprintf(line, sizeof line,
                      "      loudness: %.1f LUFS as synthesized, gain %+.1f dB, limiter up to %.1f dB; now %.1f LUFS, true peak %.1f dBTP\n",
                      s.loudness->measured_lufs, s.loudness->gain_db, s.loudness->limited_db, s.loudness->output_lufs,
                      s.loudness->output_true_peak);
        std::cerr << line;
        const double missed = s.loudness->output_lufs - s.loudness->target_lufs;
        if (std::fabs(missed) > 0.5) {
            std::snprintf(line, sizeof line, "      loudness missed the target of %.1f LUFS by %+.1f LU (the true-peak ceiling held it back)\n",
                          s.loudness->target_lufs, missed);
            std::cerr << line;
        }
    }
}

// A dry run of each article: the count, then the sentences to synthesize (found as the article
// is read and held in a spool meanwhile: the count comes first, and up to date shows none).
void print_plans(const std::vector<std::filesystem::path>& articles, RenderOptions options) {
    for (const auto& article : articles) {
        Spool spool;
        options.planned = [&spool](const PlannedSentence& p) { spool.write("  " + p.where + ": " + p.text + "\n"); };
        const RenderSummary s = render_article(article, options);
        if (s.up_to_date) {
            std::cout << s.wav.string() << ": up to date; nothing to synthesize\n";
            continue;
        }
        std::cout << s.wav.string() << ": " << s.synthesized << " of " << s.synthesized + s.from_cache
                  << " spoken sentences to synthesize, " << s.from_cache << " from the cache\n";
        if (s.blocks_encoded + s.blocks_cached + s.blocks_unsure > 0) {
            std::cout << "  blocks: " << s.blocks_encoded << " to encode, " << s.blocks_cached << " from the cache";
            if (s.blocks_unsure > 0) std::cout << ", " << s.blocks_unsure << " looked up once --loudness has measured the gain";
            std::cout << " (" << counted(s.blocks, "block") << ")\n";
        }
        spool.copy_to(std::cout);
    }
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
    if (!args.cache_dir.empty()) options.cache_folder = args.cache_dir;
    options.use_cache = !args.no_cache;
    options.dry_run = args.dry_run;
    options.workers = args.jobs;
    options.timeout_seconds = args.timeout_seconds;
    ProgressLine progress(!args.quiet && !args.dry_run && ::isatty(STDERR_FILENO));
    options.progress = [&progress](const RenderProgress& p) { progress.show(p); };
    if (args.verbose) options.notice = [&progress](const std::string& text) {
        progress.clear();
        std::cerr << "sori: note: " << text << "\n";
    };
    Lexicon lexicon = default_lexicon();
    for (const std::string& file : args.lexicons) lexicon.load(file);
    options.normalize = {&lexicon, args.skip_glosses, !args.no_pronunciation, args.english, args.read_tables};
    options.chapter_depth = args.chapter_depth;
    const FormatChoice formats = parse_formats(args.formats);
    options.audio.formats = formats.audio;
    options.read_along = formats.read_along;
    options.audio.sample_rate = args.sample_rate;
    for (const std::string& spec : args.bitrates) apply_bitrate(spec, options.audio);
    options.audio.opus.complexity = args.opus_complexity;
    options.audio.flac.compression = args.flac_level;
    check_tags(args.tags);
    options.audio.tags = args.tags;
    if (!args.cover.empty()) options.audio.cover = read_cover(args.cover);
    if (args.mp3_vbr) {
        for (const std::string& spec : args.bitrates)
            if (spec.rfind("mp3=", 0) == 0)
                throw Error(ExitCode::usage, "--mp3-vbr and --bitrate " + spec + " each set how MP3 spends its bits; give one of them");
        options.audio.mp3.vbr_quality = *args.mp3_vbr;
    }
    if (args.loudness) options.audio.loudness = LoudnessTarget{*args.loudness, args.true_peak};
    options.chapter_formats = parse_chapter_formats(args.chapters);
    options.subtitle_formats = parse_subtitle_formats(args.subtitles);
    SpeechEngine::shared().configure(options.settings.voice);  // an unknown voice fails before any work

    std::vector<std::filesystem::path> articles(args.articles.begin(), args.articles.end());
    if (articles.empty()) articles = articles_in_input_folder();
    for (std::size_t i = 0; i < articles.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (articles[i].stem() == articles[j].stem())
                throw Error(ExitCode::usage, articles[j].string() + " and " + articles[i].string() + " would both be written to " +
                                                 (options.output_folder / articles[i].stem()).string() +
                                                 ".wav; rename one or render them into different folders with -o");
    if (args.dry_run) return print_plans(articles, options);
    // Read every article first: a bad one fails the run before anything is synthesized or replaced.
    std::vector<Script> scripts;
    for (const auto& article : articles) scripts.push_back(script_for(article, options.normalize, options.chapter_depth));
    install_signal_handlers();
    for (std::size_t i = 0; i < articles.size(); ++i) {
        RenderSummary s;
        try {
            s = render_script(articles[i], scripts[i], options);
        } catch (...) {
            progress.clear();
            throw;
        }
        progress.clear();
        if (!args.quiet) print_summary(s);
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
        "  sori render my-post.md --dry-run         which sentences an edit made new\n"
        "Outputs per article NAME: NAME.wav, NAME.json, NAME.ffmeta. They are replaced only\n"
        "when a render succeeds; an error or Ctrl-C leaves the previous ones as they were.\n"
        "Each sentence's audio is cached (OUTPUT/.cache, or --cache-dir / SORI_CACHE_DIR), so a\n"
        "re-render synthesizes only sentences whose text or voice settings changed; an unchanged\n"
        "article is not rendered again at all. `sori cache stats` and `sori cache prune` manage it.");
    render->add_option("articles", args->articles, "Articles to render (UTF-8 text or Markdown); none: every .txt/.md in input/");
    render->add_option("-o,--output", args->output_folder, "Folder for the outputs (created when missing)")->capture_default_str();
    render->add_option("--preset", args->preset, "Voice preset: NAME for NAME.ini in a voices folder, or a path to an .ini file (see `sori voices`)");
    render->add_option("--voice", args->overrides.voice, "eSpeak voice and variant, e.g. ko or ko+f3 (default ko)");
    render->add_option("--speed", args->overrides.speed,
                       "Speaking speed: a multiplier such as 1.25x (1x = 175 words/min) or words per minute, 80–450");
    render->add_option("--pitch", args->overrides.pitch, "Base pitch, 0–99 (default 50)");
    render->add_option("--volume", args->overrides.volume, "Volume in percent, 10–150 (default 100)");
    render->add_option("--word-gap", args->overrides.word_gap, "Extra pause between words in units of 10 ms, 0–50 (default 0)");
    render->add_option("--sentence-pause", args->overrides.sentence_pause_ms, "Pause between sentences in ms (default 400)");
    render->add_option("--paragraph-pause", args->overrides.paragraph_pause_ms, "Pause between paragraphs in ms (default 800)");
    render->add_option("--section-pause", args->overrides.section_pause_ms, "Pause before each new chapter in ms (default 1600)");
    render->add_option("-j,--jobs", args->jobs,
                       "Synthesis worker processes, and threads encoding blocks (every format but WAV), at once (default: the number of CPUs)")
        ->check(CLI::Range(1, 256));
    render->add_option("--cache-dir", args->cache_dir, "Sentence cache folder (default OUTPUT/.cache)")->envname("SORI_CACHE_DIR");
    render->add_flag("--no-cache", args->no_cache, "Synthesize every sentence; neither read nor write the cache");
    render->add_flag("-n,--dry-run", args->dry_run, "Print which sentences would be synthesized; synthesize and write nothing");
    render->add_option("--timeout", args->timeout_seconds, "Give up on a sentence whose synthesis takes longer, in seconds (default 60)")
        ->check(CLI::Range(0.001, 86400.0));
    render->add_option("--format", args->formats, "Formats, comma-separated: audio wav, flac, opus, mp3, m4b (m4b needs ffmpeg); read-along epub (EPUB 3 with "
                       "Media Overlays, its MP3 inside), html (a page that plays the audio beside it, MP3 when no audio format is given)")
        ->capture_default_str();
    render->add_option("--bitrate", args->bitrates,
                       "Bit rate of a lossy format, FORMAT=RATE, comma-separated or repeated: opus=6k–256k (default 32k, constant), "
                       "mp3=32k–160k (default 64k, constant), m4b=24k–256k (default 64k, AAC)")
        ->delimiter(',');
    render->add_option("--opus-complexity", args->opus_complexity,
                       "Opus encoder effort, 0–10 (default 6: above it libopus 1.3 is ten times slower on speech for no audible gain)")
        ->check(CLI::Range(0, 10));
    render->add_option("--mp3-vbr", args->mp3_vbr,
                       "MP3 at a variable bit rate of this quality, LAME's -V: 0 (best) to 9 (smallest); default: constant 64 kb/s")
        ->check(CLI::Range(0, 9));
    render->add_option("--flac-level", args->flac_level, "FLAC compression level, 0–8 (default 5, as flac's; the audio is the same at every level)")
        ->check(CLI::Range(0, 8));
    render->add_option("--cover", args->cover, "A JPEG or PNG to embed as the cover in FLAC, Opus, MP3 and M4B");
    render->add_option("--author", args->tags.author, "The author, as the files' artist tag (default: sori)");
    render->add_option("--album", args->tags.album, "An album or series name for the files' tags");
    render->add_option("--date", args->tags.date, "The work's date for the files' tags: YYYY, YYYY-MM or YYYY-MM-DD");
    render->add_option("--language", args->tags.language, "The text's language for the files' tags, a BCP 47 tag (default ko)");
    render->add_option("--sample-rate", args->sample_rate, "Resample to this rate (libsoxr, very high quality), e.g. 44100, 48000")
        ->check(CLI::Range(8000, 192000));
    render->add_option("--loudness", args->loudness,
                       "Bring the whole programme to this integrated loudness, in LUFS: -16 podcast, -19 mono speech, -23 broadcast")
        ->check(CLI::Range(-70.0, -5.0));
    render->add_option("--true-peak", args->true_peak, "True-peak ceiling with --loudness, in dBTP (default -1)")
        ->check(CLI::Range(-20.0, 0.0));
    render->add_option("--chapters", args->chapters,
                       "Chapter files, comma-separated: ffmeta (FFMETADATA1), cue (CUE sheet), vtt (WebVTT chapters), "
                       "json (Podcasting 2.0), audacity (label track), none")
        ->capture_default_str();
    render->add_option("--subtitles", args->subtitles, "Subtitles per sentence, showing the text as written: srt, vtt, none")
        ->capture_default_str();
    render->add_option("--lexicon", args->lexicons,
                       "More `written<TAB>spoken[<TAB>pronounced]` words (names, terms) over voices/lexicon.tsv; repeatable")
        ->allow_extra_args(false);  // one file per --lexicon: the articles after it stay articles
    render->add_option("--chapter-depth", args->chapter_depth, "Headings of levels 1 to N start chapters; deeper ones are read but not marked (1–6, default 2)")
        ->check(CLI::Range(1, 6));
    render->add_flag("--no-pronunciation", args->no_pronunciation,
                     "Hand eSpeak the spelling instead of its standard pronunciation (합니다, not 함니다)");
    add_english_option(*render, args->english);
    render->add_flag("--skip-glosses", args->skip_glosses, "Do not read a parenthesized Latin gloss after Hangul: 메타 (Meta)");
    render->add_flag("--read-tables", args->read_tables,
                     "Read table rows aloud, their cells with commas between them (by default tables are only shown, in epub and html)");
    render->add_flag("-q,--quiet", args->quiet, "Print nothing on success (no progress line either)");
    render->add_flag("-v,--verbose", args->verbose, "Also report cache repairs (a corrupt entry synthesized again)");
    render->callback([args] { run(*args); });
}

}  // namespace sori::cli
