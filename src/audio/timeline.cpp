#include "audio/timeline.h"

#include <algorithm>

#include "audio/block_plan.h"

namespace sori {
namespace {

constexpr int clause_pause_ms = 150;   // where a long sentence was cut: eSpeak's own comma pause

int gap_ms(Gap gap, const PauseSettings& pauses) {
    switch (gap) {
        case Gap::sentence: return pauses.sentence_ms;
        case Gap::paragraph: return pauses.paragraph_ms;
        case Gap::section: return pauses.section_ms;
        case Gap::clause: return std::min(pauses.sentence_ms, clause_pause_ms);
        case Gap::none: break;
    }
    return 0;
}

}  // namespace

std::uint64_t ms_to_samples(int ms, int sample_rate) {
    return static_cast<std::uint64_t>(ms) * static_cast<std::uint64_t>(sample_rate) / 1000;
}

double samples_to_seconds(std::uint64_t samples, int sample_rate) {
    return static_cast<double>(samples) / static_cast<double>(sample_rate);
}

std::uint64_t samples_to_ms(std::uint64_t samples, int sample_rate) {
    const auto rate = static_cast<std::uint64_t>(sample_rate);
    return (samples / rate) * 1000 + ((samples % rate) * 1000 + rate / 2) / rate;
}

TimelineBuilder::TimelineBuilder(const PauseSettings& pauses, int sample_rate, const BlockPlanOptions& blocks)
    : pauses_(pauses), rate_(sample_rate), cutter_(sample_rate, blocks), position_(ms_to_samples(pauses.head_ms, sample_rate)) {}

// The pause before a cut grows so that the cut lands on the block grid and the item after it
// starts at a fixed distance from it (block_plan.h).
Placement TimelineBuilder::add(const ScriptItem& item, std::uint64_t length) {
    const std::uint64_t pause = ms_to_samples(gap_ms(item.gap, pauses_), rate_);
    const bool chapter_starts = items_ > 0 && item.chapter != last_chapter_;
    cut_ = std::nullopt;
    if (cutter_.cuts(pause, item.pronounced, chapter_starts, position_ - block_.start)) {
        block_.end = cutter_.cut_at(position_, pause);
        block_.end_item = items_;
        cut_ = block_;
        block_ = AudioBlock{block_.end, 0, items_, 0};
        position_ = block_.start + (pause - pause / 2);
    } else {
        position_ += pause;
    }
    const Placement placed{position_, position_ + length};
    position_ += length;
    last_chapter_ = item.chapter;
    ++items_;
    return placed;
}

AudioBlock TimelineBuilder::finish() {
    block_.end = position_ + ms_to_samples(pauses_.tail_ms, rate_);
    block_.end_item = items_;
    return block_;
}

Timeline lay_out(const Script& script, const std::vector<std::uint64_t>& lengths, const PauseSettings& pauses, int sample_rate,
                 const BlockPlanOptions& blocks) {
    Timeline timeline;
    timeline.sample_rate = sample_rate;
    TimelineBuilder builder(pauses, sample_rate, blocks);
    for (std::size_t i = 0; i < script.items.size(); ++i) {
        timeline.items.push_back(builder.add(script.items[i], lengths.at(i)));
        if (builder.cut()) timeline.blocks.push_back(*builder.cut());
    }
    timeline.blocks.push_back(builder.finish());
    timeline.total_samples = timeline.blocks.back().end;

    for (std::size_t c = 0; c < script.chapters.size(); ++c) {
        ChapterMark mark{script.chapters[c], c == 0 ? 0 : timeline.total_samples, timeline.total_samples};
        for (std::size_t i = 0; i < script.items.size() && c > 0; ++i) {
            if (script.items[i].chapter == c) {
                mark.start = timeline.items[i].start;
                break;
            }
        }
        timeline.chapters.push_back(mark);
    }
    for (std::size_t c = 0; c + 1 < timeline.chapters.size(); ++c) timeline.chapters[c].end = timeline.chapters[c + 1].start;
    return timeline;
}

}  // namespace sori
