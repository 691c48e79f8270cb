#include "renderer.h"

#include <chrono>

#include "error.h"
#include "ffmetadata.h"
#include "manifest.h"
#include "output_file.h"
#include "speech_engine.h"
#include "structure.h"
#include "text_reader.h"
#include "timeline.h"
#include "wav_writer.h"

namespace sori {
namespace {

void check_cancel(const RenderOptions& options) {
    if (options.cancel && options.cancel->load())
        throw Error(ExitCode::interrupted, "interrupted; the previous outputs were left as they were");
}

}  // namespace

Script script_for(const std::filesystem::path& article) {
    const SourceText source = read_article(article);
    StructureOptions structure;
    structure.fallback_title = article.stem().string();
    Script script = build_script(parse_document(source.text, structure));
    bool speakable = false;
    for (const ScriptItem& item : script.items) speakable |= !item.spoken.empty();
    if (!speakable)
        throw Error(ExitCode::input, article.string() + ": nothing in the article can be read aloud (only markup or symbols?)");
    return script;
}

RenderSummary render_article(const std::filesystem::path& article, const RenderOptions& options) {
    return render_script(article, script_for(article), options);
}

RenderSummary render_script(const std::filesystem::path& article, const Script& script, const RenderOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    validate(options.settings, "the settings");
    prepare_output_folder(options.output_folder);
    remove_stale_temporaries(options.output_folder);

    SpeechEngine& engine = SpeechEngine::shared();
    engine.configure(options.settings.voice);
    const int rate = engine.sample_rate();

    std::vector<std::vector<std::int16_t>> segments;
    std::vector<std::uint64_t> lengths;
    segments.reserve(script.items.size());
    for (const ScriptItem& item : script.items) {
        check_cancel(options);
        std::vector<std::int16_t> samples;
        if (!item.spoken.empty()) samples = engine.synthesize(item.spoken);
        trim_silence(samples, rate);
        lengths.push_back(samples.size());
        segments.push_back(std::move(samples));
    }
    const Timeline timeline = lay_out(script, lengths, options.settings.pauses, rate);

    const std::string stem = article.stem().string();
    OutputFile wav_file(options.output_folder / (stem + ".wav"));
    OutputFile json_file(options.output_folder / (stem + ".json"));
    OutputFile meta_file(options.output_folder / (stem + ".ffmeta"));
    {
        std::vector<CuePoint> cues;
        for (const ChapterMark& mark : timeline.chapters) cues.push_back({mark.start, mark.title});
        WavWriter writer(wav_file.temp_path(), rate, cues, script.title);
        std::uint64_t written = 0;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            check_cancel(options);
            writer.write_silence(timeline.items[i].start - written);
            writer.write(segments[i].data(), segments[i].size());
            written = timeline.items[i].end;
        }
        writer.write_silence(timeline.total_samples - written);
        writer.close();
    }
    const ManifestInfo info{article.string(), wav_file.final_path().filename().string(), engine.version()};
    json_file.write_text(manifest(info, options.settings, script, timeline).dump(2) + "\n");
    meta_file.write_text(ffmetadata(script.title, timeline));

    check_cancel(options);
    wav_file.commit();
    json_file.commit();
    meta_file.commit();

    RenderSummary summary;
    summary.wav = wav_file.final_path();
    summary.manifest = json_file.final_path();
    summary.chapters = meta_file.final_path();
    summary.audio_seconds = samples_to_seconds(timeline.total_samples, rate);
    summary.chapter_count = timeline.chapters.size();
    summary.sentence_count = script.items.size();
    summary.elapsed_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

}  // namespace sori
