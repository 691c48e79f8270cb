#include "audio/sample_md5.h"

#include <bit>
#include <nettle/md5.h>

namespace sori {

static_assert(std::endian::native == std::endian::little, "FLAC hashes samples little-endian, as they lie in memory here");

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

}  // namespace sori
