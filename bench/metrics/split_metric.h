#pragma once
// The sentence-splitting benchmark metric of the KSS and Kiwi benchmarks: EM, F1 and NF1 over
// character spans of each document with white space removed.
#include <string>
#include <string_view>
#include <vector>

namespace sori {

struct GoldDocument {
    std::vector<std::string> sentences;  // gold sentences; the input text is their concatenation
    std::string text() const;
};

struct SplitScore {
    double exact_match = 0;    // share of gold sentences predicted exactly
    double f1 = 0;             // mean best Dice overlap of each gold sentence
    double normalized_f1 = 0;  // F1 with each document scaled by min(#gold / #predicted, 1)
    std::size_t gold_sentences = 0;
    std::size_t predicted_sentences = 0;
};

// Reads the benchmark format: one sentence a line, a blank line ends a document.
std::vector<GoldDocument> parse_gold(std::string_view file_text);

// Per-gold-sentence scores of one document, summed into `total` (not yet averaged).
void score_document(const std::vector<std::string>& gold, const std::vector<std::string>& predicted, SplitScore& total);

// Splits every document with sori's splitter and scores the result.
SplitScore score_splitter(const std::vector<GoldDocument>& documents);

}  // namespace sori
