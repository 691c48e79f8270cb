#include "metrics/pronunciation_metric.h"

#include <fstream>

#include "base/error.h"

namespace sori {
namespace {

// The pattern as a list of slots, each a list of choices (a literal is a slot of one choice).
std::vector<std::vector<std::string>> slots_of(const std::string& pattern) {
    std::vector<std::vector<std::string>> slots;
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern[i] == '(') {
            const std::size_t close = pattern.find(')', i);
            if (close != std::string::npos) {
                std::vector<std::string> choices{""};
                for (std::size_t j = i + 1; j < close; ++j) {
                    if (pattern[j] == '|') choices.emplace_back();
                    else choices.back() += pattern[j];
                }
                slots.push_back(std::move(choices));
                i = close + 1;
                continue;
            }
        }
        slots.push_back({std::string(1, pattern[i])});
        ++i;
    }
    return slots;
}

std::string without_spaces(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\t') out += c;
    return out;
}

}  // namespace

std::vector<PronunciationCase> read_pronunciation_cases(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ExitCode::input, file.string() + ": cannot read the pronunciation set");
    std::vector<PronunciationCase> cases;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        const std::size_t a = line.find('\t'), b = a == std::string::npos ? a : line.find('\t', a + 1);
        if (b == std::string::npos) throw Error(ExitCode::input, file.string() + ":" + std::to_string(number) + ": expected category<TAB>spelling<TAB>pronunciation");
        cases.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
    }
    return cases;
}

bool matches_pronunciation(const std::string& output, const std::string& pattern) {
    const std::string text = without_spaces(output);
    std::vector<bool> reachable(text.size() + 1, false);  // positions of `text` the slots so far can end at
    reachable[0] = true;
    for (const auto& choices : slots_of(pattern)) {
        std::vector<bool> next(text.size() + 1, false);
        for (std::size_t at = 0; at <= text.size(); ++at) {
            if (!reachable[at]) continue;
            for (const std::string& raw : choices) {
                const std::string choice = without_spaces(raw);
                if (text.compare(at, choice.size(), choice) == 0) next[at + choice.size()] = true;
            }
        }
        reachable = std::move(next);
    }
    return reachable[text.size()];
}

std::vector<std::string> pronunciation_alternatives(const std::string& pattern) {
    std::vector<std::string> all{""};
    for (const auto& choices : slots_of(pattern)) {
        std::vector<std::string> grown;
        for (const std::string& prefix : all)
            for (const std::string& choice : choices) grown.push_back(prefix + choice);
        all = std::move(grown);
        if (all.size() > 64) all.resize(64);
    }
    return all;
}

std::map<std::string, CategoryScore> score_pronunciation(const std::vector<PronunciationCase>& cases,
                                                         const std::function<std::string(const std::string&)>& pronounce) {
    std::map<std::string, CategoryScore> scores;
    for (const PronunciationCase& c : cases) {
        const std::string got = pronounce(c.spelling);
        const bool right = matches_pronunciation(got, c.pronunciation);
        for (const std::string& key : {c.category, std::string("all")}) {
            CategoryScore& s = scores[key];
            ++s.total;
            s.right += right;
        }
        if (!right) scores[c.category].misses.push_back(c.spelling + " → " + got + " (gold: " + c.pronunciation + ")");
    }
    return scores;
}

}  // namespace sori
