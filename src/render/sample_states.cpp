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
            for (std::size_t i = 0; i <= b; ++i) cache.touch(keys[i]);  // in use: an edit further up resumes from them
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

SampleFeed::SampleFeed(BlockJoiner& file, std::size_t first, std::size_t end, std::vector<bool> given, Reader read)
    : given_(std::move(given)), first_(first), next_(first) {
    thread_ = std::thread([this, &file, first, end, read = std::move(read)] {
        try {
            run(file, first, end, read);
        } catch (...) {
            error_ = std::current_exception();
        }
        std::lock_guard<std::mutex> lock(mutex_);
        stopped_ = true;
        changed_.notify_all();
    });
}

SampleFeed::~SampleFeed() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopped_ = true;
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
}

std::optional<std::vector<std::int16_t>> SampleFeed::take(std::size_t b) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return stopped_ || (!slots_.empty() && slots_.front().first == b); });
    if (slots_.empty() || slots_.front().first != b) return std::nullopt;
    std::vector<std::int16_t> samples = std::move(slots_.front().second);
    slots_.pop_front();
    return samples;
}

void SampleFeed::run(BlockJoiner& file, std::size_t first, std::size_t end, const Reader& read) {
    for (std::size_t b = first; b < end; ++b) {
        std::optional<std::vector<std::int16_t>> samples = given_[b] ? take(b) : read(b);
        if (!samples) return;
        file.add_samples(std::move(*samples));
        std::lock_guard<std::mutex> lock(mutex_);
        next_ = b + 1;
        changed_.notify_all();
        if (stopped_) return;
    }
    complete_ = true;
}

void SampleFeed::give(std::size_t b, std::vector<std::int16_t> samples) {
    if (!takes(b)) return;
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return stopped_ || b < next_ + 4; });
    if (stopped_) return;
    slots_.emplace_back(b, std::move(samples));
    changed_.notify_all();
}

bool SampleFeed::finish() {
    if (thread_.joinable()) thread_.join();
    if (error_) std::rethrow_exception(error_);
    return complete_;
}

}  // namespace sori
