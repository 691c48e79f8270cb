// Scores sori's sentence splitter on benchmark files (one gold sentence a line, blank line
// between documents) with the project's own EM / F1 / NF1 metric, and times it.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "metrics/split_metric.h"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: sori_split_score GOLD.txt...\n");
        return 2;
    }
    std::printf("%-14s %6s %6s %7s %7s %7s %10s\n", "set", "gold", "pred", "EM", "F1", "NF1", "time");
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "sori_split_score: cannot read %s\n", argv[i]);
            return 3;
        }
        std::ostringstream text;
        text << in.rdbuf();
        const auto documents = sori::parse_gold(text.str());
        const auto start = std::chrono::steady_clock::now();
        const sori::SplitScore score = sori::score_splitter(documents);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::string name = argv[i];
        name = name.substr(name.find_last_of('/') + 1);
        std::printf("%-14s %6zu %6zu %7.4f %7.4f %7.4f %8.2fms\n", name.c_str(), score.gold_sentences,
                    score.predicted_sentences, score.exact_match, score.f1, score.normalized_f1, ms);
    }
    return 0;
}
