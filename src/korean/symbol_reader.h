#pragma once
// Every character that is not Hangul, a letter, a digit or a pause is read in its context or
// deliberately dropped, so that eSpeak never gets it (its Korean voice reads / + = # & % @ \ ~ *
// in English, switches voice on Latin and digits, and skips the rest unannounced):
// - between numbers: + 더하기, × * 곱하기, ÷ 나누기, = 은/는, – with spaces 대 (5 – 4 오 대 사),
//   without a range (3–5 삼에서 오); ≥ >= 이상, ≤ <= 이하 (after the number they stand before), ± 플러스마이너스, ≈ 약, ≠ 같지 않음,
//   ° 도, ′ 분, ″ 초, ‰ 퍼밀, ² 제곱, ³ 세제곱; after a number, a lone + is 이상 (8.0+);
// - ~ 〜 right between numbers (1~3, 10일〜15일) 부터; % 퍼센트, & 앤드, @ 골뱅이;
// - in words: + 플러스 (Alt+X), = 이퀄, / 슬래시 in paths and code, a pause between Korean
//   words (음악/미술), \ 역슬래시, _ a space (USER_NAME), № 번호, √ 루트, ∞ 무한대, Ω 옴;
// - as a pause: arrows, | · ㆍ ・ 、 •, 【】〔〕 as brackets, 。 as a full stop;
// - dropped: # $ ^ ` * ~ outside numbers, "()" of a call, "--" of an option, emoji and
//   pictographs, box drawing, geometric shapes, dingbats, ™ © ®, combining marks, variation
//   selectors, private use, and any character of a script sori does not read.
// Greek letters, kana, Cyrillic and jamo runs are read by foreign_letters.
#include <optional>
#include <string>
#include <string_view>

namespace sori {

// Reads the character at `at` (not ASCII alphanumeric, not Hangul, not Hanja): appends its
// reading to `out` (the spoken text so far, for particles) and returns the byte after what it
// read; nullopt when the character is a pause eSpeak may have as it is (. , ! ? ; : quotes,
// brackets, dashes).
// A comparison before a number is said after it (≥ 10, >= 2.7: 십 이상, 이 점 칠 이상): its word
// goes to `after_number`, for the caller to add once it has read the number.
std::optional<std::size_t> read_symbol(std::string_view text, std::size_t at, std::string& out, std::string& after_number);

// Whether eSpeak NG's Korean voice takes `cp` as a pause or as nothing, saying no word for it.
bool is_pause_for_espeak(char32_t cp);

}  // namespace sori
