#include "speech/sentence_readings.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <iterator>
#include <system_error>
#include <thread>

#include "base/shared_work.h"
#include "korean/pronunciation.h"
#include "korean/sentence_splitter.h"
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
    const std::string* text = nullptr;  // the heading or sentence (a request's text, or one of a unit's sentences)
    Window window;            // the bytes of `text` it reads
    bool first_window = true; // the sentence's first window
};

// A unit's sentences are found in parallel first (the splitter is the costliest serial step).
// The unit's own text is freed once split: a line of many megabytes is not held twice.
std::vector<std::vector<std::string>> sentences_of(std::vector<ReadingRequest>& requests, std::size_t threads) {
    std::vector<std::vector<std::string>> sentences(requests.size());
    run_shared(requests.size(), threads, [&](std::size_t i) {
        if (!requests[i].split) return;
        sentences[i] = split_sentences(requests[i].text);
        std::string().swap(requests[i].text);
    });
    return sentences;
}

std::vector<Job> jobs_of(const std::vector<ReadingRequest>& requests, const std::vector<std::vector<std::string>>& sentences) {
    std::vector<Job> jobs;
    jobs.reserve(requests.size());
    const auto add_sentence = [&](std::size_t request, const std::string& text, bool first) {
        for (const Window& window : sentence_windows(text)) {
            jobs.push_back({request, &text, window, first});
            first = false;
        }
    };
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (!requests[i].split) add_sentence(i, requests[i].text, !requests[i].continues);
        else
            for (const std::string& sentence : sentences[i]) add_sentence(i, sentence, true);
    }
    return jobs;
}

std::vector<ReadPiece> read_job(const Job& job, const NormalizeOptions& normalize) {
    std::vector<ReadPiece> pieces;
    const std::string_view text = std::string_view(*job.text).substr(job.window.begin, job.window.end - job.window.begin);
    bool first = job.first_window;
    for (SpokenPiece& piece : split_window(text, normalize)) {
        std::string pronounced = pronounced_form(piece.spoken, normalize);
        pieces.push_back({std::move(piece.source), std::move(piece.spoken), std::move(pronounced), first});
        first = false;
    }
    return pieces;
}

std::size_t thread_count(const std::vector<ReadingRequest>& requests, const ReadingOptions& options) {
    std::size_t bytes = 0;
    for (const ReadingRequest& r : requests) bytes += r.text.size();
    if (bytes < options.serial_below_bytes) return 1;
    const std::size_t wanted = options.threads ? options.threads : default_threads();
    return std::max<std::size_t>(wanted, 1);  // run_shared starts no more threads than there are jobs
}

}  // namespace

std::vector<std::vector<ReadPiece>> read_sentences(std::vector<ReadingRequest> requests, const NormalizeOptions& normalize,
                                                   const ReadingOptions& options) {
    const std::size_t threads = thread_count(requests, options);
    const std::vector<std::vector<std::string>> sentences = sentences_of(requests, threads);
    const std::vector<Job> jobs = jobs_of(requests, sentences);
    std::vector<std::vector<ReadPiece>> results(jobs.size());
    run_shared(jobs.size(), threads, [&](std::size_t j) { results[j] = read_job(jobs[j], normalize); });
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
