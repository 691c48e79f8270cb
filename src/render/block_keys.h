#pragma once
// Block keys (issue 15): what decides an encoded block's bytes. A block's content — its
// sentences' cache keys and their places in it, its length, whether it ends the programme — is
// hashed once as the items come (a dry run never holds the script); each block-encoded format's
// key then hashes that with the codec's settings and the shaping of the signal (gain, limiter,
// resampler). Places are counted from the block's own start, so an edit elsewhere changes no key.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "audio/audio_outputs.h"
#include "audio/block_signal.h"
#include "audio/timeline.h"

namespace sori {

class ContentHasher;

class BlockContentHasher {
public:
    BlockContentHasher();
    ~BlockContentHasher();
    // An item with audio, `offset` samples after the block's start.
    void add_item(std::uint64_t offset, std::uint64_t samples, const std::string& sentence_key);
    // The content key of the block; the hasher starts afresh for the next one.
    std::string finish(std::uint64_t length, bool last);

private:
    std::unique_ptr<ContentHasher> hasher_;
};

// The content keys of every block of `timeline` (`keys`: the items' sentence keys).
std::vector<std::string> block_contents(const Timeline& timeline, const std::vector<std::string>& keys);

// One block-encoded format's keys: what decides its bytes besides a block's content and place is
// the same for every block of a render.
struct BlockKeyer {
    AudioFormat format = AudioFormat::wav;
    int rate = 0;         // the format's own rate
    std::string codec;    // the codec and its settings
    std::string shaping;  // gain, limiter and resampler (SignalShaper::signature)

    // The key of the block of content key `content` lying at `block` of a timeline at `timeline_rate`.
    std::string key(const std::string& content, const AudioBlock& block, int timeline_rate) const;
};

// The keyers of the block-encoded formats of `settings`, in their order.
std::vector<BlockKeyer> block_keyers(const AudioSettings& settings, int engine_rate, const SignalShaper& shaper);

}  // namespace sori
