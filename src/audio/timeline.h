#pragma once
// assembly: segments and pauses on one timeline counted in samples. Chapter marks are sample
// offsets on it, so every output agrees with every other to the sample.
#include <cstdint>
#include <string>
#include <vector>

#include "audio/block_plan.h"
#include "speech/script.h"
#include "speech/voice_settings.h"

namespace sori {

struct Placement {
    std::uint64_t start = 0;  // first sample of the item's speech
    std::uint64_t end = 0;    // one past its last sample
};

struct ChapterMark {
    std::string title;
    std::uint64_t start = 0;
    std::uint64_t end = 0;
};

struct Timeline {
    int sample_rate = 0;
    std::uint64_t total_samples = 0;
    std::vector<Placement> items;  // parallel to Script::items
    std::vector<ChapterMark> chapters;
    std::vector<AudioBlock> blocks;  // cut where block_plan.h says, in order, covering [0, total_samples)
};

// Lays out items of the given lengths (in samples) with the pauses of `pauses`, cut into blocks.
Timeline lay_out(const Script& script, const std::vector<std::uint64_t>& lengths, const PauseSettings& pauses, int sample_rate,
                 const BlockPlanOptions& blocks = {});

std::uint64_t ms_to_samples(int ms, int sample_rate);
double samples_to_seconds(std::uint64_t samples, int sample_rate);

}  // namespace sori
