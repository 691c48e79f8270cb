#pragma once
// The MD5 of 16-bit samples in the order given (FLAC's STREAMINFO signature, RFC 9639: the samples
// little-endian), hashed on a thread of its own so that the thread joining the blocks does not
// wait for it. At most `waiting` pieces queue up; add() waits while the queue is full.
// The hash's state after each piece can be saved and a later hash resumed from it, so that after
// an edit only the samples from the first changed piece on are hashed again.
#include <array>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <thread>
#include <vector>

struct md5_ctx;

namespace sori {

class SampleMd5 {
public:
    explicit SampleMd5(std::size_t waiting = 3);
    ~SampleMd5();  // waits for the thread
    SampleMd5(const SampleMd5&) = delete;
    SampleMd5& operator=(const SampleMd5&) = delete;

    // Before anything is added: goes on from a state saved by states(). False (and nothing
    // changed) when `state` is not one.
    bool resume(std::span<const unsigned char> state);
    void add(std::vector<std::int16_t> samples);
    // The digest of everything added so far (waits until it is hashed).
    std::array<std::uint8_t, 16> digest();
    // The state after each piece added, in order (waits until they are hashed).
    std::vector<std::vector<unsigned char>> states();
    // What a saved state depends on besides the samples (the MD5 library's version).
    static std::string state_signature();

private:
    void run();

    std::unique_ptr<md5_ctx> context_;
    std::size_t waiting_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::vector<std::int16_t>> queue_;
    std::vector<std::vector<unsigned char>> states_;  // after each piece hashed
    bool busy_ = false;  // the thread is hashing a piece it took off the queue
    bool stop_ = false;
    std::thread thread_;
};

}  // namespace sori
