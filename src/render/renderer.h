#pragma once
// The whole pipeline for one article: read → structure → sentences → speech text → synthesis
// (cached, in worker processes) → assembly → outputs (NAME.wav, NAME.json, NAME.ffmeta in the
// output folder). Memory stays flat however long the article: audio streams from the cache to
// the output one sentence at a time.
#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "audio/audio_outputs.h"
#include "korean/text_normalizer.h"
#include "render/article_script.h"
#include "render/read_along.h"
#include "render/sidecars.h"
#include "speech/script.h"
#include "speech/voice_settings.h"

namespace sori {

struct PlannedSentence {
    std::string where;  // chapter 2 "제목", sentence 5
    std::string text;   // what will be spoken
};

struct RenderProgress {
    bool writing = false;             // false: synthesizing sentences; true: writing the audio files
    std::size_t done = 0;             // sentences synthesized (or written) so far
    std::size_t total = 0;            // sentences to synthesize in this render
    double audio_seconds = 0;         // audio they produced (or written)
    double total_seconds = 0;         // when writing: the whole programme
    double elapsed_seconds = 0;       // since synthesis started
    double remaining_seconds = -1;    // estimate; negative until one sentence is done
};

struct RenderOptions {
    RenderSettings settings;                        // voice and pauses, already validated
    std::filesystem::path output_folder = "out";    // created when missing
    std::optional<std::filesystem::path> cache_folder;  // default: OUTPUT/.cache
    bool use_cache = true;                          // false: synthesize everything, leave the cache alone
    bool dry_run = false;                           // plan only: synthesize and write nothing
    int workers = 1;                                // synthesis processes at once (-j)
    double timeout_seconds = 60;                    // per sentence; a worker that takes longer is killed
    NormalizeOptions normalize;                     // lexicon, glosses (render_article reads with these)
    int chapter_depth = 2;                          // headings of levels 1..N start chapters (--chapter-depth)
    AudioSettings audio;                            // formats, sample rate, loudness
    std::vector<ChapterFormat> chapter_formats{ChapterFormat::ffmeta};  // --chapters
    std::vector<SubtitleFormat> subtitle_formats;                        // --subtitles
    std::vector<ReadAlongFormat> read_along;        // --format epub,html: the EPUB and the read-along page
    bool mp3_for_epub_only = false;                 // set by the renderer: MP3 was added for the EPUB, not kept
    const std::atomic<bool>* cancel = nullptr;      // set by a signal handler to stop early
    std::function<void(const RenderProgress&)> progress;  // during synthesis, a few times a second
    std::function<void(const std::string&)> notice;       // verbose remarks (a corrupt cache entry…)
    std::function<void(const PlannedSentence&)> planned;  // dry run: each sentence to synthesize, in order
};

struct RenderSummary {
    std::filesystem::path wav;       // the first audio file (NAME.wav by default)
    std::vector<std::filesystem::path> audio_files;  // every audio file written, in --format order
    std::optional<LoudnessReport> loudness;          // with --loudness
    std::filesystem::path manifest;  // NAME.json
    std::vector<std::filesystem::path> sidecars;  // chapter and subtitle files written
    std::vector<std::filesystem::path> documents; // the EPUB and the read-along page, when asked for
    bool up_to_date = false;         // the outputs already matched; nothing was done
    double audio_seconds = 0;
    std::size_t chapter_count = 0;
    std::size_t sentence_count = 0;
    std::size_t synthesized = 0;     // sentences whose audio was made in this render (or would be, dry run)
    std::size_t from_cache = 0;      // sentences whose audio came from the cache
    std::size_t blocks = 0;          // blocks the programme is cut into (audio/block_plan.h)
    std::size_t blocks_encoded = 0;  // block encodings made in this render, over the formats encoded in blocks
    std::size_t blocks_cached = 0;   // block encodings taken from the block cache
    std::size_t blocks_unsure = 0;   // dry run with --loudness: looked up once the gain is measured
    double elapsed_seconds = 0;
};


// Everything that decides the outputs besides the sentences' audio: formats, rate, loudness,
// chapter and subtitle files (part of the render key).
std::string outputs_signature(const RenderOptions& options);

// Renders one article (with options.dry_run, plans it: dry_run.h). Throws sori::Error; on any error or cancellation the previous outputs
// are left untouched and no temporary file remains. The cache stays usable whatever happens.
RenderSummary render_article(const std::filesystem::path& article, const RenderOptions& options);

// The same for an article already read with script_for (outputs are named after `article`).
RenderSummary render_script(const std::filesystem::path& article, const Script& script, const RenderOptions& options);

}  // namespace sori
