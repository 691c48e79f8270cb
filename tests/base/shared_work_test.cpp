#include <algorithm>
#include <atomic>
#include <chrono>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "base/shared_work.h"

TEST_CASE("Shared work runs every job once and rethrows the first failure in job order", "[shared_work]") {
    const std::size_t threads = GENERATE(1, 3);
    std::vector<std::atomic<int>> runs(500);
    try {
        sori::run_shared(runs.size(), threads, [&](std::size_t i) {
            ++runs[i];
            if (i == 321 || i == 77) throw std::runtime_error("job " + std::to_string(i));
        });
        FAIL("no exception");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()) == "job 77");
    }
    for (const auto& r : runs) CHECK(r == 1);  // the failure stopped no other job
}

TEST_CASE("Shared work with nothing to do returns at once", "[shared_work]") {
    int calls = 0;
    sori::run_shared(0, 4, [&](std::size_t) { ++calls; });
    CHECK(calls == 0);
}

TEST_CASE("Shared work uses one thread per processor, at most eight", "[shared_work]") {
    const std::size_t threads = sori::default_threads();
    CHECK(threads >= 1);
    CHECK(threads <= 8);
    if (std::thread::hardware_concurrency() >= 1 && std::thread::hardware_concurrency() <= 8) CHECK(threads == std::thread::hardware_concurrency());
}

TEST_CASE("Shared work spreads jobs over the threads it is given", "[shared_work]") {
    std::vector<std::thread::id> ran_on(64);
    sori::run_shared(ran_on.size(), 2, [&](std::size_t i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        ran_on[i] = std::this_thread::get_id();
    });
    std::vector<std::thread::id> distinct;
    for (const std::thread::id& id : ran_on)
        if (std::find(distinct.begin(), distinct.end(), id) == distinct.end()) distinct.push_back(id);
    CHECK(distinct.size() == 2);
}
