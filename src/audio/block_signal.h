#pragma once
// One block's signal as every output hears it: the synthesized 16-bit samples, and for each
// output rate that needs processing, floats after the programme's gain and limiter and after
// resampling. Each block is processed by a limiter and a resampler of its own, so blocks can be
// processed in any order, on any thread, and cached; the programme is their concatenation (cuts
// lie in guarded silence: block_plan.h, so nothing is lost there).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "audio/loudness.h"

namespace sori {

struct BlockSignal {
    std::vector<std::int16_t> raw;                           // at the engine's rate, as synthesized
    std::vector<std::pair<int, std::vector<float>>> shaped;  // per output rate that is not `exact`
    double limited_db = 0;                                   // the most the limiter took off a peak here
};

struct ShapeSettings {
    int engine_rate = 22050;                 // the rate of `raw`
    std::optional<LoudnessTarget> loudness;  // gain and limiter only with a target
    double gain_db = 0;                      // the programme's one gain (loudness_gain)
    int timeline_rate = 22050;               // rate of the block positions (the engine's)
};

class SignalShaper {
public:
    // `rates`: every output rate in use.
    SignalShaper(const ShapeSettings& settings, std::vector<int> rates);

    // True when `rate` takes the synthesized samples untouched (its rate, no loudness).
    bool exact(int rate) const;
    const ShapeSettings& settings() const { return settings_; }
    // Everything that decides the shaped samples at `rate` (for block keys).
    std::string signature(int rate) const;
    // The block [start, end) of the timeline (positions at the engine rate) processed for every
    // rate that is not exact (only `only`, when it is not 0): exactly at_rate(end) - at_rate(start)
    // samples each. Thread-safe.
    BlockSignal shape(std::vector<std::int16_t> raw, std::uint64_t start, std::uint64_t end, int only = 0) const;

private:
    ShapeSettings settings_;
    std::vector<int> rates_;
};

// The float samples of `signal` at `rate`: the shaped ones, or the raw ones converted into
// `scratch` when the rate is exact.
std::span<const float> floats_at(const BlockSignal& signal, int rate, std::vector<float>& scratch);
// The 16-bit samples at `rate`: raw when exact, else the floats scaled back (×32768, the inverse
// of ÷32768), rounded to nearest and clipped, into `scratch`. Every 16-bit format is written from
// these, so the WAV and the FLAC hold the same integers.
std::span<const std::int16_t> pcm16_at(const BlockSignal& signal, int rate, std::vector<std::int16_t>& scratch);

}  // namespace sori
