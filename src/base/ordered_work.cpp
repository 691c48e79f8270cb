#include "base/ordered_work.h"

#include <algorithm>

namespace sori {

OrderedWork::OrderedWork(std::size_t threads) : in_flight_(2 * std::max<std::size_t>(1, threads)) {
    for (std::size_t i = 0; i < std::max<std::size_t>(1, threads); ++i) threads_.emplace_back([this] { run(); });
}

OrderedWork::~OrderedWork() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
        queue_.clear();  // never started: their futures report a broken promise, unread
    }
    queued_.notify_all();
    for (std::thread& thread : threads_) thread.join();
}

void OrderedWork::run() {
    for (;;) {
        std::packaged_task<void()> task;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            queued_.wait(lock, [this] { return stop_ || !queue_.empty(); });
            if (queue_.empty()) return;
            task = std::move(queue_.front());
            queue_.pop_front();
        }
        task();
    }
}

void OrderedWork::deliver_oldest() {
    auto piece = std::move(pending_.front());
    pending_.pop_front();
    piece.first.get();  // rethrows what the work threw
    piece.second();
}

void OrderedWork::submit(std::function<void()> work, std::function<void()> deliver) {
    while (pending_.size() >= in_flight_) deliver_oldest();
    std::packaged_task<void()> task(std::move(work));
    pending_.emplace_back(task.get_future(), std::move(deliver));
    {
        std::lock_guard<std::mutex> lock(mutex_);
        queue_.push_back(std::move(task));
    }
    queued_.notify_one();
}

void OrderedWork::finish() {
    while (!pending_.empty()) deliver_oldest();
}

}  // namespace sori
