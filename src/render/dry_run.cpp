#include "render/dry_run.h"

#include <fstream>
#include <optional>

#include <nlohmann/json.hpp>

#include "audio/audio_outputs.h"
#include "audio/block_signal.h"
#include "audio/timeline.h"
#include "cache/block_cache.h"
#include "cache/render_stamp.h"
#include "cache/segment_cache.h"
#include "render/read_along_outputs.h"
#include "speech/speech_engine.h"
#include "render/block_keys.h"
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

// The blocks of the formats encoded in blocks, laid out as the items come: a block with a
// sentence still to synthesize is to be encoded; the others are looked up by key (with
// --loudness their gain is known only once measured, so they are counted as unsure).
class DryRunBlocks {
public:
    DryRunBlocks(const RenderOptions& options, int rate, bool cache_present)
        : options_(options), builder_(options.settings.pauses, rate, block_plan_for(options.audio, rate)), cache_(options.cache_folder.value_or(options.output_folder / ".cache")),
          keyers_(block_keyers(options.audio, rate, SignalShaper(ShapeSettings{rate, std::nullopt, 0, rate}, {}))),
          look_up_(options.use_cache && cache_present), rate_(rate) {}

    // `samples`: the item's length when its audio is in the cache.
    void add(const ScriptItem& item, const std::string& key, std::optional<std::uint64_t> samples) {
        const Placement placed = builder_.add(item, samples.value_or(estimated_samples(item)));
        if (builder_.cut()) close(*builder_.cut(), false);
        if (key.empty()) return;
        fresh_ |= !samples;
        content_.add_item(placed.start - start_, placed.end - placed.start, key);
    }

    void finish(RenderSummary& summary) {
        close(builder_.finish(), true);
        summary.blocks = blocks_;
        summary.blocks_encoded = encoded_;
        summary.blocks_cached = cached_;
        summary.blocks_unsure = unsure_;
    }

private:
    // A sentence not yet synthesized: about seven syllables a second (UTF-8 Hangul: three bytes each).
    std::uint64_t estimated_samples(const ScriptItem& item) const { return item.pronounced.size() / 3 * rate() / 7; }
    std::uint64_t rate() const { return static_cast<std::uint64_t>(rate_); }

    void close(const AudioBlock& block, bool last) {
        ++blocks_;
        const std::string content = content_.finish(block.end - block.start, last);
        start_ = block.end;
        for (const BlockKeyer& keyer : keyers_) {
            if (fresh_ || !look_up_) ++encoded_;
            else if (options_.audio.loudness) ++unsure_;
            else ++(cache_.present(keyer.key(content, block, rate_)) ? cached_ : encoded_);
        }
        fresh_ = false;
    }

    const RenderOptions& options_;
    TimelineBuilder builder_;
    BlockCache cache_;
    std::vector<BlockKeyer> keyers_;  // of the block-encoded formats (the gain is 0: without --loudness)
    bool look_up_;
    int rate_;
    BlockContentHasher content_;
    std::uint64_t start_ = 0;  // of the block being laid out
    bool fresh_ = false;       // it holds a sentence to synthesize
    std::size_t blocks_ = 0, encoded_ = 0, cached_ = 0, unsure_ = 0;
};

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

    void shown(std::size_t chapter, ParagraphKind kind, std::string&& text) override { hash_->add_shown(chapter, kind, text); }

    void item(ScriptItem&& item) override {
        ++summary_.sentence_count;
        const std::string key = item.pronounced.empty() ? "" : segment_key(identity_, options_.settings.voice, item.pronounced);
        hash_->add_item(item, key);
        std::optional<std::uint64_t> samples;
        if (!key.empty()) samples = cached(key, item);
        blocks_.add(item, key, samples);
        if (key.empty()) return;
        if (samples) {
            ++summary_.from_cache;
            return;
        }
        ++summary_.synthesized;
        if (options_.planned) options_.planned({describe_item(item.chapter, chapter_title_, item), item.spoken});
    }

    // After the last item: up to date when the manifest records the same render key.
    void finish() {
        blocks_.finish(summary_);
        const std::string stem = article_.stem().string();
        if (!options_.use_cache || !is_up_to_date(options_.output_folder / stem / (stem + ".json"), hash_->finish())) return;
        summary_.up_to_date = true;
        const nlohmann::json doc = nlohmann::json::parse(std::ifstream(summary_.manifest), nullptr, false);
        summary_.audio_seconds = doc.is_object() ? doc.value("duration_seconds", 0.0) : 0.0;
    }

private:
    // Checked per item, not remembered: a sentence said twice is looked up twice, and memory
    // does not grow with the number of distinct sentences.
    std::optional<std::uint64_t> cached(const std::string& key, const ScriptItem& item) const {
        if (!options_.use_cache || !cache_present_) return std::nullopt;
        return cached_samples(cache_, key, rate_, [&] { return describe_item(item.chapter, chapter_title_, item); }, options_.notice);
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
    DryRunBlocks blocks_{options_, rate_, cache_present_};
};

RenderSummary empty_summary(const std::filesystem::path& article, const RenderOptions& options) {
    RenderSummary summary;
    summary.wav = first_output(article, options);
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
