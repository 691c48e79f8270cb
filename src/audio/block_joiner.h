#pragma once
// What every block-encoded file is to its caller: encoded blocks added in order, then close().
// FLAC also hashes every sample (STREAMINFO's MD5), so it asks for each block's samples too; the
// hash's state after each block can be kept, and a later file resumes from one.
#include <cstdint>
#include <span>
#include <vector>

#include "audio/encoded_block.h"

namespace sori {

class BlockJoiner {
public:
    virtual ~BlockJoiner() = default;
    virtual void add(const EncodedBlock& block) = 0;
    // Ends the file; throws when the blocks did not cover the programme or it cannot be written.
    virtual void close() = 0;
    // True when add_samples() must be given every block's 16-bit samples, in order.
    virtual bool wants_samples() const { return false; }
    virtual void add_samples(std::vector<std::int16_t>) {}
    // Before any samples are added: the first `samples` are hashed already, to `state` (one of
    // sample_states()). False, with nothing changed, when `state` cannot be resumed.
    virtual bool resume_samples(std::span<const unsigned char> /*state*/, std::uint64_t /*samples*/) { return false; }
    // Forgets the samples added since the resume (or since the start), to be given again.
    virtual void restart_samples() {}
    // After close(): the hash's state after each add_samples().
    virtual std::vector<std::vector<unsigned char>> sample_states() { return {}; }
};

}  // namespace sori
