// End to end: a paragraph full of English terms rendered by the real binary reaches eSpeak NG as
// Hangul only, so its Korean voice never switches to its English one; --english keep brings the
// switch back. Checked with the espeak-ng program's own phoneme output (`(en)` marks a switch).
#include <catch2/catch.hpp>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "support/e2e.h"

namespace fs = std::filesystem;
using namespace test::e2e;

namespace {

// eSpeak NG's phonemes for a text from the espeak-ng program, not from the code under test.
std::string espeak_phonemes(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    quoted += "'";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(("espeak-ng -v ko -q -x " + quoted + " 2>&1").c_str(), "r"), pclose);
    std::string out;
    std::array<char, 512> buffer{};
    while (pipe && fgets(buffer.data(), buffer.size(), pipe.get())) out += buffer.data();
    return out;
}

bool has_latin(const std::string& text) { return text.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos; }

const char* const paragraph =
    "개발 노트\n\n"
    "우리 팀은 React와 TypeScript로 프런트엔드를 만들고, Docker 이미지를 Kubernetes 클러스터에 배포합니다. "
    "GitHub Actions가 commit마다 테스트를 돌리고, semantic versioning으로 release를 냅니다. "
    "NASA와 IBM의 사례처럼 PyTorch 모델은 iPhone에서도 돌아갑니다.\n";

}  // namespace

TEST_CASE("English terms reach eSpeak as Hangul, and its English voice never speaks", "[e2e][english]") {
    const fs::path dir = project("english-terms");
    std::ofstream(dir / "input" / "terms.txt", std::ios::binary) << paragraph;
    REQUIRE(sori({"render", "-q", "input/terms.txt", "-o", "hangul"}, dir).exit_code == 0);
    REQUIRE(sori({"render", "-q", "--english", "keep", "input/terms.txt", "-o", "keep"}, dir).exit_code == 0);
    const nlohmann::json hangul = manifest(dir / "hangul" / "terms.json"), keep = manifest(dir / "keep" / "terms.json");
    int switches_kept = 0;
    for (const auto& sentence : hangul["sentences"]) {
        const std::string pronounced = sentence["pronounced"].get<std::string>();
        INFO(pronounced);
        CHECK_FALSE(has_latin(pronounced));
        CHECK(espeak_phonemes(pronounced).find("(en)") == std::string::npos);
    }
    for (const auto& sentence : keep["sentences"])
        switches_kept += espeak_phonemes(sentence["pronounced"].get<std::string>()).find("(en)") != std::string::npos;
    CHECK(switches_kept >= 3);  // the check can fail: kept English does switch voices
    CHECK(hangul["sentences"][1]["pronounced"].get<std::string>().find("리액트와") != std::string::npos);
    CHECK(test::slurp(dir / "hangul" / "terms.wav") != test::slurp(dir / "keep" / "terms.wav"));
}

TEST_CASE("sori normalize reads English in Hangul, and --english rejects an unknown choice in one line", "[e2e][english]") {
    const fs::path dir = project("english-normalize");
    CHECK(sori({"normalize", "-"}, dir, "Docker을 쓴다\n").out == "도커를 쓴다\n");
    CHECK(sori({"normalize", "--english", "keep", "-"}, dir, "Docker을 쓴다\n").out == "Docker을 쓴다\n");
    const test::Result bad = sori({"normalize", "--english", "british", "-"}, dir, "x\n");
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::StartsWith("sori: error: --english: expected hangul or keep, not 'british'"));
    CHECK(std::count(bad.err.begin(), bad.err.end(), '\n') == 1);
}
