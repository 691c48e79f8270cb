// The pronunciation stage over every public text the project has (sentence sets, real
// documents, normalization sets): it never changes meaning or drops text.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/utf8.h"
#include "korean/hangul_jamo.h"
#include "korean/pronunciation.h"
#include "korean/text_normalizer.h"
#include "metrics/pronunciation_metric.h"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> lines_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Same code points except Hangul syllables; same number of them; each keeps its vowel, or
// changes it only by 5항 (ㅢ → ㅣ after a consonant, 져 쪄 쳐 → 저 쩌 처).
std::string why_changed_wrongly(const std::string& spoken, const std::string& said) {
    std::size_t i = 0, j = 0;
    while (i < spoken.size() && j < said.size()) {
        std::size_t a = 0, b = 0;
        const char32_t x = sori::utf8::decode(spoken, i, a), y = sori::utf8::decode(said, j, b);
        i += a, j += b;
        if (x == y) continue;
        if (!sori::jamo::is_syllable(x) || !sori::jamo::is_syllable(y)) return "a character that is not Hangul changed";
        const auto p = sori::jamo::split(x), q = sori::jamo::split(y);
        const bool same_vowel = p.vowel == q.vowel;
        const bool ui = p.vowel == sori::jamo::UI && q.vowel == sori::jamo::I;
        const bool yeo = p.vowel == sori::jamo::YEO && q.vowel == sori::jamo::EO &&
                         (q.initial == sori::jamo::J || q.initial == sori::jamo::JJ || q.initial == sori::jamo::CH);
        if (!same_vowel && !ui && !yeo) return "a vowel changed";
    }
    return i == spoken.size() && j == said.size() ? "" : "the lengths differ";
}

}  // namespace

TEST_CASE("Pronunciation keeps every syllable, word, vowel and non-Hangul character of every public text", "[pronunciation][corpus]") {
    std::vector<fs::path> files;
    for (const char* folder : {"sentence-split", "real-articles", "normalization"})
        for (const auto& entry : fs::directory_iterator(fs::path(SORI_TEST_DATA) / folder))
            if (entry.path().extension() == ".txt" || entry.path().extension() == ".md" || entry.path().extension() == ".tsv") files.push_back(entry.path());
    REQUIRE(files.size() >= 15);
    std::size_t lines = 0, changed = 0;
    for (const fs::path& file : files) {
        for (const std::string& line : lines_of(file)) {
            if (sori::utf8::find_invalid(line) != std::string::npos) continue;
            const std::string spoken = sori::normalize_text(line);
            const std::string said = sori::pronounce(spoken);
            ++lines;
            changed += said != spoken;
            const std::string why = why_changed_wrongly(spoken, said);
            if (!why.empty()) FAIL(file.filename().string() << ": " << why << ": " << spoken << " → " << said);
        }
    }
    CHECK(lines > 4000);
    CHECK(changed * 2 > lines / 2);  // the stage does change most Korean lines (it is not a no-op)
}

TEST_CASE("The dev pronunciation set stays at 90 % exact or better", "[pronunciation][corpus]") {
    const auto cases = sori::read_pronunciation_cases(fs::path(SORI_TEST_DATA) / "pronunciation" / "dev.tsv");
    REQUIRE(cases.size() == 491);
    const auto scores = sori::score_pronunciation(cases, [](const std::string& s) { return sori::pronounce(sori::normalize_text(s)); });
    CHECK(scores.at("all").right * 10 >= scores.at("all").total * 9);
}
