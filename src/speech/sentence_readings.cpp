#include "speech/sentence_readings.h"

#include <algorithm>
#include <atomic>
#include <exception>
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

std::vector<ReadPiece> read_one(const ReadingRequest& request, const NormalizeOptions& normalize) {
    std::vector<ReadPiece> pieces;
    if (request.whole) {
        std::string spoken = speech_text(request.text, normalize);
        std::string pronounced = pronounced_form(spoken, normalize);
        pieces.push_back({request.text, std::move(spoken), std::move(pronounced)});
        return pieces;
    }
    for (SpokenPiece& piece : split_long_sentence(request.text, normalize)) {
        std::string pronounced = pronounced_form(piece.spoken, normalize);
        pieces.push_back({std::move(piece.source), std::move(piece.spoken), std::move(pronounced)});
    }
    return pieces;
}

std::size_t thread_count(const std::vector<ReadingRequest>& requests, const ReadingOptions& options) {
    std::size_t bytes = 0;
    for (const ReadingRequest& r : requests) bytes += r.text.size();
    if (bytes < options.serial_below_bytes || requests.size() < 2) return 1;
    const std::size_t wanted = options.threads ? options.threads : std::min<std::size_t>(8, std::thread::hardware_concurrency());
    return std::clamp<std::size_t>(wanted, 1, requests.size());
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
    std::vector<std::vector<ReadPiece>> readings(requests.size());
    run_shared(requests.size(), thread_count(requests, options),
               [&](std::size_t i) { readings[i] = read_one(requests[i], normalize); });
    return readings;
}

}  // namespace sori
