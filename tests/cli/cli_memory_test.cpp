// End to end: peak memory of the front-end commands on long and hostile articles stays within 4×
// the article plus a constant (issue 10). The peak is measured by GNU time (%M, its child's
// ru_maxrss), not by anything sori reports about itself; not by this process's own wait4, since a
// child spawned from it starts with its high-water mark. bench/peak_memory.sh measures every
// shape at two sizes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "support/e2e.h"
#include "support/sample_article.h"

namespace fs = std::filesystem;
using namespace test::e2e;

namespace {

// The lexicons, 1 MiB reading batches, and a stack and malloc arena for each reading thread (up to
// eight: the constant grows with the machine's cores, so the bound leaves room for them).
constexpr long constant_kb = 48 * 1024;

struct Shape {
    const char* name;
    std::string (*make)();
};

std::string long_prose() {  // about 16 MB of the sample article
    std::string text;
    const std::string sample = test::slurp(SORI_SAMPLE_ARTICLE);
    while (text.size() < 16'000'000) text += sample;
    return text;
}

std::string brackets() {  // 2 MB of nested brackets: md4c's delimiter space grew 40 bytes a byte
    const std::size_t n = 1'000'000;
    return "# 제목\n\n" + std::string(n, '[') + "글" + std::string(n, ']') + "\n";
}

std::string numbers_line() {  // 4 MB of numbers on one line with no sentence end
    std::string text;
    for (int i = 0; text.size() < 4'000'000; ++i) text += std::to_string(i) + ' ';
    return text + "\n";
}

std::string label_lines() {  // 4 MB of short lines set off by blank lines: per-line bookkeeping was 30x
    std::string text;
    for (int i = 0; text.size() < 4'000'000; ++i) text += "\n라벨" + std::to_string(i % 3000) + "\n\n";
    return text;
}

std::string nested_lists() {  // 6 MB of list items nested 50 deep
    std::string text = "# 제목\n\n";
    for (int i = 0; text.size() < 6'000'000; ++i) text += std::string(2 * (i % 50), ' ') + "- 항목\n";
    return text;
}

}  // namespace

TEST_CASE("outline, a dry run, normalize and split peak under 4 times a long article plus a constant", "[e2e][memory]") {
    const Shape shape = GENERATE(Shape{"prose.txt", long_prose}, Shape{"brackets.md", brackets}, Shape{"numbers.txt", numbers_line},
                                 Shape{"lists.md", nested_lists}, Shape{"labels.txt", label_lines});
    const std::vector<std::string> command =
        GENERATE(std::vector<std::string>{"outline"}, std::vector<std::string>{"render", "--dry-run", "-o", "out"},
                 std::vector<std::string>{"normalize"}, std::vector<std::string>{"split", "--sentences"});
    const fs::path dir = project("memory");
    const std::string text = shape.make();
    std::ofstream(dir / shape.name, std::ios::binary) << text;
    std::vector<std::string> args{"/usr/bin/time", "-f", "%M", "-o", "peak.txt", SORI_BINARY};
    args.insert(args.end(), command.begin(), command.end());
    args.push_back(shape.name);
    const test::Result r = test::run(args, dir);
    REQUIRE(r.exit_code == 0);
    const long peak_kb = std::stol(test::slurp(dir / "peak.txt"));
    INFO(shape.name << " " << command.front() << ": peak " << peak_kb / 1024 << " MiB for " << text.size() / 1048576.0 << " MiB");
    CHECK(peak_kb <= static_cast<long>(4 * text.size() / 1024) + constant_kb);
}
