// End to end: the pronunciation stage through the real binary: `sori pronounce`, the manifest's
// two forms, the audio that changes with it, and a user lexicon's third column.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "support/e2e.h"

namespace fs = std::filesystem;
using namespace test::e2e;

TEST_CASE("sori pronounce prints each line as eSpeak receives it", "[e2e][pronunciation]") {
    const fs::path dir = project("pronounce");
    const test::Result r = sori({"pronounce", "-"}, dir, "국물이 끓습니다.\n신라에 3가지가 있습니다\n\nAI를 합니다\n");
    CHECK(r.exit_code == 0);
    CHECK(r.out == "궁무리 끌씀니다.\n실라에 세 가지가 읻씀니다\n\n에이아이를 함니다\n");
}

TEST_CASE("A render speaks the pronounced form, keeps both in the manifest, and --no-pronunciation changes the audio", "[e2e][pronunciation]") {
    const fs::path dir = project("pronounced-render");
    std::ofstream(dir / "input" / "thanks.txt", std::ios::binary) << "인사\n\n도와주셔서 정말 감사합니다.\n";
    REQUIRE(sori({"render", "-q", "input/thanks.txt", "-o", "with"}, dir).exit_code == 0);
    REQUIRE(sori({"render", "-q", "--no-pronunciation", "input/thanks.txt", "-o", "without"}, dir).exit_code == 0);
    const nlohmann::json with = manifest(dir / "with" / "thanks.json"), without = manifest(dir / "without" / "thanks.json");
    const nlohmann::json& sentence = with["sentences"].back();
    CHECK(sentence["spoken"] == "도와주셔서 정말 감사합니다.");
    CHECK(sentence["pronounced"] == "도와주셔서 정말 감사함니다.");
    CHECK(without["sentences"].back()["pronounced"] == "도와주셔서 정말 감사합니다.");
    CHECK(sentence["cache_key"] != without["sentences"].back()["cache_key"]);
    CHECK(test::slurp(dir / "with" / "thanks.wav") != test::slurp(dir / "without" / "thanks.wav"));
}

TEST_CASE("A --lexicon line with a third column respells the pronunciation; a bad one names its line", "[e2e][pronunciation]") {
    const fs::path dir = project("pronounce-lexicon");
    std::ofstream(dir / "names.tsv", std::ios::binary) << "# 이름\nSori\t소리\t쏘리\n";
    const test::Result r = sori({"pronounce", "--lexicon", "names.tsv", "-"}, dir, "Sori가 말합니다\n");
    CHECK(r.exit_code == 0);
    CHECK(r.out == "쏘리가 말함니다\n");
    std::ofstream(dir / "bad.tsv", std::ios::binary) << "Sori\t소리\t쏘리다\n";
    const test::Result bad = sori({"pronounce", "--lexicon", "bad.tsv", "-"}, dir, "Sori\n");
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::StartsWith("sori: error: bad.tsv:1: ") && Catch::Contains("as many syllables"));
}
