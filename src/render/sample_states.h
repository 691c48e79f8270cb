#pragma once
// Checkpoints of a hash over every sample (FLAC's STREAMINFO MD5): the hash is sequential, so an
// edit changes it from the edited block on, and a render that hashed every sample again would
// spend most of an edit's time on it. The hash's state after each block is kept in the block
// cache, under a key that chains the keys of that block and every block before it (the samples
// hashed so far); a render resumes from the last block whose state the cache holds and reads and
// hashes only the blocks after it — on a thread of its own (SampleFeed), while the blocks are
// joined, so that the hash need not wait for the join to reach the first changed block.
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
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

// Gives `file` the samples of blocks [first, end), in order, on a thread of its own. The blocks
// marked in `given` come from the caller (give(): blocks it reads anyway, to encode them); the
// others the feed reads itself: `read(b)` gives block b's samples at the file's rate, or nullopt
// when they cannot be had as planned (a damaged entry: the caller repairs it and hashes again),
// and the feed then stops.
class SampleFeed {
public:
    using Reader = std::function<std::optional<std::vector<std::int16_t>>(std::size_t)>;
    SampleFeed(BlockJoiner& file, std::size_t first, std::size_t end, std::vector<bool> given, Reader read);
    ~SampleFeed();  // stops at the next block and waits
    SampleFeed(const SampleFeed&) = delete;
    SampleFeed& operator=(const SampleFeed&) = delete;

    // True when block b's samples are to come from give().
    bool takes(std::size_t b) const { return b >= first_ && b < given_.size() && given_[b]; }
    // Block b's samples, for a block it takes, in order. Waits while the feed is a few blocks
    // behind (memory stays bounded); ignored for other blocks and once the feed has stopped.
    void give(std::size_t b, std::vector<std::int16_t> samples);
    // Waits for the thread. False when it stopped at a block it could not read; an exception
    // from the reader or the file is rethrown here.
    bool finish();

private:
    void run(BlockJoiner& file, std::size_t first, std::size_t end, const Reader& read);
    std::optional<std::vector<std::int16_t>> take(std::size_t b);

    std::vector<bool> given_;
    std::size_t first_ = 0;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::size_t next_ = 0;  // the block the feed is at
    std::deque<std::pair<std::size_t, std::vector<std::int16_t>>> slots_;  // given, not yet taken
    bool stopped_ = false;  // the thread has ended (or is told to)
    bool complete_ = false;
    std::exception_ptr error_;
    std::thread thread_;
};

}  // namespace sori
