#pragma once
// Hangul syllables as jamo indices (Unicode order: 19 initials, 21 vowels, 28 finals) and the
// consonant classes the pronunciation rules work with.
#include <string>
#include <string_view>

namespace sori::jamo {

// Initial consonants (choseong), in Unicode order.
enum Initial : int { G, GG, N, D, DD, R, M, B, BB, S, SS, NG, J, JJ, CH, K, T, P, H };

// Final consonants (jongseong), in Unicode order; 0 is none.
enum Final : int {
    none, fG, fGG, fGS, fN, fNJ, fNH, fD, fL, fLG, fLM, fLB, fLS, fLT, fLP, fLH, fM, fB, fBS, fS, fSS, fNG, fJ, fCH, fK, fT, fP, fH
};

// Vowels used by name.
enum Vowel : int { A = 0, YA = 2, EO = 4, YEO = 6, YE = 7, O = 8, YO = 12, U = 13, YU = 17, EU = 18, UI = 19, I = 20 };

struct Syllable {
    int initial = NG, vowel = A, final = none;
};

// Inline: done for every syllable of every reading.
inline bool is_syllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }
inline Syllable split(char32_t cp) {
    const int index = static_cast<int>(cp - 0xAC00);
    return {index / (21 * 28), index / 28 % 21, index % 28};
}
inline char32_t join(const Syllable& s) { return static_cast<char32_t>(0xAC00 + (s.initial * 21 + s.vowel) * 28 + s.final); }

// The initial consonant a final sounds as when it moves to the next syllable (ㄱ → ㄱ, ㅆ → ㅆ);
// -1 for none and ㅇ.
int as_initial(int final);
// The final an initial makes when it stays (ㄴ → ㄴ); none for ㅇ and tense consonants.
int as_final(int initial);

// The seven representative finals (9–11항): ㄲ ㅋ ㄳ ㄺ → ㄱ; ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ → ㄷ; ㅍ ㅄ ㄿ → ㅂ;
// ㄵ ㄶ → ㄴ; ㄼ ㄽ ㄾ ㅀ → ㄹ; ㄻ → ㅁ.
int representative(int final);

// A double final's two parts (ㄺ → ㄹ, ㄱ); a single final is {final, none}.
std::pair<int, int> parts(int final);

int tensed(int initial);     // ㄱ → ㄲ, ㄷ → ㄸ, ㅂ → ㅃ, ㅅ → ㅆ, ㅈ → ㅉ; others unchanged
int aspirated(int initial);  // ㄱ → ㅋ, ㄷ → ㅌ, ㅂ → ㅍ, ㅈ → ㅊ; others unchanged
bool is_lax_obstruent(int initial);  // ㄱ ㄷ ㅂ ㅅ ㅈ

// The final of the syllable that ends `text` (none for an open one), or -1 when the text does
// not end in a Hangul syllable: what a particle after it agrees with (이/가, 은/는, 로/으로).
int last_final(std::string_view text);

}  // namespace sori::jamo
