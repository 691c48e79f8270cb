#pragma once
// The metric of the pronunciation set (../shared/data/pronunciation/): `category<TAB>spelling
// <TAB>pronunciation`, where the pronunciation may hold groups `(a|b)` of alternatives the
// standard allows (any combination is right). A case is right when the output equals one
// combination with all white space removed. Scores are kept per category.
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "metrics/normalization_metric.h"

namespace sori {

struct PronunciationCase {
    std::string category;
    std::string spelling;
    std::string pronunciation;  // the gold pattern, with (a|b) groups
};

// Reads the set; # lines are comments. Throws Error(input) naming FILE:LINE.
std::vector<PronunciationCase> read_pronunciation_cases(const std::filesystem::path& file);

// Whether `output` is one of the pattern's combinations (white space ignored on both sides).
bool matches_pronunciation(const std::string& output, const std::string& pattern);

// Every combination of the pattern (white space kept), for comparing them some other way.
std::vector<std::string> pronunciation_alternatives(const std::string& pattern);

// Scores `pronounce` on every case by category; "all" holds the total.
std::map<std::string, CategoryScore> score_pronunciation(const std::vector<PronunciationCase>& cases,
                                                         const std::function<std::string(const std::string&)>& pronounce);

}  // namespace sori
