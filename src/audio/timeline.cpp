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

// Items in order with their pauses; the pause before a cut grows so that the cut lands on the
// block grid and the item after it starts at a fixed distance from it (block_plan.h).
Timeline lay_out(const Script& script, const std::vector<std::uint64_t>& lengths, const PauseSettings& pauses, int sample_rate,
                 const BlockPlanOptions& blocks) {
    Timeline timeline;
    timeline.sample_rate = sample_rate;
    const BlockCutter cutter(sample_rate, blocks);
    AudioBlock block;
    std::uint64_t position = ms_to_samples(pauses.head_ms, sample_rate);
    for (std::size_t i = 0; i < script.items.size(); ++i) {
        const std::uint64_t pause = ms_to_samples(gap_ms(script.items[i].gap, pauses), sample_rate);
        const bool chapter_starts = i > 0 && script.items[i].chapter != script.items[i - 1].chapter;
        if (cutter.cuts(pause, script.items[i].pronounced, chapter_starts, position - block.start)) {
            block.end = cutter.cut_at(position, pause);
            block.end_item = i;
            timeline.blocks.push_back(block);
            block = AudioBlock{block.end, 0, i, 0};
            position = block.start + (pause - pause / 2);
        } else {
            position += pause;
        }
        timeline.items.push_back({position, position + lengths.at(i)});
        position += lengths[i];
    }
    timeline.total_samples = position + ms_to_samples(pauses.tail_ms, sample_rate);
    block.end = timeline.total_samples;
    block.end_item = script.items.size();
    timeline.blocks.push_back(block);

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
