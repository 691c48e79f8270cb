#include "render/renderer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>
#include <memory>
#include <unistd.h>

#include "audio/audio_outputs.h"
#include "audio/audiobook.h"
#include "audio/loudness.h"
#include "audio/timeline.h"
#include "base/content_hash.h"
#include "base/error.h"
#include "base/ordered_work.h"
#include "base/output_file.h"
#include "base/output_set.h"
#include "cache/render_stamp.h"
#include "render/ffmetadata.h"
#include "render/article_script.h"
#include "render/block_encoding.h"
#include "render/dry_run.h"
#include "render/read_along_outputs.h"
#include "render/manifest.h"
#include "render/programme.h"
#include "speech/long_sentence.h"
#include "speech/speech_engine.h"
#include "synthesis/render_plan.h"

namespace sori {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

RenderSummary finished(RenderSummary summary, Clock::time_point started) {
    summary.elapsed_seconds = seconds_since(started);
    return summary;
}

// With --no-cache, sentences still travel from the workers through files: a private folder in
// the output folder, removed at the end (or by the next render when this one was killed).
class PrivateCacheFolder {
public:
    explicit PrivateCacheFolder(const std::filesystem::path& output_folder)
        : path_(output_folder / (".cache" + std::string(temporary_marker) + std::to_string(::getpid()))) {}
    ~PrivateCacheFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// One line: how many failed, the first of them and why; with -v the others go through notice.
std::string failure_message(const Script& script, const RenderPlan& plan, const std::vector<SynthesisFailure>& failures,
                            const RenderOptions& options) {
    auto describe = [&](const SynthesisFailure& failure) {
        const std::size_t item = plan.job_items[failure.job].front();
        return describe_item(script, item) + ": " + failure.reason + " (text: " + script.items[item].pronounced + ")";
    };
    if (options.notice)
        for (const SynthesisFailure& failure : failures) options.notice("could not synthesize " + describe(failure));
    const std::size_t n = failures.size();
    std::string message = std::to_string(n) + (n == 1 ? " sentence" : " sentences") + " could not be synthesized" +
                          (options.use_cache ? " (the others are in the cache)" : "") + "; " + (n == 1 ? "" : "the first: ") +
                          describe(failures.front()) + "; reword or remove " + (n == 1 ? "it" : "them") + " and render again";
    return n > 1 && !options.notice ? message + " (-v lists them all)" : message;
}

// Synthesizes the plan's missing sentences in worker processes, filling in their lengths.
void synthesize_missing(const Script& script, RenderPlan& plan, const SegmentCache& cache, int rate, const RenderOptions& options) {
    if (plan.jobs.empty()) return;
    const auto started = Clock::now();
    std::size_t total_bytes = 0, done_bytes = 0;
    for (const SynthesisJob& job : plan.jobs) total_bytes += job.text.size();
    RenderProgress progress;
    progress.total = plan.jobs.size();
    auto report = [&] {
        if (!options.progress) return;
        progress.elapsed_seconds = seconds_since(started);
        if (done_bytes > 0)
            progress.remaining_seconds = progress.elapsed_seconds * static_cast<double>(total_bytes - done_bytes) / done_bytes;
        options.progress(progress);
    };
    WorkerOptions workers;
    workers.workers = options.workers;
    workers.timeout_seconds = options.timeout_seconds;
    workers.cancel = options.cancel;
    workers.on_done = [&](std::size_t job, std::uint64_t samples) {
        for (std::size_t item : plan.job_items[job]) plan.lengths[item] = samples;
        ++progress.done;
        done_bytes += plan.jobs[job].text.size();
        progress.audio_seconds += samples_to_seconds(samples, rate);
        report();
    };
    workers.on_tick = report;
    report();
    cache.require_writable();
    const std::vector<SynthesisFailure> failures = synthesize_in_workers(plan.jobs, cache, workers);
    for (const SynthesisFailure& failure : failures)
        if (failure.cache_failed) throw Error(ExitCode::output, failure.reason);  // the disk, not the sentence
    if (!failures.empty()) throw Error(ExitCode::synthesis, failure_message(script, plan, failures, options));
}

// The chapter and subtitle files chosen, written under temporary names (committed by the caller).
std::vector<std::unique_ptr<OutputFile>> write_sidecars(const Script& script, const Timeline& timeline,
                                                         const std::filesystem::path& audio, const RenderOptions& options) {
    std::vector<std::unique_ptr<OutputFile>> files;
    const std::filesystem::path base = audio.parent_path() / audio.stem();
    for (ChapterFormat format : options.chapter_formats) {
        auto file = std::make_unique<OutputFile>(base.string() + file_suffix(format));
        switch (format) {
            case ChapterFormat::ffmeta: file->write_text(ffmetadata(script.title, timeline, options.audio.tags)); break;
            case ChapterFormat::cue:  // for the first audio file; CUE knows WAVE (any PCM or lossless) and MP3
                file->write_text(cue_sheet(script.title, audio.filename().string(), audio.extension() == ".mp3" ? "MP3" : "WAVE", timeline));
                break;
            case ChapterFormat::vtt: file->write_text(webvtt_chapters(timeline)); break;
            case ChapterFormat::json: file->write_text(podcast_chapters_json(script.title, timeline)); break;
            case ChapterFormat::audacity: file->write_text(audacity_labels(timeline)); break;
        }
        files.push_back(std::move(file));
    }
    for (SubtitleFormat format : options.subtitle_formats) {
        auto file = std::make_unique<OutputFile>(base.string() + file_suffix(format));
        file->write_text(format == SubtitleFormat::srt ? srt_subtitles(script, timeline) : webvtt_subtitles(script, timeline));
        files.push_back(std::move(file));
    }
    return files;
}

}  // namespace

std::string outputs_signature(const RenderOptions& options) {
    std::string signature;
    for (AudioFormat f : options.audio.formats) signature += extension(f);
    signature += "@" + std::to_string(options.audio.sample_rate) + ";";
    signature += "opus:" + std::to_string(options.audio.opus.bitrate) + "/" + std::to_string(options.audio.opus.complexity) + ";";
    signature += "flac:" + std::to_string(options.audio.flac.compression) + ";";
    signature += "m4b:" + std::to_string(options.audio.m4b.bitrate) + ";";
    signature += "mp3:" + std::to_string(options.audio.mp3.bitrate) + "/" + std::to_string(options.audio.mp3.vbr_quality) + ";";
    if (options.audio.loudness)
        signature += std::to_string(options.audio.loudness->lufs) + "/" + std::to_string(options.audio.loudness->true_peak_dbtp) + ";";
    const AudioTags& tags = options.audio.tags;
    signature += "tags:" + std::to_string(tags.author.size()) + ":" + tags.author + std::to_string(tags.album.size()) + ":" + tags.album + "/" +
                 tags.date + "/" + tags.language + ";";
    if (options.audio.cover) {
        ContentHasher cover;
        cover.add(options.audio.cover->bytes.data(), options.audio.cover->bytes.size());
        signature += "cover:" + cover.hex128() + ";";
    }
    for (ChapterFormat f : options.chapter_formats) signature += file_suffix(f);
    signature += ";";
    for (SubtitleFormat f : options.subtitle_formats) signature += file_suffix(f);
    for (ReadAlongFormat f : options.read_along) signature += file_suffix(f);
    if (options.mp3_for_epub_only) signature += "-mp3";
    return signature;
}

namespace {

// Refuses what cannot work before any work is done, and tidies what a killed render left.
void check_before_work(const RenderOptions& options) {
    validate(options.settings, "the settings");
    for (AudioFormat format : options.audio.formats)
        if (format == AudioFormat::m4b) require_ffmpeg_for_m4b();
    if (!options.dry_run) {
        prepare_output_folder(options.output_folder);
        remove_stale_temporaries(options.output_folder);
    }
}

RenderSummary up_to_date_summary(RenderSummary summary, const std::vector<std::string>& keys, const SegmentCache& cache) {
    for (const std::string& k : keys)
        if (!k.empty()) cache.touch(k);  // in use: prune keeps it
    nlohmann::json doc = nlohmann::json::parse(std::ifstream(summary.manifest), nullptr, false);
    summary.up_to_date = true;
    summary.audio_seconds = doc.value("duration_seconds", 0.0);
    return summary;
}

// The audio files and sidecars of a render, written under temporary names.
struct WrittenOutputs {
    Timeline timeline;
    std::unique_ptr<AudioOutputs> audio;
    std::vector<std::unique_ptr<OutputFile>> sidecars;
    std::vector<std::unique_ptr<OutputFile>> documents;  // the EPUB and the page
    std::unique_ptr<OutputFile> private_ffmeta;  // chapters for ffmpeg when no .ffmeta was asked for
};

// The writing's progress, reported at most every 100 ms.
class WriteProgress {
public:
    WriteProgress(const RenderOptions& options, const Timeline& timeline) : options_(options), rate_(timeline.sample_rate) {
        progress_.writing = true;
        progress_.total = static_cast<std::size_t>(timeline.total_samples);
        progress_.total_seconds = samples_to_seconds(timeline.total_samples, timeline.sample_rate);
    }
    void advance(std::uint64_t samples) {
        progress_.done += static_cast<std::size_t>(samples);
        if (!options_.progress || Clock::now() - last_report_ <= std::chrono::milliseconds(100)) return;
        last_report_ = Clock::now();
        progress_.audio_seconds = samples_to_seconds(progress_.done, rate_);
        progress_.elapsed_seconds = seconds_since(started_);
        progress_.remaining_seconds = progress_.elapsed_seconds * static_cast<double>(progress_.total - progress_.done) / progress_.done;
        options_.progress(progress_);
    }

private:
    const RenderOptions& options_;
    int rate_;
    RenderProgress progress_;
    Clock::time_point started_ = Clock::now(), last_report_ = started_;
};

// Waits for FLAC's MD5 thread; when it met a sentence entry it could not use, the blocks it hashes
// are read here (load_segment repairs) and hashed again. False when the timeline must be laid out again.
bool finish_hashing(const Script& script, RenderPlan& plan, const SegmentCache& cache, const RenderOptions& options, RenderSummary& summary,
                    const Timeline& timeline, BlockEncoding& encoding) {
    if (encoding.hashing_complete()) return true;
    encoding.restart_hashing();
    const auto hashes = [&](std::size_t b) { return encoding.hashes(b); };
    return stream_blocks(script, plan, timeline, cache, options, summary, encoding.blocks(), hashes,
                         [&](std::size_t b, std::vector<std::int16_t> raw, bool read) {
                             if (read) encoding.hash_block(b, std::move(raw));
                         });
}

// Streams the programme block by block: blocks missing from the block cache are encoded on -j
// threads while the next is read, and every output written whole gets each block's signal in
// order; then the block-encoded files are joined. False when the timeline must be laid out
// again (an entry changed length, or a block entry turned out damaged).
bool write_audio(const Script& script, RenderPlan& plan, const SegmentCache& cache, const RenderOptions& options,
                 RenderSummary& summary, AudioOutputs& audio, const Timeline& timeline, double gain_db) {
    WriteProgress progress(options, timeline);
    if (audio.takes_raw_samples()) {  // WAV alone, as synthesized: sentence by sentence from the cache, no blocks
        return stream_programme(script, plan, timeline, cache, options, summary, [&](const std::int16_t* samples, std::size_t count) {
            audio.write_raw(samples, count);
            progress.advance(count);
        });
    }
    BlockEncoding encoding(plan, timeline, options.audio, audio, gain_db, BlockCache(cache.folder()));
    auto report = [&](const AudioBlock& block) { progress.advance(block.end - block.start); };
    const bool every_block = audio.needs_every_block();
    encoding.start_hashing([&](std::size_t b) { return read_block(plan, timeline, cache, b); }, every_block);
    std::vector<std::vector<std::int16_t>> spare;  // block buffers delivered, to be read into again
    OrderedWork work(static_cast<std::size_t>(std::max(1, options.workers)));
    auto wanted = [&](std::size_t b) { return every_block || encoding.wanted(b); };
    const bool streamed = stream_blocks(script, plan, timeline, cache, options, summary, encoding.blocks(), wanted,
                                        [&](std::size_t b, std::vector<std::int16_t> raw, bool read) {
        auto result = std::make_shared<BlockResult>();
        work.submit([&encoding, result, b, read, raw = std::move(raw)]() mutable { *result = encoding.process(b, std::move(raw), read); },
                    [&, result, b] {
                        if (every_block) audio.write(result->signal);
                        encoding.deliver(b, *result);
                        if (result->signal.raw.capacity() > 0) spare.push_back(std::move(result->signal.raw));
                        report(encoding.blocks()[b]);
                    });
    }, &spare);
    work.finish();
    const BlockCounts counts = encoding.counts();
    summary.blocks = counts.blocks;
    summary.blocks_encoded = counts.encoded;
    summary.blocks_cached = counts.cached;
    if (!streamed || !finish_hashing(script, plan, cache, options, summary, timeline, encoding)) return false;
    return encoding.finish();
}

// One attempt at the outputs on `out.timeline`: loudness gain, sidecars, audio. False when a
// cache entry changed length under it, so the timeline must be laid out again.
bool try_write_outputs(const OutputSet& set, const std::string& stem, const Script& script, RenderPlan& plan, const SegmentCache& cache,
                       const RenderOptions& options, RenderSummary& summary, WrittenOutputs& out) {
    // A previous attempt's files go first: their temporaries have the names these will have.
    out.audio.reset();
    out.sidecars.clear();
    out.private_ffmeta.reset();
    double gain_db = 0;
    if (options.audio.loudness) {
        bool restart = false;
        gain_db = loudness_gain(script, plan, out.timeline, cache, options, summary, restart);
        if (restart) return false;
    }
    out.sidecars = write_sidecars(script, out.timeline, set.staging() / summary.wav.filename(), options);
    std::filesystem::path ffmeta;
    for (const auto& file : out.sidecars)
        if (file->final_path().extension() == ".ffmeta") ffmeta = file->temp_path();
    if (ffmeta.empty()) {
        out.private_ffmeta = std::make_unique<OutputFile>(set.staging() / (stem + ".m4b-chapters.ffmeta"));
        out.private_ffmeta->write_text(ffmetadata(script.title, out.timeline, options.audio.tags));
        ffmeta = out.private_ffmeta->temp_path();
    }
    out.audio = std::make_unique<AudioOutputs>(set.staging() / stem, options.audio, out.timeline.sample_rate, out.timeline,
                                               script.title, ffmeta);
    try {
        return write_audio(script, plan, cache, options, summary, *out.audio, out.timeline, gain_db);
    } catch (const Error&) {
        check_cancel(options);  // Ctrl-C also stops an ffmpeg encoding a block: say interrupted, not that ffmpeg failed
        throw;
    }
}

// Lays out the timeline and writes every output, again on a new timeline when an entry changed
// length under the render (a concurrent render replaced it); then finishes the audio files.
WrittenOutputs write_outputs(const OutputSet& set, const std::string& stem, const Script& script, RenderPlan& plan,
                             const SegmentCache& cache, int rate, const RenderOptions& options, RenderSummary& summary) {
    WrittenOutputs out;
    for (int attempt = 1;; ++attempt) {
        if (attempt == 4)
            throw Error(ExitCode::output, cache.folder().string() + ": cache entries keep changing during the render; check the disk, " +
                                              "or render with --no-cache");
        out.timeline = lay_out(script, plan.lengths, options.settings.pauses, rate, block_plan_for(options.audio, rate));
        if (try_write_outputs(set, stem, script, plan, cache, options, summary, out)) break;
    }
    try {
        out.audio->finish();
    } catch (const Error&) {
        check_cancel(options);  // Ctrl-C also stops ffmpeg: say interrupted, not that ffmpeg failed
        throw;
    }
    if (summary.loudness) {
        summary.loudness->limited_db = out.audio->limited_db();
        summary.loudness->output_lufs = out.audio->output_lufs();
        summary.loudness->output_true_peak = out.audio->output_true_peak();
    }
    return out;
}

// The audio files that land: all but an MP3 made only to go inside the EPUB.
std::vector<OutputFile*> kept_audio(const WrittenOutputs& out, const RenderOptions& options) {
    std::vector<OutputFile*> files = out.audio->files();
    if (options.mp3_for_epub_only) files.pop_back();  // added last (with_read_along_audio)
    return files;
}

nlohmann::json loudness_json(const LoudnessReport& report, double ceiling) {
    return {{"target_lufs", report.target_lufs},    {"measured_lufs", report.measured_lufs},
            {"gain_db", report.gain_db},            {"limiter_db", report.limited_db},
            {"output_lufs", report.output_lufs},    {"output_true_peak_dbtp", report.output_true_peak},
            {"true_peak_ceiling_dbtp", ceiling}};
}

void add_stamp(ManifestInfo& info, const OutputFile& file) {
    info.stamp.outputs.push_back(stamp_of(file.temp_path()));
    info.stamp.outputs.back().name = file.final_path().filename().string();
}

// NAME.json: settings, chapters, every sentence, and the stamp that makes the outputs up to date.
std::string manifest_text(const std::filesystem::path& article, const Script& script, const RenderPlan& plan, const std::string& key,
                          const RenderOptions& options, const RenderSummary& summary, const WrittenOutputs& out) {
    ManifestInfo info;
    info.input = article.string();
    info.audio = summary.wav.filename().string();
    info.engine = SpeechEngine::shared().version();
    info.segment_keys = plan.keys;
    info.stamp.key = key;
    info.output_sample_rate = options.audio.sample_rate;
    if (summary.loudness) info.loudness = loudness_json(*summary.loudness, options.audio.loudness->true_peak_dbtp);
    for (OutputFile* file : kept_audio(out, options)) {
        info.audio_files.push_back(file->final_path().filename().string());
        add_stamp(info, *file);
    }
    for (const auto& file : out.sidecars) add_stamp(info, *file);
    for (const auto& file : out.documents) add_stamp(info, *file);
    return manifest(info, options.settings, script, out.timeline).dump(2) + "\n";
}

// Renames every output into place in the staging folder, drops the temporaries made only for
// ffmpeg, then swaps the whole set into OUTPUT/NAME/ at once (base/output_set.h).
void commit_outputs(OutputSet& set, WrittenOutputs& out, OutputFile& manifest_file, const RenderOptions& options, RenderSummary& summary) {
    for (OutputFile* file : kept_audio(out, options)) {
        file->commit();
        summary.audio_files.push_back(set.link(file->final_path().filename().string()));
    }
    for (const auto& file : out.sidecars) {
        file->commit();
        summary.sidecars.push_back(set.link(file->final_path().filename().string()));
    }
    for (const auto& file : out.documents) {
        file->commit();
        summary.documents.push_back(set.link(file->final_path().filename().string()));
    }
    manifest_file.commit();
    out.audio.reset();
    out.private_ffmeta.reset();
    set.commit();
}

}  // namespace

RenderSummary render_article(const std::filesystem::path& article, const RenderOptions& options) {
    if (options.dry_run) {
        const RenderOptions planned = with_read_along_audio(options);
        check_before_work(planned);
        return dry_run_article(article, planned);
    }
    return render_script(article, script_for(article, options.normalize, options.chapter_depth), options);
}

RenderSummary render_script(const std::filesystem::path& article, const Script& script, const RenderOptions& given) {
    const auto started = Clock::now();
    const RenderOptions options = with_read_along_audio(given);
    check_before_work(options);
    if (options.dry_run) return finished(dry_run_script(article, script, options), started);
    SpeechEngine& engine = SpeechEngine::shared();
    engine.configure(options.settings.voice);
    const int rate = engine.sample_rate();
    const EngineIdentity identity = engine.identity(options.settings.voice.voice);

    RenderSummary summary;
    summary.wav = first_output(article, options);
    summary.manifest = options.output_folder / (article.stem().string() + ".json");
    summary.chapter_count = script.chapters.size();
    summary.sentence_count = script.items.size();

    std::optional<PrivateCacheFolder> private_folder;
    if (!options.use_cache) private_folder.emplace(options.output_folder);
    const SegmentCache cache(private_folder ? private_folder->path()
                                            : options.cache_folder.value_or(options.output_folder / ".cache"));
    if (options.use_cache) cache.remove_stale_temporaries();

    std::vector<std::string> keys = segment_keys(script, identity, options.settings.voice);
    const std::string key = render_key(article.string(), script, keys, options.settings, identity, outputs_signature(options));
    const std::string stem = article.stem().string();
    if (options.use_cache && is_up_to_date(options.output_folder / stem / (stem + ".json"), key)) {
        link_outputs(options.output_folder, stem);  // in case a killed render left them out
        return finished(up_to_date_summary(std::move(summary), keys, cache), started);
    }

    RenderPlan plan = plan_render(script, std::move(keys), cache, rate, options.settings.voice.rate, options.notice);
    summary.synthesized = plan.to_synthesize;
    summary.from_cache = plan.from_cache;
    check_cancel(options);
    OutputSet set(options.output_folder, stem);
    synthesize_missing(script, plan, cache, rate, options);

    OutputFile manifest_file(set.staging() / (stem + ".json"));
    WrittenOutputs out = write_outputs(set, stem, script, plan, cache, rate, options, summary);
    if (!options.read_along.empty()) {
        std::vector<std::string> audio;
        for (const OutputFile* file : kept_audio(out, options)) audio.push_back(file->final_path().filename().string());
        out.documents = write_read_along(article, set.staging() / stem, script, out.timeline, options, audio, *out.audio);
    }
    manifest_file.write_text(manifest_text(article, script, plan, key, options, summary, out));
    check_cancel(options);
    commit_outputs(set, out, manifest_file, options, summary);
    summary.audio_seconds = samples_to_seconds(out.timeline.total_samples, rate);
    return finished(std::move(summary), started);
}

}  // namespace sori
