#pragma once
// Work shared among threads: numbered jobs taken one at a time by a few threads, the caller's
// among them, so that long and short jobs balance. Used wherever a stage has independent pieces
// (the readings of a batch of sentences, the pieces of a long plain text).
#include <cstddef>
#include <functional>

namespace sori {

// One thread per processor, at most 8: what shared work uses unless told otherwise.
std::size_t default_threads();

// Calls job(i) for every i below count, on up to `threads` threads (the caller's among them);
// each i once. The first exception in index order is rethrown after every job has ended. Without
// a thread to be had it runs with fewer, on the caller's alone at worst: same result.
void run_shared(std::size_t count, std::size_t threads, const std::function<void(std::size_t)>& job);

}  // namespace sori
