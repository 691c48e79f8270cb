// End to end: the sentence cache, worker processes and progress as a user meets them, through
// the real `sori` binary. WAVs are read back with the independent RIFF reader.
#include <catch2/catch.hpp>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "support/e2e.h"
#include "support/riff_reader.h"
#include "support/sample_article.h"
#include "support/test_text.h"

namespace fs = std::filesystem;
using namespace test::e2e;

namespace {

void edit_sample(const fs::path& dir) {
    std::string text = test::slurp(dir / "input" / "meta-ai-strategy.txt");
    const std::string from = "주커버그는 크게 3가지를 언급했는데요.";
    text.replace(text.find(from), from.size(), "주커버그는 크게 네 가지를 언급했는데요.");
    std::ofstream(dir / "input" / "meta-ai-strategy.txt", std::ios::binary) << text;
}

}  // namespace

TEST_CASE("The summary says what was synthesized and what came from the cache, and unchanged is up to date", "[e2e][cache]") {
    const fs::path dir = project("summary");
    const test::Result cold = sori({"render"}, dir);
    REQUIRE(cold.exit_code == 0);
    CHECK_THAT(cold.err, Catch::Contains("44 sentences (44 synthesized, 0 from the cache)"));
    const test::Result same = sori({"render"}, dir);
    CHECK(same.exit_code == 0);
    CHECK_THAT(same.err, Catch::Contains("out/meta-ai-strategy.wav is up to date") && Catch::Contains("nothing to do"));
    edit_sample(dir);
    const test::Result edited = sori({"render"}, dir);
    CHECK(edited.exit_code == 0);
    CHECK_THAT(edited.err, Catch::Contains("44 sentences (1 synthesized, 43 from the cache)"));
    const test::Result paused = sori({"render", "--paragraph-pause", "1000"}, dir);
    CHECK_THAT(paused.err, Catch::Contains("(0 synthesized, 44 from the cache)"));
}

TEST_CASE("`sori render --dry-run` prints which sentences would be synthesized, in which chapters, and writes nothing", "[e2e][cache]") {
    const fs::path dir = project("dry-run");
    REQUIRE(sori({"render", "-q"}, dir).exit_code == 0);
    const std::string before = test::slurp(dir / "out" / "meta-ai-strategy.wav");
    edit_sample(dir);
    const test::Result plan = sori({"render", "--dry-run"}, dir);
    CHECK(plan.exit_code == 0);
    CHECK(plan.out == "out/meta-ai-strategy.wav: 1 of 44 spoken sentences to synthesize, 43 from the cache\n"
                      "  chapter 1 \"메타 ($META)의 새로운 AI 전략\", sentence 4: 주커버그는 크게 네 가지를 언급했는데요.\n");
    CHECK((test::slurp(dir / "out" / "meta-ai-strategy.wav") == before));
    CHECK(files_in(dir / "out") ==
          std::vector<fs::path>{".cache", "meta-ai-strategy", "meta-ai-strategy.ffmeta", "meta-ai-strategy.json", "meta-ai-strategy.wav"});
    CHECK(sori({"render", "-n"}, project("dry-run-cold")).out.find("44 of 44 spoken sentences") != std::string::npos);
}

TEST_CASE("Two renders sharing one cache at the same time both succeed with the right audio", "[e2e][cache]") {
    const fs::path dir = project("concurrent");
    std::ofstream(dir / "input" / "meta-ai-strategy.txt", std::ios::binary) << test::long_article(3);
    const std::vector<std::string> args{SORI_BINARY, "render", "-q", "--cache-dir", "shared", "input/meta-ai-strategy.txt"};
    auto with_output = [&](const std::string& out) {
        auto a = args;
        a.insert(a.end(), {"-o", out});
        return a;
    };
    test::Process first(with_output("a"), dir);
    test::Process second(with_output("b"), dir);
    const test::Result r1 = first.wait(), r2 = second.wait();
    CHECK(r1.exit_code == 0);
    CHECK(r2.exit_code == 0);
    CHECK(r1.err.empty());
    CHECK(r2.err.empty());
    REQUIRE(sori({"render", "-q", "--no-cache", "-o", "alone"}, dir).exit_code == 0);
    const std::string reference = test::slurp(dir / "alone" / "meta-ai-strategy.wav");
    CHECK((test::slurp(dir / "a" / "meta-ai-strategy.wav") == reference));
    CHECK((test::slurp(dir / "b" / "meta-ai-strategy.wav") == reference));
    CHECK(riff::read((dir / "a" / "meta-ai-strategy.wav").string()).labels.size() > 3);
    const test::Result stats = sori({"cache", "stats", "--cache-dir", "shared"}, dir);
    CHECK_THAT(stats.out, !Catch::Contains("damaged") && !Catch::Contains("unfinished"));
}

