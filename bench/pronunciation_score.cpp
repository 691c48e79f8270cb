// Scores the pronunciation stage (normalize, then pronounce: what `sori pronounce` prints) on a
// pronunciation set with the project's metric (bench/metrics/pronunciation_metric.h), per
// category: exact match with the standard's alternatives, and with --espeak the looser measure
// (eSpeak NG's phonemes for the output equal those of one alternative; runs `espeak-ng -x`).
// --rules-only leaves the shipped lexicon out (what the rules alone get right); --outputs OUT
// scores another tool's answers instead (OUT: one line per case, in order), e.g. es-hangul's.
// Usage: sori_pronunciation_score [--espeak] [--misses] [--rules-only] [--outputs OUT] [FILE.tsv]
//        (default ../shared/data/pronunciation/dev.tsv)
#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <iostream>
#include <memory>

#include "base/error.h"
#include "korean/pronunciation.h"
#include "korean/text_normalizer.h"
#include "metrics/pronunciation_metric.h"

namespace {

// eSpeak NG's phonemes for a text, from the espeak-ng program (not the code under test).
std::string espeak_phonemes(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    quoted += "'";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(("espeak-ng -v ko -q -x " + quoted + " 2>/dev/null").c_str(), "r"), pclose);
    std::string out;
    std::array<char, 512> buffer{};
    while (pipe && fgets(buffer.data(), buffer.size(), pipe.get())) out += buffer.data();
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    bool espeak = false, misses = false, rules_only = false;
    std::string outputs_file;
    std::string file = "../shared/data/pronunciation/dev.tsv";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--espeak") espeak = true;
        else if (arg == "--misses") misses = true;
        else if (arg == "--rules-only") rules_only = true;
        else if (arg == "--outputs" && i + 1 < argc) outputs_file = argv[++i];
        else file = arg;
    }
    try {
        const auto cases = sori::read_pronunciation_cases(file);
        sori::PronounceOptions options;
        options.use_shipped_lexicon = !rules_only;
        std::map<std::string, std::string> given;  // spelling → another tool's answer
        if (!outputs_file.empty()) {
            std::ifstream in(outputs_file);
            std::string line;
            for (const auto& c : cases)
                if (std::getline(in, line)) given[c.spelling] = line;
        }
        const auto say = [&options, &given](const std::string& s) {
            if (!given.empty()) return given.count(s) ? given.at(s) : std::string();
            return sori::pronounce(sori::normalize_text(s), options);
        };
        const auto scores = sori::score_pronunciation(cases, say);
        if (espeak && espeak_phonemes("가").empty()) {
            std::cerr << "sori_pronunciation_score: --espeak needs the espeak-ng program (apt-get install espeak-ng)\n";
            return 1;
        }
        std::map<std::string, sori::CategoryScore> loose;
        if (espeak)
            for (const auto& c : cases) {
                const std::string ours = espeak_phonemes(say(c.spelling));
                bool same = false;
                for (const std::string& gold : sori::pronunciation_alternatives(c.pronunciation)) same = same || espeak_phonemes(gold) == ours;
                for (const std::string& key : {c.category, std::string("all")}) ++loose[key].total, loose[key].right += same;
            }
        std::cout << file << "\n";
        for (const auto& [category, s] : scores) {
            std::printf("  %-14s %3zu/%-3zu %6.1f%%", category.c_str(), s.right, s.total, 100.0 * s.right / s.total);
            if (espeak) std::printf("   eSpeak-equivalent %6.1f%%", 100.0 * loose[category].right / loose[category].total);
            std::printf("\n");
            if (misses)
                for (const auto& miss : s.misses) std::cout << "      miss: " << miss << "\n";
        }
    } catch (const sori::Error& e) {
        std::cerr << "sori_pronunciation_score: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
