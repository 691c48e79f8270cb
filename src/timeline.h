#pragma once
// assembly: segments and pauses on one timeline counted in samples. Chapter marks are sample
// offsets on it, so every output agrees with every other to the sample.
#include <cstdint>
#include <string>
#include <vector>

#include "script.h"
#include "voice_settings.h"

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
};

// Lays out items of the given lengths (in samples) with the pauses of `pauses`.
Timeline lay_out(const Script& script, const std::vector<std::uint64_t>& lengths, const PauseSettings& pauses, int sample_rate);

std::uint64_t ms_to_samples(int ms, int sample_rate);
double samples_to_seconds(std::uint64_t samples, int sample_rate);

// Drops the near-silent start and end that eSpeak puts around speech (keeping a few ms of
// lead-in and release), so that the pauses between sentences are what the settings say.
void trim_silence(std::vector<std::int16_t>& samples, int sample_rate);

struct SampleSpan {
    std::size_t first = 0;  // index of the first sample kept
    std::size_t count = 0;  // how many are kept
};
// What trim_silence keeps, without moving anything.
SampleSpan speech_span(const std::vector<std::int16_t>& samples, int sample_rate);

}  // namespace sori
