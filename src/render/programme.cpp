#include "render/programme.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "audio/loudness.h"
#include "base/error.h"
#include "speech/long_sentence.h"
#include "synthesis/synthesis_workers.h"

namespace sori {
namespace {

// One item's audio from the cache, verified. An entry that is corrupt or vanished since it was
// planned (bit rot, a concurrent prune) is reported, synthesized again and replaced; false when
// it came back another length than planned (plan.lengths now says which), so the timeline must
// be laid out again. The samples go into `samples` from index `at` on.
bool load_segment(const Script& script, RenderPlan& plan, std::size_t item, const SegmentCache& cache, int rate,
                  const RenderOptions& options, std::vector<std::int16_t>& samples, std::size_t at, RenderSummary& summary) {
    const std::string& key = plan.keys[item];
    EntryCheck entry = cache.load(key, rate, samples, at);
    if (entry.state == EntryCheck::State::valid && entry.samples == plan.lengths[item]) return true;
    if (options.notice)
        options.notice("cache entry " + cache.entry_path(key).string() + " for " + describe_item(script, item) + " is " +
                       (entry.state == EntryCheck::State::missing ? "gone" : entry.problem) + "; synthesizing it again");
    cache.remove(key);
    WorkerOptions workers;
    workers.timeout_seconds = options.timeout_seconds;
    workers.cancel = options.cancel;
    const auto failures = synthesize_in_workers(
        {{key, script.items[item].pronounced, shortest_plausible_seconds(script.items[item].pronounced, options.settings.voice.rate)}}, cache,
        workers);
    if (summary.from_cache > 0) {  // it was counted as coming from the cache
        ++summary.synthesized;
        --summary.from_cache;
    }
    if (!failures.empty())
        throw Error(failures.front().cache_failed ? ExitCode::output : ExitCode::synthesis,
                    failures.front().cache_failed ? failures.front().reason : describe_item(script, item) + ": " + failures.front().reason);
    entry = cache.load(key, rate, samples, at);
    if (entry.state != EntryCheck::State::valid)
        throw Error(ExitCode::output, cache.entry_path(key).string() + ": the cache entry for " + describe_item(script, item) +
                                          " is " + entry.problem + " right after it was written; check the disk, or use --no-cache");
    if (entry.samples == plan.lengths[item]) return true;
    for (std::size_t i = 0; i < plan.keys.size(); ++i)
        if (plan.keys[i] == key) plan.lengths[i] = entry.samples;
    return false;
}

void silence(const Sink& sink, std::uint64_t count) {
    static const std::vector<std::int16_t> zeros(4096, 0);
    while (count > 0) {
        const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(count, zeros.size()));
        sink(zeros.data(), n);
        count -= n;
    }
}

}  // namespace

void check_cancel(const RenderOptions& options) {
    if (options.cancel && options.cancel->load())
        throw Error(ExitCode::interrupted, "interrupted; the previous outputs were left as they were");
}

// Streams every item's audio and the pauses between them, in order, one sentence in memory at
// a time. False when the timeline must be laid out again (see load_segment).
bool stream_programme(const Script& script, RenderPlan& plan, const Timeline& timeline, const SegmentCache& cache,
                      const RenderOptions& options, RenderSummary& summary, const Sink& sink) {
    std::vector<std::int16_t> samples;  // one sentence at a time, reused
    std::uint64_t written = 0;
    for (std::size_t i = 0; i < script.items.size(); ++i) {
        check_cancel(options);
        silence(sink, timeline.items[i].start - written);
        if (!plan.keys[i].empty()) {
            if (!load_segment(script, plan, i, cache, timeline.sample_rate, options, samples, 0, summary)) return false;
            sink(samples.data(), samples.size());
        }
        written = timeline.items[i].end;
    }
    silence(sink, timeline.total_samples - written);
    return true;
}

namespace {

// Block `b`'s signal into `raw` (emptied first): zeros for the pauses, and each item with audio
// put in its place by `load(i)`, which reads it into `raw` from raw.size() on. False, with `item`
// set, when an item does not lie inside the block or `load` gives up.
enum class Fill { done, misplaced, not_loaded };
Fill fill_block(const RenderPlan& plan, const Timeline& timeline, std::size_t b, std::vector<std::int16_t>& raw,
                const std::function<bool(std::size_t)>& load, std::size_t& item) {
    const AudioBlock& block = timeline.blocks[b];
    raw.clear();
    raw.reserve(static_cast<std::size_t>(block.end - block.start));
    for (item = block.first_item; item < block.end_item; ++item) {
        if (plan.keys[item].empty()) continue;
        const Placement& at = timeline.items[item];
        if (at.start < block.start + raw.size() || at.end > block.end) return Fill::misplaced;
        raw.resize(static_cast<std::size_t>(at.start - block.start));  // the pause before it
        if (!load(item)) return Fill::not_loaded;
    }
    raw.resize(static_cast<std::size_t>(block.end - block.start));
    return Fill::done;
}

}  // namespace

bool stream_blocks(const Script& script, RenderPlan& plan, const Timeline& timeline, const SegmentCache& cache,
                   const RenderOptions& options, RenderSummary& summary, const std::vector<AudioBlock>& blocks,
                   const std::function<bool(std::size_t)>& wanted, const BlockSink& sink, std::vector<std::vector<std::int16_t>>* spare) {
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        check_cancel(options);
        const AudioBlock& block = blocks[b];
        const bool needed = wanted(b);
        if (options.use_cache)
            for (std::size_t i = block.first_item; i < block.end_item; ++i)
                if (!plan.keys[i].empty()) cache.touch(plan.keys[i]);
        std::vector<std::int16_t> raw;  // the block's signal, each sentence read into its place
        if (needed && spare && !spare->empty()) {  // memory already mapped: no page faults on a fresh buffer
            raw = std::move(spare->back());
            spare->pop_back();
        }
        std::size_t item = 0;
        const auto load = [&](std::size_t i) { return load_segment(script, plan, i, cache, timeline.sample_rate, options, raw, raw.size(), summary); };
        const Fill fill = needed ? fill_block(plan, timeline, b, raw, load, item) : Fill::done;
        if (fill == Fill::misplaced)
            throw Error(ExitCode::internal, describe_item(script, item) + " lies across the cut of block " + std::to_string(b + 1));
        if (fill == Fill::not_loaded) return false;
        sink(b, std::move(raw), needed);
    }
    return true;
}

std::optional<std::vector<std::int16_t>> read_block(const RenderPlan& plan, const Timeline& timeline, const SegmentCache& cache,
                                                    std::size_t b) {
    std::vector<std::int16_t> raw;
    std::size_t item = 0;
    const auto load = [&](std::size_t i) {
        const EntryCheck entry = cache.load(plan.keys[i], timeline.sample_rate, raw, raw.size());
        return entry.state == EntryCheck::State::valid && entry.samples == timeline.items[i].end - timeline.items[i].start;
    };
    if (fill_block(plan, timeline, b, raw, load, item) != Fill::done) return std::nullopt;
    return raw;
}

namespace {

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
    restart = !stream_programme(script, plan, timeline, cache, options, summary, [&](const std::int16_t* s, std::size_t n) {
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

}  // namespace

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
    // In steps of 0.1 dB (at most 0.05 dB off, far under what a listener or EBU R 128's ±1 LU
    // tolerance notices): an edit that moves the programme's loudness by a hair keeps the gain,
    // and with it every encoded block that holds no changed sentence.
    gain = std::round(gain * 10) / 10;
    summary.loudness->gain_db = gain;
    return gain;
}

}  // namespace sori
