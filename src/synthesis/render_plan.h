#pragma once
// The plan of a render: every item's cache key, and which distinct sentences are already in the
// cache (verified) and which must be synthesized. `sori render --dry-run` prints it.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cache/cache_key.h"
#include "cache/segment_cache.h"
#include "speech/script.h"
#include "synthesis/synthesis_workers.h"

namespace sori {

struct RenderPlan {
    std::vector<std::string> keys;                    // per item; empty for items with nothing to say
    std::vector<std::uint64_t> lengths;               // per item, in samples; known for cached items
    std::vector<SynthesisJob> jobs;                   // one per distinct key missing from the cache
    std::vector<std::vector<std::size_t>> job_items;  // the items each job's audio serves
    std::size_t to_synthesize = 0;                    // items whose audio must be made
    std::size_t from_cache = 0;                       // items whose audio the cache holds
};

// The audio length of `key`'s entry when the cache holds it valid. A corrupt entry is removed and
// reported through `notice` (naming the item `where()` describes); it and a missing one give nothing.
std::optional<std::uint64_t> cached_samples(const SegmentCache& cache, const std::string& key, int sample_rate,
                                            const std::function<std::string()>& where,
                                            const std::function<void(const std::string&)>& notice);

// Keys of every item of `script` spoken by `engine` with `voice`.
std::vector<std::string> segment_keys(const Script& script, const EngineIdentity& engine, const VoiceSettings& voice);

// Looks every distinct key up in `cache`, verifying the entry. A corrupt entry is removed,
// reported through `notice`, and planned for synthesis like a missing one.
// Jobs carry the shortest plausible duration of their text at `rate_wpm` (long_sentence.h).
RenderPlan plan_render(const Script& script, std::vector<std::string> keys, const SegmentCache& cache, int sample_rate,
                       int rate_wpm, const std::function<void(const std::string&)>& notice);

}  // namespace sori
