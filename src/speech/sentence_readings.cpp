#include "speech/sentence_readings.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <iterator>
#include <system_error>
#include <thread>

#include "korean/pronunciation.h"
#include "speech/long_sentence.h"
#include "speech/speech_text.h"

namespace sori {

std::string pronounced_form(const std::string& spoken, const NormalizeOptions& normalize) {
    if (!normalize.pronunciation) return spoken;
    PronounceOptions options;
    if (normalize.lexicon) options.lexicon = &normalize.lexicon->pronunciations();
    return pronounce(spoken, options);
}

namespace {

// One share of the work: a heading, a sentence, or one window of a very long sentence.
struct Job {
    std::size_t request = 0;  // which request it reads
    Window window;            // the bytes of the request's text it reads
};

std::vector<Job> jobs_of(const std::vector<ReadingRequest>& requests) {
    std::vector<Job> jobs;
    jobs.reserve(requests.size());
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (requests[i].whole) {
            jobs.push_back({i, {0, requests[i].text.size()}});
            continue;
        }
        for (const Window& window : sentence_windows(requests[i].text)) jobs.push_back({i, window});
    }
    return jobs;
}

std::vector<ReadPiece> read_job(const ReadingRequest& request, const Window& window, const NormalizeOptions& normalize) {
    std::vector<ReadPiece> pieces;
    if (request.whole) {
        std::string spoken = speech_text(request.text, normalize);
        std::string pronounced = pronounced_form(spoken, normalize);
        pieces.push_back({request.text, std::move(spoken), std::move(pronounced)});
        return pieces;
    }
    const std::string text = window.begin == 0 && window.end == request.text.size()
                                 ? request.text
                                 : request.text.substr(window.begin, window.end - window.begin);
    for (SpokenPiece& piece : split_window(text, normalize)) {
        std::string pronounced = pronounced_form(piece.spoken, normalize);
        pieces.push_back({std::move(piece.source), std::move(piece.spoken), std::move(pronounced)});
    }
    return pieces;
}

std::size_t thread_count(const std::vector<ReadingRequest>& requests, const ReadingOptions& options) {
    std::size_t bytes = 0;
    for (const ReadingRequest& r : requests) bytes += r.text.size();
    if (bytes < options.serial_below_bytes) return 1;
    const std::size_t wanted = options.threads ? options.threads : std::min<std::size_t>(8, std::thread::hardware_concurrency());
    return std::max<std::size_t>(wanted, 1);  // run_shared starts no more threads than there are jobs
}

}  // namespace

void run_shared(std::size_t count, std::size_t threads, const std::function<void(std::size_t)>& job) {
    std::vector<std::exception_ptr> failures(count);
    std::atomic<std::size_t> next{0};
    const auto work = [&] {  // jobs are taken one at a time: long and short ones balance
        for (std::size_t i = next++; i < count; i = next++) {
            try {
                job(i);
            } catch (...) {
                failures[i] = std::current_exception();
            }
        }
    };
    std::vector<std::thread> helpers;
    try {
        for (std::size_t t = 1; t < std::min(threads, count); ++t) helpers.emplace_back(work);
    } catch (const std::system_error&) {  // no thread to be had: fewer helpers, same result
    }
    work();
    for (std::thread& helper : helpers) helper.join();
    for (const std::exception_ptr& failure : failures)
        if (failure) std::rethrow_exception(failure);
}

std::vector<std::vector<ReadPiece>> read_sentences(const std::vector<ReadingRequest>& requests, const NormalizeOptions& normalize,
                                                   const ReadingOptions& options) {
    const std::vector<Job> jobs = jobs_of(requests);
    std::vector<std::vector<ReadPiece>> results(jobs.size());
    run_shared(jobs.size(), thread_count(requests, options), [&](std::size_t j) {
        results[j] = read_job(requests[jobs[j].request], jobs[j].window, normalize);
    });
    std::vector<std::vector<ReadPiece>> readings(requests.size());
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        std::vector<ReadPiece>& reading = readings[jobs[j].request];
        if (reading.empty()) {
            reading = std::move(results[j]);
            continue;
        }
        reading.insert(reading.end(), std::make_move_iterator(results[j].begin()), std::make_move_iterator(results[j].end()));
        std::vector<ReadPiece>().swap(results[j]);
    }
    return readings;
}

}  // namespace sori
