#pragma once
// Work done on other threads and handed back in the order it was given: a stage that produces
// pieces in order (blocks of audio) has each piece worked on by one of `threads` threads while it
// produces the next, and consumes the results in the same order on its own thread. Up to twice
// `threads` pieces are in flight (a long piece does not leave a thread idle behind it), so memory
// stays bounded whatever the input's length.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace sori {

class OrderedWork {
public:
    explicit OrderedWork(std::size_t threads);
    ~OrderedWork();  // waits for the pieces still in flight (their results are dropped)
    OrderedWork(const OrderedWork&) = delete;
    OrderedWork& operator=(const OrderedWork&) = delete;

    // Queues `work` for a thread; `deliver` runs later on the caller's thread, after every earlier
    // piece's, once `work` has ended. An exception from `work` is rethrown here or by finish(),
    // in order.
    void submit(std::function<void()> work, std::function<void()> deliver);
    // Delivers everything still in flight.
    void finish();

private:
    void deliver_oldest();
    void run();

    std::size_t in_flight_;
    std::deque<std::pair<std::future<void>, std::function<void()>>> pending_;
    std::mutex mutex_;
    std::condition_variable queued_;
    std::deque<std::packaged_task<void()>> queue_;  // work no thread has taken yet
    bool stop_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace sori
