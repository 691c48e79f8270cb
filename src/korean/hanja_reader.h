#pragma once
// Hanja (CJK ideographs) read in Hangul with the Korean readings of Unicode's Unihan database
// (kHangul, from Debian's unicode-data at build time): 人生 → 인생, and the initial-sound rule
// 두음법칙 at the start of a word (李 → 이, 老人 → 노인, 女子 → 여자) and 렬/률 after a vowel or
// ㄴ (比率 → 비율). eSpeak NG says "Chinese letter" for each of them otherwise.
#include <cstddef>
#include <string>
#include <string_view>

namespace sori {

bool is_hanja(char32_t cp);

// The run of Hanja (and the spaces between them) that starts at byte `at`: its end.
std::size_t hanja_run_end(std::string_view text, std::size_t at);

// The Hangul reading of the Hanja in `run` (other characters kept as they are); `word_start`
// applies 두음법칙 to the first syllable. An ideograph without a reading is dropped.
std::string read_hanja(std::string_view run, bool word_start);

// `인생(人生)`, `주 (主)`: the end of a parenthesized Hanja gloss at `open` (which holds `(`)
// whose reading is the Hangul right before it, or 0 when there is none.
std::size_t hanja_gloss_end(std::string_view text, std::size_t open);

}  // namespace sori