TEST_CASE("A render killed with SIGKILL leaves the previous output whole and the cache usable", "[e2e][cache][errors]") {
    const fs::path dir = project("sigkill");
    REQUIRE(sori({"render", "-q"}, dir).exit_code == 0);
    const std::string before = test::slurp(dir / "out" / "meta-ai-strategy.wav");
    std::ofstream(dir / "input" / "meta-ai-strategy.txt", std::ios::binary) << test::long_article(12);
    test::Process render({SORI_BINARY, "render", "-q"}, dir);
    REQUIRE(wait_for_cache_entries(dir / "out" / ".cache", 60));
    ::kill(render.pid(), SIGKILL);
    CHECK(render.wait().exit_code == 128 + SIGKILL);
    CHECK((test::slurp(dir / "out" / "meta-ai-strategy.wav") == before));

    const test::Result again = sori({"render"}, dir);
    REQUIRE(again.exit_code == 0);
    CHECK_THAT(again.err, !Catch::Contains(" 0 from the cache"));
    CHECK(files_in(dir / "out") ==
          std::vector<fs::path>{".cache", "meta-ai-strategy", "meta-ai-strategy.ffmeta", "meta-ai-strategy.json", "meta-ai-strategy.wav"});
    const test::Result stats = sori({"cache", "stats"}, dir);
    CHECK(stats.exit_code == 0);
    CHECK_THAT(stats.out, !Catch::Contains("damaged") && !Catch::Contains("unfinished"));
}

TEST_CASE("A sentence that crashes eSpeak NG exits 5 naming its chapter, number and text", "[e2e][cache][errors]") {
    const fs::path dir = project("crash");
    // The normalizer turns Latin into Hangul, which eSpeak reads safely; a user's lexicon entry
    // is passed on as written, so it can still carry a crashing text to the engine.
    std::ofstream(dir / "crash.tsv", std::ios::binary) << "SMASH\t" << test::stack_smashing_text << "\nOVERFLOW\t"
                                                       << test::buffer_overflow_text << "\n";
    std::ofstream(dir / "input" / "crash.md", std::ios::binary) << "# 시험\n\n첫 문장입니다. SMASH 끝.\n\nOVERFLOW\n";
    const test::Result r = sori({"render", "input/crash.md", "--lexicon", "crash.tsv"}, dir);
    CHECK(r.exit_code == 5);
    CHECK_THAT(r.err, Catch::StartsWith("sori: error: 2 sentences could not be synthesized (the others are in the cache); "
                                        "the first: chapter 1 \"시험\", sentence 3: eSpeak NG crashed on it"));
    CHECK_THAT(r.err, Catch::Contains("(text: " + test::stack_smashing_text) && Catch::EndsWith("(-v lists them all)\n"));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);  // one line
    CHECK_THAT(r.err, !Catch::Contains("smashing detected"));  // glibc's own report stays out of the way
    CHECK_FALSE(fs::exists(dir / "out" / "crash.wav"));
    const test::Result verbose = sori({"render", "-v", "input/crash.md", "--lexicon", "crash.tsv"}, dir);
    CHECK(verbose.exit_code == 5);
    CHECK_THAT(verbose.err, Catch::Contains("could not synthesize chapter 1 \"시험\", sentence 3: eSpeak NG crashed") &&
                                Catch::Contains("could not synthesize chapter 1 \"시험\", sentence 4: eSpeak NG crashed"));
}

