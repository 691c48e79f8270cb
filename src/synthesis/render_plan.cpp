#include "synthesis/render_plan.h"

#include <unordered_map>

#include "speech/long_sentence.h"

namespace sori {

std::vector<std::string> segment_keys(const Script& script, const EngineIdentity& engine, const VoiceSettings& voice) {
    std::vector<std::string> keys;
    keys.reserve(script.items.size());
    for (const ScriptItem& item : script.items) keys.push_back(item.pronounced.empty() ? "" : segment_key(engine, voice, item.pronounced));
    return keys;
}

std::optional<std::uint64_t> cached_samples(const SegmentCache& cache, const std::string& key, int sample_rate,
                                            const std::function<std::string()>& where,
                                            const std::function<void(const std::string&)>& notice) {
    const EntryCheck entry = cache.check(key, sample_rate);
    if (entry.state == EntryCheck::State::valid) return entry.samples;
    if (entry.state == EntryCheck::State::corrupt) {
        if (notice)
            notice("cache entry " + cache.entry_path(key).string() + " for " + where() + " is " + entry.problem + "; synthesizing it again");
        cache.remove(key);
    }
    return std::nullopt;
}

RenderPlan plan_render(const Script& script, std::vector<std::string> keys, const SegmentCache& cache, int sample_rate,
                       int rate_wpm, const std::function<void(const std::string&)>& notice) {
    RenderPlan plan;
    plan.keys = std::move(keys);
    plan.lengths.assign(script.items.size(), 0);
    struct Found {
        bool cached = false;
        std::uint64_t samples = 0;
        std::size_t job = 0;
    };
    std::unordered_map<std::string, Found> seen;
    for (std::size_t i = 0; i < script.items.size(); ++i) {
        const std::string& key = plan.keys[i];
        if (key.empty()) continue;
        auto [at, first] = seen.try_emplace(key);
        Found& found = at->second;
        if (first) {
            if (const auto samples = cached_samples(cache, key, sample_rate, [&] { return describe_item(script, i); }, notice)) {
                found = {true, *samples, 0};
            } else {
                found = {false, 0, plan.jobs.size()};
                plan.jobs.push_back({key, script.items[i].pronounced, shortest_plausible_seconds(script.items[i].pronounced, rate_wpm)});
                plan.job_items.emplace_back();
            }
        }
        if (found.cached) {
            plan.lengths[i] = found.samples;
            ++plan.from_cache;
        } else {
            plan.job_items[found.job].push_back(i);
            ++plan.to_synthesize;
        }
    }
    return plan;
}

}  // namespace sori
