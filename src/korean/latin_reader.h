#pragma once
// Latin text in a Korean article, read the way a Korean narrator reads it: words from a lexicon
// (`written<TAB>spoken`: voices/lexicon.tsv, then the user's --lexicon files), acronyms and
// letters by their Korean names (AI → 에이아이, GPU → 지피유), digits in mixed tokens as
// Sino-Korean numbers (H100 → 에이치백). Other words are read in Hangul by english_reader.h.
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

#include "korean/english_reader.h"
#include "korean/pronunciation.h"
#include <vector>

namespace sori {

class Lexicon {
public:
    // Adds the entries of a `written<TAB>spoken` file; later entries win. Blank lines and lines
    // starting with # are skipped. Throws Error(usage) naming FILE:LINE for a malformed line.
    void load(const std::filesystem::path& file);
    void add(std::string written, std::string spoken);
    // A third column (`written<TAB>spoken<TAB>pronounced`) respells `spoken` for the
    // pronunciation stage; these entries are kept here.
    const PronunciationLexicon& pronunciations() const { return pronunciations_; }

    // The spoken form of `word`: an exact entry first, then one that differs only in case.
    const std::string* find(std::string_view word) const;
    std::size_t size() const { return exact_.size(); }

private:
    std::unordered_map<std::string, std::string> exact_;
    std::unordered_map<std::string, std::string> folded_;  // by lower-case written form
    PronunciationLexicon pronunciations_;                   // spoken → pronounced, from third columns
};

// The lexicon.tsv of every voices folder (the shipped one, the user's, a checkout's: base/data_folders.h),
// loaded once; where they disagree, the folder searched first wins.
const Lexicon& default_lexicon();

// "GPU" → 지피유: each ASCII letter by its Korean name (upper or lower case).
std::string letter_names(std::string_view letters);

// One Latin token (letters, digits and inner hyphens: AI, H100, GPT-4, Llama3, OpenAI).
std::string read_latin_token(std::string_view token, const Lexicon& lexicon, EnglishReading reading = EnglishReading::hangul);

// True for a-z, A-Z.
inline bool is_latin_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace sori
