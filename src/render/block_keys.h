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

// Everything besides the samples that decides a format's block bytes.
std::string codec_signature(AudioFormat format, int rate, const AudioSettings& settings);

// Where a block lies on a format's own frame grid when that is not the blocks' grid (MP3 frames
// of 26 ms against cuts every 20 ms when Opus is encoded too): its bytes depend on it.
std::string block_placement(AudioFormat format, int rate, const AudioBlock& block, int timeline_rate);

std::string block_key(const std::string& codec, const std::string& shaping, const std::string& content, const std::string& placement);

}  // namespace sori
