#include "metrics/normalization_metric.h"

#include <fstream>

#include "base/error.h"

namespace sori {

std::vector<NormalizationCase> read_normalization_cases(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ExitCode::input, file.string() + ": cannot read the normalization cases");
    std::vector<NormalizationCase> cases;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const std::size_t a = line.find('\t'), b = a == std::string::npos ? a : line.find('\t', a + 1);
        if (b == std::string::npos)
            throw Error(ExitCode::input, file.string() + ":" + std::to_string(number) + ": expected category<TAB>written<TAB>spoken");
        cases.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
    }
    return cases;
}

bool same_without_spaces(const std::string& a, const std::string& b) {
    auto squeeze = [](const std::string& s) {
        std::string out;
        for (char c : s)
            if (c != ' ' && c != '\t') out += c;
        return out;
    };
    return squeeze(a) == squeeze(b);
}

bool same_reading(const std::string& got, const std::string& gold) {
    if (same_without_spaces(got, gold)) return true;
    // The data's README: zero may be read 영 or 공 (telephone and card numbers). 공 in the output
    // is accepted exactly where the gold has 영, nowhere else.
    auto squeeze = [](const std::string& s) {
        std::string out;
        for (char c : s)
            if (c != ' ' && c != '\t') out += c;
        return out;
    };
    const std::string a = squeeze(got), b = squeeze(gold);
    const std::string gong = "공", yeong = "영";
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size();) {
        if (a.compare(i, 3, gong) == 0 && b.compare(i, 3, yeong) == 0) {
            i += 3;
            continue;
        }
        if (a[i] != b[i]) return false;
        ++i;
    }
    return true;
}

std::map<std::string, CategoryScore> score_normalization(const std::vector<NormalizationCase>& cases,
                                                         const std::function<std::string(const std::string&)>& normalize) {
    std::map<std::string, CategoryScore> scores;
    for (const NormalizationCase& c : cases) {
        const std::string got = normalize(c.written);
        const bool right = same_reading(got, c.spoken);
        for (const std::string& key : {c.category, std::string("all")}) {
            CategoryScore& s = scores[key];
            ++s.total;
            s.right += right;
            if (!right && key != "all") s.misses.push_back(c.written + " → " + got + " (gold: " + c.spoken + ")");
        }
    }
    return scores;
}

}  // namespace sori
