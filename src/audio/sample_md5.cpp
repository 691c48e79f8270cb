#include "audio/sample_md5.h"

#include <bit>
#include <cstring>
#include <nettle/md5.h>
#include <nettle/version.h>

namespace sori {

static_assert(std::endian::native == std::endian::little, "FLAC hashes samples little-endian, as they lie in memory here");

namespace {

// A saved state: nettle's md5_ctx field by field (state words, block count, buffered bytes, the
// buffer), the buffer's unused tail as zeros so that equal states save to equal bytes.
constexpr std::size_t saved_size = sizeof(md5_ctx::state) + sizeof(md5_ctx::count) + 4 + MD5_BLOCK_SIZE;

std::vector<unsigned char> save(const md5_ctx& context) {
    std::vector<unsigned char> out(saved_size, 0);
    unsigned char* at = out.data();
    std::memcpy(at, context.state, sizeof context.state);
    at += sizeof context.state;
    std::memcpy(at, &context.count, sizeof context.count);
    at += sizeof context.count;
    const std::uint32_t index = context.index;
    std::memcpy(at, &index, 4);
    std::memcpy(at + 4, context.block, index);
    return out;
}

bool restore(std::span<const unsigned char> saved, md5_ctx& context) {
    if (saved.size() != saved_size) return false;
    const unsigned char* at = saved.data();
    std::uint32_t index = 0;
    std::memcpy(&index, at + sizeof context.state + sizeof context.count, 4);
    if (index >= MD5_BLOCK_SIZE) return false;
    md5_init(&context);
    std::memcpy(context.state, at, sizeof context.state);
    std::memcpy(&context.count, at + sizeof context.state, sizeof context.count);
    context.index = index;
    std::memcpy(context.block, at + sizeof context.state + sizeof context.count + 4, index);
    return true;
}

}  // namespace

std::string SampleMd5::state_signature() {
    return "nettle-md5 " + std::to_string(NETTLE_VERSION_MAJOR) + "." + std::to_string(NETTLE_VERSION_MINOR) + " saved " +
           std::to_string(saved_size);
}

SampleMd5::SampleMd5(std::size_t waiting) : context_(std::make_unique<md5_ctx>()), waiting_(waiting == 0 ? 1 : waiting) {
    md5_init(context_.get());
    thread_ = std::thread([this] { run(); });
}

SampleMd5::~SampleMd5() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

bool SampleMd5::resume(std::span<const unsigned char> state) {
    std::lock_guard<std::mutex> lock(mutex_);
    md5_ctx context;
    if (!queue_.empty() || busy_ || !states_.empty() || !restore(state, context)) return false;
    *context_ = context;
    return true;
}

void SampleMd5::add(std::vector<std::int16_t> samples) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return queue_.size() < waiting_; });
    queue_.push_back(std::move(samples));
    changed_.notify_all();
}

void SampleMd5::run() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
        changed_.wait(lock, [this] { return stop_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopped, with nothing left
        std::vector<std::int16_t> piece = std::move(queue_.front());
        queue_.pop_front();
        busy_ = true;
        changed_.notify_all();
        lock.unlock();
        md5_update(context_.get(), piece.size() * 2, reinterpret_cast<const std::uint8_t*>(piece.data()));
        lock.lock();
        states_.push_back(save(*context_));
        busy_ = false;
        changed_.notify_all();
    }
}

std::array<std::uint8_t, 16> SampleMd5::digest() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return queue_.empty() && !busy_; });
    md5_ctx copy = *context_;
    lock.unlock();
    std::array<std::uint8_t, 16> digest{};
    md5_digest(&copy, MD5_DIGEST_SIZE, digest.data());
    return digest;
}

std::vector<std::vector<unsigned char>> SampleMd5::states() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return queue_.empty() && !busy_; });
    return states_;
}

}  // namespace sori
