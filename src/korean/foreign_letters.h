#pragma once
// Letters of other scripts in Hangul: Greek letters by their Korean names (α 알파, Ω 오메가),
// Japanese kana by the 외래어 표기법 for Japanese (제3장 표 4: カ in the first syllable 가,
// after it 카; ツ 쓰; ン ㄴ and ッ ㅅ as finals; long vowels not written: トーキョー 도쿄), Cyrillic
// letters in Latin (then read as English words), and runs of Hangul compatibility jamo as they
// are meant (ㅋㅋ 크크, ㅎㅎ 흐흐; ㅠㅠ and other runs are feelings, not words: nothing).
#include <optional>
#include <string>
#include <string_view>

namespace sori {

struct LetterRun {
    std::size_t end = 0;  // the byte after the run
    std::string spoken;   // its reading (may be empty: said as nothing)
};

// The Korean name of a Greek letter, or empty when `cp` is not one.
std::string_view greek_letter_name(char32_t cp);

// A run of kana (hiragana or katakana, with ー) starting at `at`, in Hangul; nullopt when none starts there.
std::optional<LetterRun> read_kana(std::string_view text, std::size_t at);

// A run of Cyrillic letters starting at `at`, in Latin letters; nullopt when none starts there.
std::optional<LetterRun> cyrillic_in_latin(std::string_view text, std::size_t at);

// A run of Hangul compatibility jamo (ㄱ–ㅣ) starting at `at`; nullopt when none starts there.
std::optional<LetterRun> read_jamo_run(std::string_view text, std::size_t at);

}  // namespace sori