TEST_CASE("A cache that cannot be written is an output error naming the folder, not a synthesis failure", "[e2e][cache][errors]") {
    const fs::path dir = project("unwritable-cache");
    std::ofstream(dir / "a-file") << "not a folder\n";
    fs::create_directories(dir / "with-tmp-file");
    std::ofstream(dir / "with-tmp-file" / "tmp") << "in the way\n";
    const auto [how, path] = GENERATE(table<std::string, std::string>({
        {"--cache-dir", "a-file"},
        {"SORI_CACHE_DIR", "a-file"},
        {"--cache-dir", "a-file/below"},
        {"--cache-dir", "with-tmp-file"},
    }));
    std::vector<std::string> args{"render", "-q"};
    if (how == "--cache-dir") args.insert(args.end(), {"--cache-dir", path});
    if (how == "SORI_CACHE_DIR") ::setenv("SORI_CACHE_DIR", path.c_str(), 1);
    const test::Result r = sori(args, dir);
    ::unsetenv("SORI_CACHE_DIR");
    INFO(how << " " << path << ": " << r.err);
    CHECK(r.exit_code == 4);
    CHECK_THAT(r.err, Catch::StartsWith("sori: error: " + path) && Catch::Contains("--cache-dir"));
    CHECK_THAT(r.err, !Catch::Contains("could not be synthesized"));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK_FALSE(fs::exists(dir / "out" / "meta-ai-strategy.wav"));
}

TEST_CASE("`sori cache stats` and `prune` on a missing folder or a file say so and fail", "[e2e][cache][errors]") {
    const fs::path dir = project("stats-nowhere");
    std::ofstream(dir / "a-file") << "x\n";
    const auto [command, folder, says] = GENERATE(table<std::string, std::string, std::string>({
        {"stats", "nowhere", "no cache there"},
        {"stats", "a-file", "is a file, not a cache folder"},
        {"prune", "nowhere", "no cache there"},
        {"prune", "a-file", "is a file, not a cache folder"},
    }));
    const test::Result r = sori({"cache", command, "--cache-dir", folder}, dir);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::StartsWith("sori: error: " + folder + ": " + says));
    CHECK(r.out.empty());
}

TEST_CASE("`sori cache stats` shows the entries, and `sori cache prune` trims them", "[e2e][cache]") {
    const fs::path dir = project("cache-command");
    REQUIRE(sori({"render", "-q", "--format", "wav,opus"}, dir).exit_code == 0);
    const nlohmann::json m = manifest(dir / "out" / "meta-ai-strategy.json");
    const std::size_t blocks = m["blocks"].size();
    const test::Result stats = sori({"cache", "stats"}, dir);
    CHECK(stats.exit_code == 0);
    CHECK_THAT(stats.out, Catch::StartsWith("cache: out/.cache\nentries: 40 sentences, ") && Catch::Contains("of audio"));
    CHECK_THAT(stats.out, Catch::Contains("blocks: " + std::to_string(blocks) + " encoded blocks"));  // the Opus file's
    CHECK_THAT(sori({"cache", "prune", "--older-than", "30"}, dir).out, Catch::StartsWith("removed 0 entries"));
    CHECK_THAT(sori({"cache", "prune", "--max-size", "0"}, dir).out, Catch::StartsWith("removed " + std::to_string(40 + blocks) + " entries"));
    CHECK_THAT(sori({"cache", "stats"}, dir).out, Catch::Contains("entries: 0 sentences") && Catch::Contains("blocks: 0 encoded blocks"));
    const test::Result bad = sori({"cache", "prune", "--max-size", "lots"}, dir);
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::StartsWith("sori: error: size 'lots' not understood"));
    CHECK(sori({"cache", "prune", "--cache-dir", "nowhere"}, dir).exit_code == 2);
}

TEST_CASE("SORI_CACHE_DIR and --cache-dir move the cache, and --no-cache leaves it alone", "[e2e][cache]") {
    const fs::path dir = project("cache-dir");
    ::setenv("SORI_CACHE_DIR", (dir / "from-env").c_str(), 1);
    const test::Result r = sori({"render", "-q"}, dir);
    ::unsetenv("SORI_CACHE_DIR");
    REQUIRE(r.exit_code == 0);
    CHECK(fs::exists(dir / "from-env" / "CACHEDIR.TAG"));
    CHECK_FALSE(fs::exists(dir / "out" / ".cache"));
    REQUIRE(sori({"render", "-q", "-o", "two", "--cache-dir", "flag"}, dir).exit_code == 0);
    CHECK(fs::exists(dir / "flag" / "CACHEDIR.TAG"));
    REQUIRE(sori({"render", "-q", "-o", "three", "--no-cache"}, dir).exit_code == 0);
    CHECK(files_in(dir / "three") ==
          std::vector<fs::path>{"meta-ai-strategy", "meta-ai-strategy.ffmeta", "meta-ai-strategy.json", "meta-ai-strategy.wav"});
    CHECK(sori({"render", "-j", "0"}, dir).exit_code == 2);
}

