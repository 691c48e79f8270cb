#pragma once
// Checkpoints of a hash over every sample (FLAC's STREAMINFO MD5): the hash is sequential, so an
// edit changes it from the edited block on, and a render that hashed every sample again would
// spend most of an edit's time on it. The hash's state after each block is kept in the block
// cache, under a key that chains the keys of that block and every block before it (the samples
// hashed so far); a render resumes from the last block whose state the cache holds and reads and
// hashes only the blocks after it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "audio/block_joiner.h"
#include "cache/block_cache.h"

namespace sori {

// The key of the state after each block, from the blocks' own keys in the one format.
std::vector<std::string> sample_state_keys(const std::vector<std::string>& block_keys, const std::string& signature);

// Resumes `file` from the last state the cache holds (`ends`: each block's end, in the format's
// samples); a damaged one is removed and an earlier one tried. Returns the first block whose
// samples `file` still needs (0: all of them).
std::size_t resume_sample_states(BlockJoiner& file, const std::vector<std::string>& keys, const std::vector<std::uint64_t>& ends,
                                 const BlockCache& cache);

// After the file is closed: stores the states of the blocks from `first` on (those it hashed).
void store_sample_states(BlockJoiner& file, const std::vector<std::string>& keys, std::size_t first, const BlockCache& cache);

}  // namespace sori
