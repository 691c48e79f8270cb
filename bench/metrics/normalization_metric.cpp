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

std::map<std::string, CategoryScore> score_normalization(const std::vector<NormalizationCase>& cases,
                                                         const std::function<std::string(const std::string&)>& normalize) {
    std::map<std::string, CategoryScore> scores;
    for (const NormalizationCase& c : cases) {
        const std::string got = normalize(c.written);
        const bool right = same_without_spaces(got, c.spoken);
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
