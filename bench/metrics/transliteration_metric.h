#pragma once
// The metric of the transliteration set (../shared/data/transliteration/): `category<TAB>english
// <TAB>hangul`, where `hangul` is a pattern of accepted spellings: plain Hangul, groups of
// alternatives `(a|b)`, and `?` after a character or a group for an optional part. Per category:
// exact match against any accepted spelling (white space removed), the jamo-level character
// error rate against the closest one (edit distance over initial/vowel/final jamo, summed over
// the cases and divided by the summed length of those closest spellings), and how many outputs
// still hold a Latin letter.
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace sori {

struct TransliterationCase {
    std::string category;
    std::string english;
    std::string pattern;  // accepted spellings
};

struct TransliterationScore {
    std::size_t right = 0, total = 0, with_latin = 0;
    std::size_t jamo_errors = 0, jamo_reference = 0;  // CER = errors / reference
    std::vector<std::string> misses;                  // "english → got (gold: pattern)"
    double exact() const { return total ? static_cast<double>(right) / static_cast<double>(total) : 0; }
    double cer() const { return jamo_reference ? static_cast<double>(jamo_errors) / static_cast<double>(jamo_reference) : 0; }
};

// Reads the set; # lines are comments. Throws Error(input) naming FILE:LINE.
std::vector<TransliterationCase> read_transliteration_cases(const std::filesystem::path& file);

// Every spelling the pattern accepts, white space removed (at most 256; the rest are dropped).
std::vector<std::string> accepted_spellings(const std::string& pattern);

// Hangul syllables as their jamo (initial, vowel, final), as code points; other characters as they are.
std::u32string to_jamo(const std::string& text);

// Edit distance between two code point strings (insert, delete, substitute: 1 each).
std::size_t edit_distance(const std::u32string& a, const std::u32string& b);

// Scores `transliterate` on every case by category; "all" holds the total.
std::map<std::string, TransliterationScore> score_transliteration(const std::vector<TransliterationCase>& cases,
                                                                  const std::function<std::string(const std::string&)>& transliterate);

}  // namespace sori
