#include "render/sample_states.h"

#include "base/content_hash.h"
#include "base/error.h"

namespace sori {

std::vector<std::string> sample_state_keys(const std::vector<std::string>& block_keys, const std::string& signature) {
    std::vector<std::string> keys;
    keys.reserve(block_keys.size());
    std::string previous;
    for (const std::string& block : block_keys) {
        ContentHasher hasher;
        hasher.add_field("kind", "sori-sample-state 1");
        hasher.add_field("hash", signature);
        hasher.add_field("before", previous);
        hasher.add_field("block", block);
        previous = hasher.hex128();
        keys.push_back(previous);
    }
    return keys;
}

std::size_t resume_sample_states(BlockJoiner& file, const std::vector<std::string>& keys, const std::vector<std::uint64_t>& ends,
                                 const BlockCache& cache) {
    for (std::size_t b = keys.size(); b-- > 0;) {
        if (!cache.present(keys[b])) continue;
        const BlockEntry entry = cache.load(keys[b]);
        if (entry.state == BlockEntry::State::valid && file.resume_samples(entry.bytes, ends[b])) {
            cache.touch(keys[b]);
            return b + 1;
        }
        cache.remove(keys[b]);
    }
    return 0;
}

void store_sample_states(BlockJoiner& file, const std::vector<std::string>& keys, std::size_t first, const BlockCache& cache) {
    const std::vector<std::vector<unsigned char>> states = file.sample_states();
    if (first + states.size() != keys.size())
        throw Error(ExitCode::internal, "the file hashed " + std::to_string(states.size()) + " blocks from block " + std::to_string(first + 1) +
                                            " of " + std::to_string(keys.size()));
    for (std::size_t i = 0; i < states.size(); ++i) cache.store(keys[first + i], states[i]);
}

}  // namespace sori
