// Scores the normalizer on the public normalization sets, per category, with the project's
// metric (src/normalization_metric.cpp). Usage: sori_normalize_score FILE.tsv…
#include <cstdio>
#include <iostream>

#include "base/error.h"
#include "korean/text_normalizer.h"
#include "metrics/normalization_metric.h"

int main(int argc, char** argv) {
    try {
        for (int i = 1; i < argc; ++i) {
            const auto cases = sori::read_normalization_cases(argv[i]);
            const auto scores = sori::score_normalization(cases, [](const std::string& s) { return sori::normalize_text(s); });
            std::cout << argv[i] << "\n";
            for (const auto& [category, s] : scores) {
                std::printf("  %-11s %3zu/%-3zu %6.1f%%\n", category.c_str(), s.right, s.total, 100.0 * s.right / s.total);
                for (const auto& miss : s.misses) std::cout << "      miss: " << miss << "\n";
            }
        }
    } catch (const sori::Error& e) {
        std::cerr << "sori_normalize_score: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