TEST_CASE("A progress line is drawn on a terminal, and never into a file or with --quiet", "[e2e][cache]") {
    const fs::path dir = project("progress");
    std::ofstream(dir / "input" / "meta-ai-strategy.txt", std::ios::binary) << test::long_article(2);
    const test::Result piped = sori({"render", "-o", "piped"}, dir);
    REQUIRE(piped.exit_code == 0);
    CHECK_THAT(piped.err, !Catch::Contains("synthesizing") && !Catch::Contains("\r"));
    if (test::run({"sh", "-c", "command -v script"}, dir).exit_code != 0) {
        WARN("`script` (util-linux) is missing: the terminal case is not checked");
        return;
    }
    // script(1) gives sori a terminal and copies what it draws there to our stdout.
    const std::string command = std::string(SORI_BINARY) + " render -o tty";
    const test::Result tty = test::run({"script", "-qfec", command, "/dev/null"}, dir);
    REQUIRE(tty.exit_code == 0);
    CHECK_THAT(tty.out, Catch::Contains("\r\x1b[Ksynthesizing ") && Catch::Contains(" sentences · ") && Catch::Contains(" of audio · ") &&
                            Catch::Contains(" elapsed"));
    CHECK_THAT(tty.out, Catch::Contains("\r\x1b[Ksori: tty/meta-ai-strategy.wav — "));  // the summary replaces it
    const std::string quiet = std::string(SORI_BINARY) + " render -q -o quiet";
    CHECK(test::run({"script", "-qfec", quiet, "/dev/null"}, dir).out.find("synthesizing") == std::string::npos);
}

TEST_CASE("A full disk under the cache or the outputs is an output error that keeps the previous outputs", "[e2e][cache][errors]") {
    const fs::path dir = project("full-disk");
    fs::create_directories(dir / "tiny");
    fs::create_directories(dir / "small");
    // Small file systems: a real ENOSPC without filling the machine's disk. Needs root (CI is).
    auto mount = [&](const std::string& folder, const std::string& size) {
        return ::geteuid() == 0 &&
               test::run({"mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", (dir / folder).string()}, dir).exit_code == 0;
    };
    if (!mount("tiny", "256k") || !mount("small", "24m")) {
        test::run({"umount", (dir / "tiny").string()}, dir);
        WARN("cannot mount a small tmpfs here: the full-disk case is not checked");
        return;
    }
    const test::Result cached = sori({"render", "-q", "-o", "other", "--cache-dir", "tiny/cache"}, dir);
    // The previous outputs (15.6 MB) fit in 24 MB; the new ones beside them do not.
    const int first = sori({"render", "-q", "-o", "small/out", "--cache-dir", "shared-cache"}, dir).exit_code;
    const std::string before = test::slurp(dir / "small" / "out" / "meta-ai-strategy.wav");
    const test::Result outputs = sori({"render", "-q", "--sentence-pause", "900", "-o", "small/out", "--cache-dir", "shared-cache"}, dir);
    const std::string kept = test::slurp(dir / "small" / "out" / "meta-ai-strategy.wav");
    std::vector<fs::path> left = files_in(dir / "small" / "out");
    test::run({"umount", (dir / "tiny").string()}, dir);
    test::run({"umount", (dir / "small").string()}, dir);  // always reached: no REQUIRE while mounted
    REQUIRE(first == 0);
    CHECK(cached.exit_code == 4);
    CHECK_THAT(cached.err, Catch::StartsWith("sori: error: tiny/cache") && Catch::Contains("No space left on device") &&
                               Catch::Contains("free some space"));
    CHECK(outputs.exit_code == 4);
    CHECK_THAT(outputs.err, Catch::StartsWith("sori: error: small/out") && Catch::Contains("disk"));
    CHECK(kept == before);
    CHECK(left == std::vector<fs::path>{"meta-ai-strategy", "meta-ai-strategy.ffmeta", "meta-ai-strategy.json", "meta-ai-strategy.wav"});
}
