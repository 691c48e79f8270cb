#pragma once
// Parallel synthesis in worker processes. libespeak-ng keeps process-wide state that carries over
// from one synthesis to the next, cannot run on two threads, and crashes on some texts. So every
// sentence is synthesized in a child forked from this process, whose engine is configured but has
// never synthesized: the same text gives the same bytes whatever ran before it and however many
// workers run, and a crash or hang costs one sentence, not the render. Children write their
// audio to the cache; the parent only waits, times them out and reports.
// Call from one thread; the engine must be configured (SpeechEngine::configure) first.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "cache/segment_cache.h"

namespace sori {

struct SynthesisJob {
    std::string key;    // the cache key its audio is stored under
    std::string text;   // what eSpeak says
    double shortest_seconds = 0;  // audio shorter than this means eSpeak dropped part of the text
};

struct SynthesisFailure {
    std::size_t job = 0;         // index into the jobs
    std::string reason;          // "eSpeak NG crashed (Segmentation fault)"
    bool cache_failed = false;   // the audio was made but could not be stored: an output problem
};

struct WorkerOptions {
    int workers = 1;                            // children synthesizing at once
    double timeout_seconds = 60;                // a child that takes longer is killed
    const std::atomic<bool>* cancel = nullptr;  // set by a signal handler: kill the children, stop
    std::function<void(std::size_t job, std::uint64_t samples)> on_done;  // after each success
    std::function<void()> on_tick;                                       // a few times a second
};

// Synthesizes every job into `cache` and returns the ones that failed (the others are stored).
// Throws Error(interrupted) when cancelled, after the children are gone.
std::vector<SynthesisFailure> synthesize_in_workers(const std::vector<SynthesisJob>& jobs, const SegmentCache& cache,
                                                    const WorkerOptions& options);

// The CPUs this process may run on: the default for -j.
int available_cpus();

}  // namespace sori
