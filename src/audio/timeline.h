#pragma once
// assembly: segments and pauses on one timeline counted in samples. Chapter marks are sample
// offsets on it, so every output agrees with every other to the sample.
#include <cstdint>
#include <optional>
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

// The timeline laid out one item at a time (for lay_out, and for a dry run that never holds the
// whole script): each item's place, and the block that a cut before it closed.
class TimelineBuilder {
public:
    TimelineBuilder(const PauseSettings& pauses, int sample_rate, const BlockPlanOptions& blocks = {});
    Placement add(const ScriptItem& item, std::uint64_t length);
    // The block closed by a cut just before the item last added, if there was one.
    const std::optional<AudioBlock>& cut() const { return cut_; }
    // The last block, which ends the programme (its end is the total length).
    AudioBlock finish();

private:
    PauseSettings pauses_;
    int rate_;
    BlockCutter cutter_;
    std::uint64_t position_;
    AudioBlock block_;
    std::optional<AudioBlock> cut_;
    std::size_t items_ = 0;
    std::size_t last_chapter_ = 0;
};

// Lays out items of the given lengths (in samples) with the pauses of `pauses`, cut into blocks.
Timeline lay_out(const Script& script, const std::vector<std::uint64_t>& lengths, const PauseSettings& pauses, int sample_rate,
                 const BlockPlanOptions& blocks = {});

std::uint64_t ms_to_samples(int ms, int sample_rate);
double samples_to_seconds(std::uint64_t samples, int sample_rate);
// A sample offset in whole milliseconds, rounded to the nearest (subtitles, read-along clips).
std::uint64_t samples_to_ms(std::uint64_t samples, int sample_rate);

}  // namespace sori
