#pragma once
// The programme: every item's audio from the cache and the pauses between them, streamed in
// order with one sentence in memory at a time, and its loudness measured on the way. An entry
// that turns out damaged or vanished is synthesized again; when its length changed, the caller
// lays the timeline out again (the functions return restart = true / false).
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "audio/block_plan.h"
#include "audio/timeline.h"
#include "cache/segment_cache.h"
#include "render/renderer.h"
#include "speech/script.h"
#include "synthesis/render_plan.h"

namespace sori {

using Sink = std::function<void(const std::int16_t*, std::size_t)>;

// Throws Error(interrupted) once options.cancel is set.
void check_cancel(const RenderOptions& options);

// Feeds the whole programme to `sink` (to measure it). False when the timeline must be laid out
// again.
bool stream_programme(const Script& script, RenderPlan& plan, const Timeline& timeline, const SegmentCache& cache,
                      const RenderOptions& options, RenderSummary& summary, const Sink& sink);

using BlockSink = std::function<void(std::size_t block, std::vector<std::int16_t> samples, bool read)>;

// Feeds every block to `sink` in order: those for which `wanted` is true read (`samples`: its
// items' audio and the pauses), the others not (`read` false, no samples); marks the entries of
// every block used. False when the timeline must be laid out again. A block's samples go into a
// buffer taken from `spare` when it has one (the caller gives back the buffers it is done with).
bool stream_blocks(const Script& script, RenderPlan& plan, const Timeline& timeline, const SegmentCache& cache,
                   const RenderOptions& options, RenderSummary& summary, const std::vector<AudioBlock>& blocks,
                   const std::function<bool(std::size_t)>& wanted, const BlockSink& sink,
                   std::vector<std::vector<std::int16_t>>* spare = nullptr);

// Block `b`'s samples as stream_blocks reads them, when every entry in it is whole and as long as
// laid out; nullopt otherwise (nothing is repaired: that is stream_blocks' work). Changes nothing,
// so it may run on another thread beside stream_blocks.
std::optional<std::vector<std::int16_t>> read_block(const RenderPlan& plan, const Timeline& timeline, const SegmentCache& cache,
                                                    std::size_t b);

// One gain for the whole programme that reaches options.audio.loudness after the limiter; fills
// summary.loudness. Sets `restart` when the timeline must be laid out again.
double loudness_gain(const Script& script, RenderPlan& plan, const Timeline& timeline, const SegmentCache& cache,
                     const RenderOptions& options, RenderSummary& summary, bool& restart);

}  // namespace sori
