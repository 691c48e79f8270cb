#pragma once
// pronunciation: spoken Hangul (the normalizer's output) to how it is said, written in Hangul,
// by the rules of 표준 발음법 (국립국어원): representative finals (9–11항), ㅎ (12항), linking
// (13–16항, 15항 across a space and before a content word), palatalisation (17항), nasalisation
// (18–19항), lateralisation (20항), tensing (23–27항), ㅢ and 져/쪄/쳐 (5항), ㄴ-insertion
// across a space after an adnominal (29항 붙임 2). What no rule predicts — Sino-Korean tensing
// (인기 [인끼]), 사잇소리 without a written ㅅ (길가 [길까]), ㄴ-insertion in compounds (꽃잎
// [꼰닙]) — comes from a lexicon of respellings (voices/pronunciation.tsv and the third column
// of --lexicon lines), which the rules then finish (꽃닢 → 꼰닙). Syllables and words are never
// added or removed; everything that is not Hangul passes through. Thread-safe (no state).
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sori {

// Respellings of words or word beginnings: `인기 → 인끼` also applies to 인기를, 인기가.
class PronunciationLexicon {
public:
    // Adds `spelling<TAB>respelling` lines; # comments and blank lines skipped. Throws
    // Error(usage) naming FILE:LINE for a malformed line (see add).
    void load(const std::filesystem::path& file);
    // Both Hangul syllables only, the same number of them; throws Error(usage) otherwise
    // (the message names the entry; load adds FILE:LINE).
    void add(const std::string& spelling, const std::string& respelling);
    // The longest entry that begins `word` (whole syllables): its syllable count, 0 for none.
    std::size_t match(std::u32string_view word, std::u32string& respelling) const;
    std::size_t size() const { return entries_.size(); }

private:
    std::unordered_map<std::u32string, std::u32string> entries_;
    std::size_t longest_ = 0;  // in syllables
    std::vector<bool> starts_;  // by syllable (from U+AC00): some entry begins with it (most words are not looked up)
};

// The pronunciation.tsv of every voices folder (the folder searched first wins), loaded once.
const PronunciationLexicon& default_pronunciation_lexicon();

struct PronounceOptions {
    const PronunciationLexicon* lexicon = nullptr;  // consulted before the shipped one (user entries)
    bool use_shipped_lexicon = true;                // false: rules only (tests of the rules)
};

std::string pronounce(std::string_view spoken, const PronounceOptions& options = {});

}  // namespace sori
