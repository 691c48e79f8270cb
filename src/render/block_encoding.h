#pragma once
// The formats encoded in blocks (audio/audio_outputs.h: encoded_in_blocks): each block's key —
// a hash of everything that decides its bytes (its sentences' keys and places, its length, the
// shaping of the signal, the codec and its settings) — whether the block cache holds it, the
// encoding of the missing ones (on the threads of base/ordered_work.h), and the files joined
// from the cache. After an edit only the blocks whose audio changed are encoded again.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "audio/audio_outputs.h"
#include "audio/block_plan.h"
#include "audio/block_signal.h"
#include "audio/block_joiner.h"
#include "cache/block_cache.h"
#include "render/block_keys.h"
#include "render/sample_states.h"
#include "synthesis/render_plan.h"

namespace sori {

// What a worker made of one block: its signal (when it was read) and each block-encoded
// format's encoding, made now or taken from the cache.
struct BlockResult {
    BlockSignal signal;
    std::vector<std::optional<EncodedBlock>> encoded;  // per block-encoded format
    bool damaged = false;                            // a cache entry failed its check (it was removed)
};

struct BlockCounts {
    std::size_t blocks = 0;   // in the programme
    std::size_t encoded = 0;  // block encodings made in this render (over every format)
    std::size_t cached = 0;   // taken from the block cache
};

class BlockEncoding {
public:
    // Opens the block-encoded files (outputs.block_file()).
    BlockEncoding(const RenderPlan& plan, const Timeline& timeline, const AudioSettings& settings, const AudioOutputs& outputs,
                  double gain_db, BlockCache cache);
    ~BlockEncoding();

    const std::vector<AudioBlock>& blocks() const { return timeline_.blocks; }
    // True when block `b` must be read: some format lacks it.
    bool wanted(std::size_t b) const;

    // FLAC's MD5 (render/sample_states.h): the blocks from the first after the last state the
    // cache held are hashed on a thread of their own while the caller streams the blocks — the
    // samples of those the caller reads (every block, with `every_block`; else the wanted ones)
    // from their results, the others read by `read` (a block's samples as laid out, or nullopt:
    // programme.h's read_block).
    using RawReader = std::function<std::optional<std::vector<std::int16_t>>(std::size_t)>;
    void start_hashing(RawReader read, bool every_block);
    // After the blocks: waits for the hashing. False when it met an entry it could not use; the
    // caller then restarts it and gives it every block b with hashes(b) itself (it repairs).
    bool hashing_complete();
    void restart_hashing();
    bool hashes(std::size_t b) const;
    void hash_block(std::size_t b, std::vector<std::int16_t> raw);

    // Block `b`: when `read`, shapes its samples and encodes and stores it for every format that
    // lacks it; the others' encodings come from the cache. Thread-safe.
    BlockResult process(std::size_t b, std::vector<std::int16_t> raw, bool read) const;
    // Block results in order: their encodings join the files (and their samples the hashing).
    void deliver(std::size_t b, BlockResult& result);
    // Closes the files and keeps their hashes' states. False when a cache entry turned out damaged
    // (it is removed: the caller renders again and encodes it anew).
    bool finish();

    BlockCounts counts() const;

private:
    struct Format {
        BlockKeyer keyer;               // its format, rate and what its keys hash
        std::vector<std::string> keys;  // per block
        std::vector<bool> missing;      // per block, when the render began
        std::unique_ptr<BlockJoiner> file;
        std::vector<std::string> state_keys;  // when the file hashes samples: its states' keys, per block
        std::size_t first_hashed = 0;         // the first block whose samples it hashes (before: resumed)
        std::unique_ptr<SampleFeed> feed;     // hashing them
    };
    EncodedBlock encode(const Format& format, const BlockSignal& signal, std::size_t b) const;
    std::vector<std::int16_t> samples_for(const Format& format, std::size_t b, std::vector<std::int16_t> raw) const;

    SignalShaper shaper_;
    AudioSettings settings_;
    BlockCache cache_;
    const Timeline& timeline_;
    std::vector<Format> formats_;
    bool damaged_ = false;
};

}  // namespace sori
