#include "render/dry_run.h"

#include <fstream>
#include <optional>

#include <nlohmann/json.hpp>

#include "cache/render_stamp.h"
#include "cache/segment_cache.h"
#include "speech/speech_engine.h"
#include "synthesis/render_plan.h"

namespace sori {
namespace {

// False only when the folder certainly does not exist (a first render's plan then opens no file
// per sentence); an error asking leaves the per-sentence look-ups to report it.
bool may_hold_entries(const std::filesystem::path& folder) {
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(folder, error);
    return status.type() != std::filesystem::file_type::not_found;
}

// Takes the script item by item: its cache key, whether the cache holds it, and the render key
// that decides whether the outputs are already up to date.
class DryRunPlanner : public ScriptSink {
public:
    DryRunPlanner(const std::filesystem::path& article, const RenderOptions& options, RenderSummary& summary)
        : article_(article),
          options_(options),
          summary_(summary),
          identity_(SpeechEngine::shared().identity(options.settings.voice.voice)),
          rate_(SpeechEngine::shared().sample_rate()),
          cache_(options.cache_folder.value_or(options.output_folder / ".cache")),
          cache_present_(may_hold_entries(cache_.folder())) {}

    void title(const std::string& title) override {
        hash_.emplace(article_.string(), title, options_.settings, identity_, outputs_signature(options_));
    }

    void chapter(std::size_t, const std::string& title, int) override {
        hash_->add_chapter(title);
        chapter_title_ = title;
        ++summary_.chapter_count;
    }

    void item(ScriptItem&& item) override {
        ++summary_.sentence_count;
        const std::string key = item.pronounced.empty() ? "" : segment_key(identity_, options_.settings.voice, item.pronounced);
        hash_->add_item(item, key);
        if (key.empty()) return;
        if (in_cache(key, item)) {
            ++summary_.from_cache;
            return;
        }
        ++summary_.synthesized;
        if (options_.planned) options_.planned({describe_item(item.chapter, chapter_title_, item), item.spoken});
    }

    // After the last item: up to date when the manifest records the same render key.
    void finish() {
        const std::string stem = article_.stem().string();
        if (!options_.use_cache || !is_up_to_date(options_.output_folder / stem / (stem + ".json"), hash_->finish())) return;
        summary_.up_to_date = true;
        const nlohmann::json doc = nlohmann::json::parse(std::ifstream(summary_.manifest), nullptr, false);
        summary_.audio_seconds = doc.is_object() ? doc.value("duration_seconds", 0.0) : 0.0;
    }

private:
    // Checked per item, not remembered: a sentence said twice is looked up twice, and memory
    // does not grow with the number of distinct sentences.
    bool in_cache(const std::string& key, const ScriptItem& item) const {
        return options_.use_cache && cache_present_ &&
               cached_samples(cache_, key, rate_, [&] { return describe_item(item.chapter, chapter_title_, item); }, options_.notice);
    }

    const std::filesystem::path& article_;
    const RenderOptions& options_;
    RenderSummary& summary_;
    EngineIdentity identity_;
    int rate_;
    SegmentCache cache_;
    bool cache_present_;  // false: no cache folder, nothing is looked up
    std::optional<RenderKeyHasher> hash_;  // from the title on
    std::string chapter_title_;            // of the chapter the items belong to
};

RenderSummary empty_summary(const std::filesystem::path& article, const RenderOptions& options) {
    RenderSummary summary;
    summary.wav = options.output_folder / (article.stem().string() + extension(options.audio.formats.at(0)));
    summary.manifest = options.output_folder / (article.stem().string() + ".json");
    return summary;
}

}  // namespace

RenderSummary dry_run_article(const std::filesystem::path& article, const RenderOptions& options) {
    SpeechEngine::shared().configure(options.settings.voice);
    RenderSummary summary = empty_summary(article, options);
    DryRunPlanner planner(article, options, summary);
    stream_article(article, planner, options.normalize, options.chapter_depth);
    planner.finish();
    return summary;
}

RenderSummary dry_run_script(const std::filesystem::path& article, const Script& script, const RenderOptions& options) {
    SpeechEngine::shared().configure(options.settings.voice);
    RenderSummary summary = empty_summary(article, options);
    DryRunPlanner planner(article, options, summary);
    replay_script(script, planner);
    planner.finish();
    return summary;
}

}  // namespace sori
