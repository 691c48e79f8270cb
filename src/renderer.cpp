#include "renderer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>
#include <memory>
#include <unistd.h>

#include "audio_outputs.h"
#include "audiobook.h"
#include "error.h"
#include "ffmetadata.h"
#include "long_sentence.h"
#include "loudness.h"
#include "manifest.h"
#include "output_file.h"
#include "render_plan.h"
#include "render_stamp.h"
#include "speech_engine.h"
#include "structure.h"
#include "text_reader.h"
#include "timeline.h"

namespace sori {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void check_cancel(const RenderOptions& options) {
    if (options.cancel && options.cancel->load())
        throw Error(ExitCode::interrupted, "interrupted; the previous outputs were left as they were");
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

std::string failure_message(const Script& script, const RenderPlan& plan, const std::vector<SynthesisFailure>& failures,
                            bool cached) {
    std::string message = std::to_string(failures.size()) + (failures.size() == 1 ? " sentence" : " sentences") +
                          " could not be synthesized" + (cached ? " (the others are in the cache):" : ":");
    for (std::size_t f = 0; f < failures.size() && f < 5; ++f) {
        const std::size_t item = plan.job_items[failures[f].job].front();
        message += "\n  " + describe_item(script, item) + ": " + failures[f].reason + "\n    text: " + script.items[item].spoken;
    }
    if (failures.size() > 5) message += "\n  … and " + std::to_string(failures.size() - 5) + " more";
    return message + "\nreword or remove these sentences and render again";
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
    const std::vector<SynthesisFailure> failures = synthesize_in_workers(plan.jobs, cache, workers);
    if (!failures.empty()) throw Error(ExitCode::synthesis, failure_message(script, plan, failures, options.use_cache));
}

// One item's audio from the cache, verified. An entry that is corrupt or vanished since it was
// planned (bit rot, a concurrent prune) is reported, synthesized again and replaced; false when
// it came back another length than planned (plan.lengths now says which), so the timeline must
// be laid out again.
bool load_segment(const Script& script, RenderPlan& plan, std::size_t item, const SegmentCache& cache, int rate,
                  const RenderOptions& options, EntryView& samples, RenderSummary& summary) {
    const std::string& key = plan.keys[item];
    EntryCheck entry = cache.view(key, rate, samples);
    if (entry.state == EntryCheck::State::valid && entry.samples == plan.lengths[item]) return true;
    if (options.notice)
        options.notice("cache entry " + cache.entry_path(key).string() + " for " + describe_item(script, item) + " is " +
                       (entry.state == EntryCheck::State::missing ? "gone" : entry.problem) + "; synthesizing it again");
    cache.remove(key);
    WorkerOptions workers;
    workers.timeout_seconds = options.timeout_seconds;
    workers.cancel = options.cancel;
    const auto failures = synthesize_in_workers(
        {{key, script.items[item].spoken, shortest_plausible_seconds(script.items[item].spoken, options.settings.voice.rate)}}, cache,
        workers);
    if (summary.from_cache > 0) {  // it was counted as coming from the cache
        ++summary.synthesized;
        --summary.from_cache;
    }
    if (!failures.empty()) throw Error(ExitCode::synthesis, describe_item(script, item) + ": " + failures.front().reason);
    entry = cache.view(key, rate, samples);
    if (entry.state != EntryCheck::State::valid)
        throw Error(ExitCode::output, cache.entry_path(key).string() + ": the cache entry for " + describe_item(script, item) +
                                          " is " + entry.problem + " right after it was written; check the disk, or use --no-cache");
    if (entry.samples == plan.lengths[item]) return true;
    for (std::size_t i = 0; i < plan.keys.size(); ++i)
        if (plan.keys[i] == key) plan.lengths[i] = entry.samples;
    return false;
}

using Sink = std::function<void(const std::int16_t*, std::size_t)>;

void silence(const Sink& sink, std::uint64_t count) {
    static const std::vector<std::int16_t> zeros(4096, 0);
    while (count > 0) {
        const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(count, zeros.size()));
        sink(zeros.data(), n);
        count -= n;
    }
}

// Streams every item's audio and the pauses between them, in order, one sentence in memory at
// a time. False when the timeline must be laid out again (see load_segment).
bool stream_programme(const Script& script, RenderPlan& plan, const Timeline& timeline, const SegmentCache& cache,
                      const RenderOptions& options, RenderSummary& summary, bool touch, const Sink& sink) {
    EntryView samples;
    std::uint64_t written = 0;
    for (std::size_t i = 0; i < script.items.size(); ++i) {
        check_cancel(options);
        silence(sink, timeline.items[i].start - written);
        if (!plan.keys[i].empty()) {
            if (!load_segment(script, plan, i, cache, timeline.sample_rate, options, samples, summary)) return false;
            if (touch && options.use_cache) cache.touch(plan.keys[i]);
            sink(samples.samples(), samples.size());
        }
        written = timeline.items[i].end;
    }
    silence(sink, timeline.total_samples - written);
    return true;
}

// The loudness of the programme after `gain_db` and the limiter (with no gain: as synthesized).
double measure_loudness(const Script& script, RenderPlan& plan, const Timeline& timeline, const SegmentCache& cache,
                        const RenderOptions& options, RenderSummary& summary, std::optional<double> gain_db, bool& restart) {
    LoudnessMeter meter(timeline.sample_rate);
    std::optional<GainLimiter> limiter;
    if (gain_db) limiter.emplace(timeline.sample_rate, *gain_db, options.audio.loudness->true_peak_dbtp);
    std::vector<float> block, limited;
    auto measure = [&](const float* s, std::size_t n) {
        if (!limiter) return meter.add(s, n);
        limited.clear();
        limiter->process(s, n, limited);
        meter.add(limited.data(), limited.size());
    };
    restart = !stream_programme(script, plan, timeline, cache, options, summary, false, [&](const std::int16_t* s, std::size_t n) {
        block.resize(n);
        for (std::size_t i = 0; i < n; ++i) block[i] = static_cast<float>(s[i]) / 32768.0f;
        measure(block.data(), n);
    });
    if (limiter) {
        limited.clear();
        limiter->finish(limited);
        meter.add(limited.data(), limited.size());
    }
    return meter.integrated_lufs();
}

// One gain for the whole programme that reaches the target after the limiter: the gain that
// would reach it, raised by what limiting the peaks costs (measured again, up to four times).
double loudness_gain(const Script& script, RenderPlan& plan, const Timeline& timeline, const SegmentCache& cache,
                     const RenderOptions& options, RenderSummary& summary, bool& restart) {
    const double target = options.audio.loudness->lufs;
    const double measured = measure_loudness(script, plan, timeline, cache, options, summary, std::nullopt, restart);
    if (restart || !std::isfinite(measured)) return 0;
    double gain = target - measured;
    summary.loudness = LoudnessReport{target, measured, gain, 0, 0, 0};
    for (int round = 0; round < 4; ++round) {
        const double limited = measure_loudness(script, plan, timeline, cache, options, summary, gain, restart);
        if (restart || !std::isfinite(limited) || std::fabs(limited - target) <= 0.1) break;
        gain += std::min(target - limited, 12.0);  // never more than 12 dB of extra limiting a round
    }
    summary.loudness->gain_db = gain;
    return gain;
}

// The chapter and subtitle files chosen, written under temporary names (committed by the caller).
std::vector<std::unique_ptr<OutputFile>> write_sidecars(const Script& script, const Timeline& timeline,
                                                         const std::filesystem::path& audio, const RenderOptions& options) {
    std::vector<std::unique_ptr<OutputFile>> files;
    const std::filesystem::path base = audio.parent_path() / audio.stem();
    for (ChapterFormat format : options.chapter_formats) {
        auto file = std::make_unique<OutputFile>(base.string() + file_suffix(format));
        switch (format) {
            case ChapterFormat::ffmeta: file->write_text(ffmetadata(script.title, timeline)); break;
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

Script script_for(const std::filesystem::path& article, const NormalizeOptions& normalize) {
    const SourceText source = read_article(article);
    StructureOptions structure;
    structure.fallback_title = article.stem().string();
    Script script = build_script(parse_document(source.text, structure), normalize);
    bool speakable = false;
    for (const ScriptItem& item : script.items) speakable |= !item.spoken.empty();
    if (!speakable)
        throw Error(ExitCode::input, article.string() + ": nothing in the article can be read aloud (only markup or symbols?)");
    return script;
}

RenderSummary render_article(const std::filesystem::path& article, const RenderOptions& options) {
    return render_script(article, script_for(article, options.normalize), options);
}

RenderSummary render_script(const std::filesystem::path& article, const Script& script, const RenderOptions& options) {
    const auto started = Clock::now();
    validate(options.settings, "the settings");
    for (AudioFormat format : options.audio.formats)
        if (format == AudioFormat::m4b) require_ffmpeg_for_m4b();  // before any work, not after it
    if (!options.dry_run) {
        prepare_output_folder(options.output_folder);
        remove_stale_temporaries(options.output_folder);
    }
    SpeechEngine& engine = SpeechEngine::shared();
    engine.configure(options.settings.voice);
    const int rate = engine.sample_rate();
    const EngineIdentity identity = engine.identity(options.settings.voice.voice);

    const std::string stem = article.stem().string();
    RenderSummary summary;
    summary.wav = options.output_folder / (stem + extension(options.audio.formats.at(0)));
    summary.manifest = options.output_folder / (stem + ".json");
    summary.chapter_count = script.chapters.size();
    summary.sentence_count = script.items.size();

    std::optional<PrivateCacheFolder> private_folder;
    if (!options.use_cache) private_folder.emplace(options.output_folder);
    const SegmentCache cache(private_folder ? private_folder->path()
                                            : options.cache_folder.value_or(options.output_folder / ".cache"));
    if (options.use_cache && !options.dry_run) cache.remove_stale_temporaries();

    std::vector<std::string> keys = segment_keys(script, identity, options.settings.voice);
    std::string outputs_signature;
    for (AudioFormat f : options.audio.formats) outputs_signature += extension(f);
    outputs_signature += "@" + std::to_string(options.audio.sample_rate) + ";";
    if (options.audio.loudness)
        outputs_signature += std::to_string(options.audio.loudness->lufs) + "/" + std::to_string(options.audio.loudness->true_peak_dbtp) + ";";
    for (ChapterFormat f : options.chapter_formats) outputs_signature += file_suffix(f);
    outputs_signature += ";";
    for (SubtitleFormat f : options.subtitle_formats) outputs_signature += file_suffix(f);
    const std::string key = render_key(article.string(), script, keys, options.settings, identity, outputs_signature);
    if (options.use_cache && is_up_to_date(summary.manifest, key)) {
        if (!options.dry_run)
            for (const std::string& k : keys)
                if (!k.empty()) cache.touch(k);  // in use: prune keeps it
        nlohmann::json doc = nlohmann::json::parse(std::ifstream(summary.manifest), nullptr, false);
        summary.up_to_date = true;
        summary.audio_seconds = doc.value("duration_seconds", 0.0);
        summary.elapsed_seconds = seconds_since(started);
        return summary;
    }

    RenderPlan plan = plan_render(script, std::move(keys), cache, rate, options.settings.voice.rate, options.notice);
    summary.synthesized = plan.to_synthesize;
    summary.from_cache = plan.from_cache;
    if (options.dry_run) {
        std::vector<std::size_t> items;
        for (const auto& served : plan.job_items) items.insert(items.end(), served.begin(), served.end());
        std::sort(items.begin(), items.end());
        for (std::size_t item : items) summary.planned.push_back({describe_item(script, item), script.items[item].spoken});
        summary.elapsed_seconds = seconds_since(started);
        return summary;
    }
    check_cancel(options);
    synthesize_missing(script, plan, cache, rate, options);
    OutputFile json_file(summary.manifest);
    Timeline timeline = lay_out(script, plan.lengths, options.settings.pauses, rate);
    std::unique_ptr<AudioOutputs> audio;
    std::vector<std::unique_ptr<OutputFile>> sidecars;
    std::unique_ptr<OutputFile> private_ffmeta;  // chapters for ffmpeg when no .ffmeta was asked for
    for (int attempt = 1;; ++attempt) {
        if (attempt == 4)
            throw Error(ExitCode::output, cache.folder().string() + ": cache entries keep changing during the render; check the disk, " +
                                              "or render with --no-cache");
        if (attempt > 1) timeline = lay_out(script, plan.lengths, options.settings.pauses, rate);
        double gain_db = 0;
        if (options.audio.loudness) {
            bool restart = false;
            gain_db = loudness_gain(script, plan, timeline, cache, options, summary, restart);
            if (restart) continue;
        }
        sidecars = write_sidecars(script, timeline, summary.wav, options);
        std::filesystem::path ffmeta;
        for (const auto& file : sidecars)
            if (file->final_path().extension() == ".ffmeta") ffmeta = file->temp_path();
        if (ffmeta.empty()) {
            private_ffmeta = std::make_unique<OutputFile>(options.output_folder / (stem + ".m4b-chapters.ffmeta"));
            private_ffmeta->write_text(ffmetadata(script.title, timeline));
            ffmeta = private_ffmeta->temp_path();
        }
        audio = std::make_unique<AudioOutputs>(options.output_folder / stem, options.audio, rate, timeline, script.title, ffmeta, gain_db);
        RenderProgress progress;
        progress.writing = true;
        progress.total = static_cast<std::size_t>(timeline.total_samples);
        progress.total_seconds = samples_to_seconds(timeline.total_samples, rate);
        const auto writing_started = Clock::now();
        auto last_report = writing_started;
        const bool whole = stream_programme(script, plan, timeline, cache, options, summary, true, [&](const std::int16_t* s, std::size_t n) {
            audio->write(s, n);
            progress.done += n;
            if (options.progress && Clock::now() - last_report > std::chrono::milliseconds(100)) {
                last_report = Clock::now();
                progress.audio_seconds = samples_to_seconds(progress.done, rate);
                progress.elapsed_seconds = seconds_since(writing_started);
                progress.remaining_seconds = progress.elapsed_seconds * static_cast<double>(progress.total - progress.done) / progress.done;
                options.progress(progress);
            }
        });
        if (whole) break;
    }
    try {
        audio->finish();
    } catch (const Error&) {
        check_cancel(options);  // Ctrl-C also stops ffmpeg: say interrupted, not that ffmpeg failed
        throw;
    }
    if (summary.loudness) {
        summary.loudness->limited_db = audio->limited_db();
        summary.loudness->output_lufs = audio->output_lufs();
        summary.loudness->output_true_peak = audio->output_true_peak();
    }
    ManifestInfo info;
    info.input = article.string();
    info.audio = summary.wav.filename().string();
    info.engine = engine.version();
    info.segment_keys = plan.keys;
    info.stamp.key = key;
    info.output_sample_rate = options.audio.sample_rate;
    if (summary.loudness)
        info.loudness = {{"target_lufs", summary.loudness->target_lufs},       {"measured_lufs", summary.loudness->measured_lufs},
                         {"gain_db", summary.loudness->gain_db},               {"limiter_db", summary.loudness->limited_db},
                         {"output_lufs", summary.loudness->output_lufs},       {"output_true_peak_dbtp", summary.loudness->output_true_peak},
                         {"true_peak_ceiling_dbtp", options.audio.loudness->true_peak_dbtp}};
    for (OutputFile* file : audio->files()) {
        info.audio_files.push_back(file->final_path().filename().string());
        info.stamp.outputs.push_back(stamp_of(file->temp_path()));
        info.stamp.outputs.back().name = file->final_path().filename().string();
    }
    for (const auto& file : sidecars) {
        info.stamp.outputs.push_back(stamp_of(file->temp_path()));
        info.stamp.outputs.back().name = file->final_path().filename().string();
    }
    json_file.write_text(manifest(info, options.settings, script, timeline).dump(2) + "\n");

    check_cancel(options);
    for (OutputFile* file : audio->files()) {
        file->commit();
        summary.audio_files.push_back(file->final_path());
    }
    for (const auto& file : sidecars) {
        file->commit();
        summary.sidecars.push_back(file->final_path());
    }
    json_file.commit();  // last: until it lands, the outputs are not up to date

    summary.audio_seconds = samples_to_seconds(timeline.total_samples, rate);
    summary.elapsed_seconds = seconds_since(started);
    return summary;
}

}  // namespace sori
