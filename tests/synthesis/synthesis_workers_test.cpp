#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "cache/cache_key.h"
#include "speech/speech_engine.h"
#include "support/test_text.h"
#include "synthesis/synthesis_workers.h"

namespace fs = std::filesystem;

namespace {

sori::SegmentCache fresh_cache(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("sori-workers-" + name);
    fs::remove_all(dir);
    sori::SpeechEngine::shared().configure({});
    return sori::SegmentCache(dir);
}

std::vector<sori::SynthesisJob> jobs_for(const std::vector<std::string>& texts) {
    const sori::EngineIdentity identity = sori::SpeechEngine::shared().identity("ko");
    std::vector<sori::SynthesisJob> jobs;
    for (const std::string& text : texts) jobs.push_back({sori::segment_key(identity, {}, text), text});
    return jobs;
}

const std::vector<std::string> sentences{"첫 문장입니다.", "두 번째 문장은 조금 더 깁니다.", "세 번째.", "네 번째 문장이죠?",
                                         "다섯 번째 문장입니다!", "마지막 문장입니다."};

}  // namespace

TEST_CASE("Workers synthesize every sentence into the cache, the same bytes for any number of workers", "[workers]") {
    const auto jobs = jobs_for(sentences);
    const sori::SegmentCache one = fresh_cache("one");
    const sori::SegmentCache four = fresh_cache("four");
    std::size_t done = 0;
    sori::WorkerOptions options;
    options.on_done = [&](std::size_t, std::uint64_t samples) {
        ++done;
        CHECK(samples > 2000);
    };
    CHECK(sori::synthesize_in_workers(jobs, one, options).empty());
    CHECK(done == jobs.size());
    options.workers = 4;
    CHECK(sori::synthesize_in_workers(jobs, four, options).empty());
    for (const auto& job : jobs) {
        INFO(job.text);
        std::vector<std::int16_t> a, b;
        REQUIRE(one.load(job.key, 22050, a).state == sori::EntryCheck::State::valid);
        REQUIRE(four.load(job.key, 22050, b).state == sori::EntryCheck::State::valid);
        CHECK(a == b);
    }
}

TEST_CASE("A sentence that crashes eSpeak NG fails alone, and the others are synthesized and stored", "[workers]") {
    const auto jobs = jobs_for({sentences[0], test::stack_smashing_text, sentences[1], test::buffer_overflow_text, sentences[2]});
    const sori::SegmentCache cache = fresh_cache("crash");
    sori::WorkerOptions options;
    options.workers = 2;
    const auto failures = sori::synthesize_in_workers(jobs, cache, options);
    REQUIRE(failures.size() == 2);
    CHECK(failures[0].job == 1);
    CHECK(failures[1].job == 3);
    for (const auto& failure : failures) CHECK_THAT(failure.reason, Catch::Contains("eSpeak NG crashed"));
    for (std::size_t ok : {0, 2, 4}) CHECK(cache.check(jobs[ok].key, 22050).state == sori::EntryCheck::State::valid);
    CHECK(fs::is_empty(cache.folder() / "tmp"));
}

TEST_CASE("A worker that takes longer than the time limit is killed and reported", "[workers]") {
    const auto jobs = jobs_for({std::string(40, ' ') + test::long_sentence});
    const sori::SegmentCache cache = fresh_cache("timeout");
    sori::WorkerOptions options;
    options.timeout_seconds = 0.001;  // a long sentence takes tens of ms to synthesize
    const auto failures = sori::synthesize_in_workers(jobs, cache, options);
    REQUIRE(failures.size() == 1);
    CHECK_THAT(failures[0].reason, Catch::Contains("did not finish it within 0.001 s"));
    CHECK(cache.check(jobs[0].key, 22050).state == sori::EntryCheck::State::missing);
}

TEST_CASE("Cancelling stops the workers and reports an interruption", "[workers]") {
    const auto jobs = jobs_for(sentences);
    const sori::SegmentCache cache = fresh_cache("cancel");
    std::atomic<bool> cancel{false};
    sori::WorkerOptions options;
    options.cancel = &cancel;
    options.on_done = [&](std::size_t, std::uint64_t) { cancel = true; };
    try {
        sori::synthesize_in_workers(jobs, cache, options);
        FAIL("not cancelled");
    } catch (const sori::Error& e) {
        CHECK(e.code() == sori::ExitCode::interrupted);
    }
    CHECK(cache.stats().entries < jobs.size());
}

TEST_CASE("The default number of workers is the number of CPUs this process may use", "[workers]") {
    CHECK(sori::available_cpus() >= 1);
}

TEST_CASE("A worker that cannot store its audio reports a cache failure, not a synthesis failure", "[workers]") {
    const auto jobs = jobs_for({sentences[0], sentences[1]});
    const sori::SegmentCache cache = fresh_cache("cannot-store");
    cache.require_writable();
    std::ofstream(cache.folder() / jobs[0].key.substr(0, 2)) << "a file where the entry's folder goes\n";
    const auto failures = sori::synthesize_in_workers(jobs, cache, {});
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].job == 0);
    CHECK(failures[0].cache_failed);
    CHECK_THAT(failures[0].reason, Catch::Contains("cannot write to the sentence cache") && Catch::Contains("--cache-dir"));
    CHECK(cache.check(jobs[1].key, sori::SpeechEngine::shared().sample_rate()).state == sori::EntryCheck::State::valid);
}
