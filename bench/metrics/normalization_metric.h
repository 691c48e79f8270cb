#pragma once
// The metric of the public normalization sets (../shared/data/normalization/): a case is right
// when the spoken form equals the gold one with all white space removed (sources disagree on
// spacing: 만삼천 / 만 삼천). Scores are kept per category.
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace sori {

struct NormalizationCase {
    std::string category;  // cardinal, date, money …
    std::string written;
    std::string spoken;    // the gold reading
};

struct CategoryScore {
    std::size_t right = 0;
    std::size_t total = 0;
    std::vector<std::string> misses;  // "written → got (gold: spoken)"
};

// Reads `category<TAB>written<TAB>spoken` lines. Throws Error(input) naming FILE:LINE.
std::vector<NormalizationCase> read_normalization_cases(const std::filesystem::path& file);

bool same_without_spaces(const std::string& a, const std::string& b);
// The metric's comparison: same without spaces, where the output may read zero 공 for the gold's 영.
bool same_reading(const std::string& got, const std::string& gold);

// Scores `normalize` on every case, by category; the key "all" holds the total.
std::map<std::string, CategoryScore> score_normalization(const std::vector<NormalizationCase>& cases,
                                                         const std::function<std::string(const std::string&)>& normalize);

}  // namespace sori
