#pragma once
// Blocks: the programme cut into pieces that are processed and encoded on their own, cached and
// joined again (issue 15). Where the cuts go is decided as the timeline is laid out (timeline.h):
//  - only in a pause long enough to keep `guard_ms` of silence on both sides of the cut (the
//    gain limiter, the resampler and a codec's 80 ms pre-roll then see only silence there);
//  - before every chapter; inside a chapter, by the content: before a sentence whose text hashes
//    to 0 modulo `one_in` once the block holds `shortest_s` of audio, or at the first pause
//    after `longest_s`. An edit therefore moves no cut but those near it (as content-defined
//    chunking does), and the blocks after it stay the same;
//  - on a grid of whole codec frames (20 ms, which every output rate divides): the pause before
//    the cut grows by less than one frame so the cut lands on it, and the sentence after a cut
//    always lies at the same distance from it. Blocks after an edit keep their bytes exactly.
#include <cstdint>
#include <optional>
#include <string_view>

namespace sori {

struct AudioBlock {
    std::uint64_t start = 0;     // first sample on the timeline (engine rate)
    std::uint64_t end = 0;       // one past the last
    std::size_t first_item = 0;  // the items whose audio lies inside: [first_item, end_item)
    std::size_t end_item = 0;
};

struct BlockPlanOptions {
    std::uint64_t grid = 0; // cuts fall on multiples of this many samples; 0: 20 ms (one Opus frame, whole samples at every rate)
    int guard_ms = 100;     // silence kept on each side of a cut
    int shortest_s = 20;    // no cut by content before a block holds this much
    int longest_s = 150;    // cut at the first pause after this much, whatever the content
    unsigned one_in = 8;    // after `shortest_s`, cut before one sentence in this many (by its text's hash): about a minute a block
};

// Decides the cuts of one programme, item after item.
class BlockCutter {
public:
    BlockCutter(int sample_rate, const BlockPlanOptions& options = {});

    // Whether to cut in the pause of `pause` samples before a sentence whose text is `text`
    // (`chapter_starts` when it opens a chapter), the block so far holding `held` samples.
    bool cuts(std::uint64_t pause, std::string_view text, bool chapter_starts, std::uint64_t held) const;
    // Where the cut goes in a pause that begins at `pause_start`: the grid point at or after its
    // middle. The next item then starts `pause - pause / 2` samples after the cut.
    std::uint64_t cut_at(std::uint64_t pause_start, std::uint64_t pause) const;

private:
    std::uint64_t grid_, guard_, shortest_, longest_;
    unsigned one_in_;
};

// A block's first sample at `rate` (the timeline's sample count scaled, rounded down).
std::uint64_t at_rate(std::uint64_t sample, int timeline_rate, int rate);

}  // namespace sori
