#include "audio/block_plan.h"

namespace sori {
namespace {

// FNV-1a: a stable hash of a sentence's text (the same on every machine and build).
std::uint64_t text_hash(std::string_view text) {
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

std::uint64_t samples_in(int ms, int rate) { return static_cast<std::uint64_t>(ms) * static_cast<std::uint64_t>(rate) / 1000; }

}  // namespace

BlockCutter::BlockCutter(int sample_rate, const BlockPlanOptions& options)
    : grid_(options.grid > 0 ? options.grid : samples_in(20, sample_rate)),
      guard_(samples_in(options.guard_ms, sample_rate)),
      shortest_(static_cast<std::uint64_t>(options.shortest_s) * static_cast<std::uint64_t>(sample_rate)),
      longest_(static_cast<std::uint64_t>(options.longest_s) * static_cast<std::uint64_t>(sample_rate)),
      one_in_(options.one_in == 0 ? 1 : options.one_in) {
    if (grid_ == 0) grid_ = 1;
}

bool BlockCutter::cuts(std::uint64_t pause, std::string_view text, bool chapter_starts, std::uint64_t held) const {
    if (pause < 2 * guard_ || held == 0) return false;
    if (chapter_starts || held >= longest_) return true;
    return held >= shortest_ && text_hash(text) % one_in_ == 0;
}

std::uint64_t BlockCutter::cut_at(std::uint64_t pause_start, std::uint64_t pause) const {
    const std::uint64_t middle = pause_start + pause / 2;
    return (middle + grid_ - 1) / grid_ * grid_;
}

std::uint64_t at_rate(std::uint64_t sample, int timeline_rate, int rate) {
    return sample * static_cast<std::uint64_t>(rate) / static_cast<std::uint64_t>(timeline_rate);
}

}  // namespace sori
