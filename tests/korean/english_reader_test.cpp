// English in Korean text read as a Korean narrator reads it: letters, acronyms said as words,
// camel case, particles, possessives, places, the --english switch, and a lexicon that holds only
// what the rules cannot derive.
#include <catch2/catch.hpp>
#include <fstream>

#include "korean/english_reader.h"
#include "korean/latin_reader.h"
#include "korean/text_normalizer.h"
#include "metrics/transliteration_metric.h"

namespace {

std::string said(const std::string& text, sori::EnglishReading english = sori::EnglishReading::hangul) {
    sori::NormalizeOptions options;
    options.pronunciation = false;
    options.english = english;
    return sori::normalize_text(text, options);
}

std::string rules_alone(const std::string& text) {
    static const sori::Lexicon empty;
    sori::NormalizeOptions options;
    options.pronunciation = false;
    options.lexicon = &empty;
    return sori::normalize_text(text, options);
}

bool has_latin(const std::string& text) { return text.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos; }

}  // namespace

TEST_CASE("Capitals are letter names unless they are said as a word", "[english]") {
    const auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"IBM", "아이비엠"}, {"API", "에이피아이"}, {"GPU", "지피유"}, {"TSMC", "티에스엠씨"}, {"HTML", "에이치티엠엘"},
        {"NASA", "나사"}, {"NATO", "나토"}, {"UNESCO", "유네스코"}, {"OPEC", "오펙"}, {"LAN", "랜"}, {"FIFA", "피파"},
    }));
    CHECK(rules_alone(written) == spoken);
}

TEST_CASE("The pronounceability rule tells words from initialisms by their letters", "[english]") {
    CHECK(sori::said_as_word("NASA"));
    CHECK(sori::said_as_word("UNICEF"));
    CHECK_FALSE(sori::said_as_word("IBM"));
    CHECK_FALSE(sori::said_as_word("HTML"));
    CHECK_FALSE(sori::said_as_word("IEEE"));
    CHECK_FALSE(sori::said_as_word("CEO"));
}

TEST_CASE("Camel case and mixed tokens are read by their parts", "[english]") {
    const auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"PyTorch", "파이토치"}, {"iPhone", "아이폰"}, {"macOS", "맥오에스"}, {"JavaScript", "자바스크립트"},
        {"OpenAI", "오픈에이아이"}, {"YouTube", "유튜브"}, {"Wi-Fi", "와이 파이"}, {"Next.js", "넥스트 제이에스"},
        {"GPT-4", "지피티 포"}, {"gmail", "지메일"},
    }));
    CHECK(said(written) == spoken);
}

TEST_CASE("Written particles agree with the Hangul reading", "[english]") {
    CHECK(said("React를 쓴다") == "리액트를 쓴다");
    CHECK(said("Docker을 배포") == "도커를 배포");
    CHECK(said("Rust는 빠르다") == "러스트는 빠르다");
    CHECK(said("Kubernetes과 함께") == "쿠버네티스와 함께");
    CHECK(said("Google's 검색") == "구글의 검색");
}

TEST_CASE("Place names come from CLDR, one word or several", "[english]") {
    CHECK(rules_alone("New York에서") == "뉴욕에서");
    CHECK(rules_alone("Germany와 France") == "독일과 프랑스");
    CHECK(rules_alone("Los Angeles") == "로스앤젤레스");
}

TEST_CASE("With --english keep, English words are left to eSpeak's English voice", "[english]") {
    CHECK(said("React를 쓴다", sori::EnglishReading::keep) == "React를 쓴다");
    CHECK(said("AI와 Docker", sori::EnglishReading::keep) == "에이아이와 Docker");
    CHECK(said("New York", sori::EnglishReading::keep) == "New York");
}

TEST_CASE("No English sentence leaves a Latin letter for eSpeak", "[english]") {
    const std::string text = "We deployed a serverless backend with Terraform, then refactored the frontend in TypeScript "
                             "and wrote unit tests for the webhook handler's retry logic.";
    const std::string spoken = said(text);
    INFO(spoken);
    CHECK_FALSE(has_latin(spoken));
}

TEST_CASE("Every entry of the shipped lexicon is one the rules read otherwise", "[english]") {
    std::ifstream in(std::string(SORI_SOURCE_DIR) + "/voices/lexicon.tsv");
    REQUIRE(in);
    int entries = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        const std::size_t tab = line.find('\t'), second = line.find('\t', tab + 1);
        const std::string written = line.substr(0, tab), spoken = line.substr(tab + 1, second - tab - 1);
        INFO(written << " is read " << rules_alone(written) << " without the lexicon");
        CHECK(sori::accepted_spellings(spoken) != sori::accepted_spellings(rules_alone(written)));
        ++entries;
    }
    CHECK(entries >= 100);
}

TEST_CASE("The transliteration dev set scores at least 75 % exact with CER at most 0.10 and no Latin", "[english][dataset]") {
    const auto cases = sori::read_transliteration_cases(std::string(SORI_TEST_DATA) + "/transliteration/dev.tsv");
    REQUIRE(cases.size() == 415);
    const auto scores = sori::score_transliteration(cases, [](const std::string& english) { return said(english); });
    const sori::TransliterationScore& all = scores.at("all");
    CHECK(all.exact() >= 0.75);
    CHECK(all.cer() <= 0.10);
    CHECK(all.with_latin == 0);
    const auto rules = sori::score_transliteration(cases, rules_alone).at("all");
    CHECK(rules.exact() >= 0.70);  // without the shipped lexicon: the dictionary and the rules alone
}
