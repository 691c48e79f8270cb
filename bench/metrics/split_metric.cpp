#include "metrics/split_metric.h"

#include <algorithm>
#include <tuple>

#include "base/utf8.h"
#include "korean/sentence_splitter.h"

namespace sori {
namespace {

struct Range {
    std::size_t begin, end;
};

std::u32string without_space(std::string_view text) {
    std::u32string out;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, pos, len);
        if (!utf8::is_space(cp)) out += cp;
        pos += len;
    }
    return out;
}

// Places each sentence in the space-free document, in order, as the reference scorer does.
std::vector<Range> locate(const std::u32string& document, const std::vector<std::string>& sentences) {
    std::vector<Range> ranges;
    std::size_t offset = 0;
    for (const std::string& sentence : sentences) {
        const std::u32string s = without_space(sentence);
        std::size_t begin = document.find(s, offset);
        if (begin == std::u32string::npos) begin = offset;  // text changed by the splitter: best effort
        const std::size_t end = std::min(document.size(), begin + s.size());
        ranges.push_back({begin, end});
        offset = end;
    }
    return ranges;
}

}  // namespace

std::string GoldDocument::text() const {
    std::string joined;
    for (const std::string& s : sentences) joined += s;
    return joined;
}

std::vector<GoldDocument> parse_gold(std::string_view file_text) {
    std::vector<GoldDocument> documents;
    GoldDocument current;
    std::size_t start = 0;
    while (start < file_text.size()) {
        std::size_t end = file_text.find('\n', start);
        if (end == std::string_view::npos) end = file_text.size();
        std::string line(file_text.substr(start, end - start));
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            if (!current.sentences.empty()) documents.push_back(std::move(current));
            current = GoldDocument{};
        } else {
            current.sentences.push_back(std::move(line));
        }
        start = end + 1;
    }
    if (!current.sentences.empty()) documents.push_back(std::move(current));
    return documents;
}

void score_document(const std::vector<std::string>& gold, const std::vector<std::string>& predicted, SplitScore& total) {
    std::u32string document;
    for (const std::string& g : gold) document += without_space(g);
    const std::vector<Range> gold_ranges = locate(document, gold);
    const std::vector<Range> predicted_ranges = locate(document, predicted);

    std::vector<double> best(gold.size(), 0.0);
    std::vector<bool> exact(gold.size(), false);
    std::vector<std::tuple<double, std::size_t, std::size_t>> overlaps;  // dice, gold, predicted
    for (std::size_t p = 0; p < predicted_ranges.size(); ++p) {
        const Range pr = predicted_ranges[p];
        for (std::size_t g = 0; g < gold_ranges.size(); ++g) {
            const Range gr = gold_ranges[g];
            if (pr.begin == gr.begin && pr.end == gr.end && pr.end > pr.begin) exact[g] = true;
            const std::size_t lo = std::max(pr.begin, gr.begin), hi = std::min(pr.end, gr.end);
            if (lo >= hi) continue;
            const double dice = 2.0 * static_cast<double>(hi - lo) / static_cast<double>((gr.end - gr.begin) + (pr.end - pr.begin));
            overlaps.emplace_back(dice, g, p);
        }
    }
    // Best pairs first; each predicted sentence pairs with one gold sentence at most.
    std::sort(overlaps.begin(), overlaps.end(), [](const auto& a, const auto& b) { return a > b; });
    std::vector<bool> used(predicted.size(), false);
    for (const auto& [dice, g, p] : overlaps) {
        if (used[p]) continue;
        used[p] = true;
        best[g] = std::max(best[g], dice);
    }
    const double scale = predicted.empty() ? 0.0 : std::min(1.0, static_cast<double>(gold.size()) / static_cast<double>(predicted.size()));
    for (std::size_t g = 0; g < gold.size(); ++g) {
        total.exact_match += exact[g] ? 1.0 : 0.0;
        total.f1 += best[g];
        total.normalized_f1 += best[g] * scale;
    }
    total.gold_sentences += gold.size();
    total.predicted_sentences += predicted.size();
}

SplitScore score_splitter(const std::vector<GoldDocument>& documents) {
    SplitScore total;
    for (const GoldDocument& document : documents) score_document(document.sentences, split_sentences(document.text()), total);
    if (total.gold_sentences > 0) {
        const auto n = static_cast<double>(total.gold_sentences);
        total.exact_match /= n;
        total.f1 /= n;
        total.normalized_f1 /= n;
    }
    return total;
}

}  // namespace sori
