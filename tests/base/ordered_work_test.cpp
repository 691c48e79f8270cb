#include <atomic>
#include <chrono>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "base/ordered_work.h"

TEST_CASE("Ordered work delivers every piece in the order it was given, however long each takes", "[ordered_work]") {
    const std::size_t threads = GENERATE(1, 2, 4);
    std::vector<int> delivered;
    std::vector<int> results(40, -1);
    {
        sori::OrderedWork work(threads);
        for (int i = 0; i < 40; ++i)
            work.submit([&results, i] {
                std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 13 * 100));  // later pieces often end first
                results[static_cast<std::size_t>(i)] = i * i;
            },
                        [&delivered, &results, i] {
                            CHECK(results[static_cast<std::size_t>(i)] == i * i);  // its work has ended
                            delivered.push_back(i);
                        });
        work.finish();
    }
    REQUIRE(delivered.size() == 40);
    for (int i = 0; i < 40; ++i) CHECK(delivered[static_cast<std::size_t>(i)] == i);
}

TEST_CASE("Ordered work keeps at most twice its threads in flight and never runs more at once than its threads", "[ordered_work]") {
    std::atomic<int> running{0}, most{0}, started{0};
    int delivered = 0, most_ahead = 0;
    sori::OrderedWork work(2);
    for (int i = 0; i < 30; ++i) {
        work.submit([&] {
            ++started;
            const int now = ++running;
            for (int seen = most.load(); now > seen && !most.compare_exchange_weak(seen, now);) {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            --running;
        },
                    [&] { ++delivered; });
        most_ahead = std::max(most_ahead, i + 1 - delivered);
    }
    work.finish();
    CHECK(delivered == 30);
    CHECK(started == 30);
    CHECK(most <= 2);
    CHECK(most_ahead <= 4);
}

TEST_CASE("Ordered work rethrows a piece's failure when that piece's turn comes, after the earlier ones", "[ordered_work]") {
    std::vector<int> delivered;
    sori::OrderedWork work(2);
    auto submit_all = [&] {
        for (int i = 0; i < 10; ++i)
            work.submit([i] {
                if (i == 3) throw std::runtime_error("piece 3");
            },
                        [&delivered, i] { delivered.push_back(i); });
        work.finish();
    };
    CHECK_THROWS_WITH(submit_all(), "piece 3");
    CHECK(delivered == std::vector<int>{0, 1, 2});
}
