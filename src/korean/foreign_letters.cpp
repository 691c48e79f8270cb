#include "korean/foreign_letters.h"

#include <algorithm>
#include <array>
#include <vector>

#include "base/utf8.h"

namespace sori {
namespace {

bool in(char32_t cp, char32_t first, char32_t last) { return cp >= first && cp <= last; }

// Jamo indices of a Hangul syllable: initial (ㄱ0 … ㅎ18), vowel (ㅏ0 … ㅣ20), final (0 none, ㄴ4, ㅅ19).
struct Syllable {
    int initial = 11;  // ㅇ
    int vowel = 0;
    int final = 0;
};
enum Vowel { A = 0, YA = 2, E = 5, YE = 7, O = 8, WA = 9, YO = 12, U = 13, WO = 14, WE = 15, WI = 16, YU = 17, EU = 18, I = 20 };
enum Initial { G = 0, N = 2, D = 3, R = 5, M = 6, B = 7, S = 9, SS = 10, NG = 11, J = 12, CH = 14, K = 15, T = 16, P = 17, H = 18 };

enum class KanaKind { plain, small_y, small_vowel, sokuon, n, long_mark };
struct Kana {
    int initial = NG;  // in the first syllable of a word
    int medial = NG;   // after it (カ 가 / 카)
    int vowel = A;
    KanaKind kind = KanaKind::plain;
};

// Katakana U+30A1 … U+30F6 in order; hiragana is the same table 0x60 lower.
const std::array<Kana, 86>& katakana() {
    using KK = KanaKind;
    static const std::array<Kana, 86> table{{
        {NG, NG, A, KK::small_vowel}, {NG, NG, A}, {NG, NG, I, KK::small_vowel}, {NG, NG, I}, {NG, NG, U, KK::small_vowel},
        {NG, NG, U}, {NG, NG, E, KK::small_vowel}, {NG, NG, E}, {NG, NG, O, KK::small_vowel}, {NG, NG, O},
        {G, K, A}, {G, G, A}, {G, K, I}, {G, G, I}, {G, K, U}, {G, G, U}, {G, K, E}, {G, G, E}, {G, K, O}, {G, G, O},
        {S, S, A}, {J, J, A}, {S, S, I}, {J, J, I}, {S, S, EU}, {J, J, EU}, {S, S, E}, {J, J, E}, {S, S, O}, {J, J, O},
        {D, T, A}, {D, D, A}, {J, CH, I}, {J, J, I}, {NG, NG, A, KK::sokuon}, {SS, SS, EU}, {J, J, EU}, {D, T, E}, {D, D, E},
        {D, T, O}, {D, D, O},
        {N, N, A}, {N, N, I}, {N, N, U}, {N, N, E}, {N, N, O},
        {H, H, A}, {B, B, A}, {P, P, A}, {H, H, I}, {B, B, I}, {P, P, I}, {H, H, U}, {B, B, U}, {P, P, U},
        {H, H, E}, {B, B, E}, {P, P, E}, {H, H, O}, {B, B, O}, {P, P, O},
        {M, M, A}, {M, M, I}, {M, M, U}, {M, M, E}, {M, M, O},
        {NG, NG, YA, KK::small_y}, {NG, NG, YA}, {NG, NG, YU, KK::small_y}, {NG, NG, YU}, {NG, NG, YO, KK::small_y}, {NG, NG, YO},
        {R, R, A}, {R, R, I}, {R, R, U}, {R, R, E}, {R, R, O},
        {NG, NG, WA, KK::small_vowel}, {NG, NG, WA}, {NG, NG, I}, {NG, NG, E}, {NG, NG, O}, {NG, NG, A, KK::n},
        {B, B, U}, {G, K, A}, {G, K, E},
    }};
    return table;
}

std::optional<Kana> kana_at(char32_t cp) {
    if (cp == 0x30FC) return Kana{NG, NG, A, KanaKind::long_mark};
    if (in(cp, 0x3041, 0x3096)) cp += 0x60;
    if (!in(cp, 0x30A1, 0x30F6)) return std::nullopt;
    return katakana()[cp - 0x30A1];
}

// ャュョ after a syllable: キャ 캬, シャ 샤, but チャ 차 and ジャ 자 (ㅈ ㅊ take no y-vowel).
void add_small_y(std::vector<Syllable>& out, int vowel) {
    Syllable& last = out.back();
    if (last.initial == J || last.initial == CH || last.initial == SS) vowel = vowel == YA ? A : vowel == YU ? U : O;
    last.vowel = vowel;
}

// ァィゥェォ after a syllable: ファ 파, ウィ 위, ティ 티, シェ 셰.
void add_small_vowel(std::vector<Syllable>& out, int vowel) {
    Syllable& last = out.back();
    if (last.initial == NG && last.vowel == U) {
        last.vowel = vowel == A ? WA : vowel == I ? WI : vowel == E ? WE : vowel == O ? WO : U;
        return;
    }
    if (last.initial == H && last.vowel == U) last.initial = P;  // f is ㅍ
    last.vowel = last.initial == S && vowel == E ? YE : vowel;
}

void compose(std::string& out, const std::vector<Syllable>& syllables) {
    for (const Syllable& s : syllables) utf8::append(out, static_cast<char32_t>(0xAC00 + (s.initial * 21 + s.vowel) * 28 + s.final));
}

constexpr std::array<std::string_view, 25> greek_names{"알파", "베타", "감마", "델타", "엡실론", "제타", "에타", "세타", "요타",
                                                      "카파", "람다", "뮤", "뉴", "크시", "오미크론", "파이", "로", "시그마",
                                                      "시그마", "타우", "입실론", "파이", "카이", "프사이", "오메가"};

constexpr std::array<std::string_view, 32> cyrillic_latin{"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                                                          "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

}  // namespace

std::string_view greek_letter_name(char32_t cp) {
    if (in(cp, 0x03B1, 0x03C9)) return greek_names[cp - 0x03B1];
    if (in(cp, 0x0391, 0x03A9) && cp != 0x03A2) return greek_names[cp - 0x0391];
    if (cp == 0x03D1) return "세타";
    if (cp == 0x03D5) return "파이";
    return {};
}

std::optional<LetterRun> read_kana(std::string_view text, std::size_t at) {
    std::vector<Syllable> syllables;
    std::size_t pos = at;
    while (pos < text.size()) {
        std::size_t length = 0;
        const auto kana = kana_at(utf8::decode(text, pos, length));
        if (!kana) break;
        pos += length;
        const bool first = syllables.empty();
        // ウ after an o-sound lengthens it (とうきょう Tōkyō): long vowels are not written.
        if (kana->kind == KanaKind::plain && kana->initial == NG && kana->vowel == U && !first &&
            (syllables.back().vowel == O || syllables.back().vowel == YO) && syllables.back().final == 0)
            continue;
        switch (kana->kind) {
            case KanaKind::plain: syllables.push_back({first ? kana->initial : kana->medial, kana->vowel, 0}); break;
            case KanaKind::small_y: first ? syllables.push_back({NG, kana->vowel, 0}) : add_small_y(syllables, kana->vowel); break;
            case KanaKind::small_vowel: first ? syllables.push_back({NG, kana->vowel, 0}) : add_small_vowel(syllables, kana->vowel); break;
            case KanaKind::sokuon: if (!first) syllables.back().final = 19; break;  // ㅅ
            case KanaKind::n: if (!first) syllables.back().final = 4; break;        // ㄴ
            case KanaKind::long_mark: break;
        }
    }
    if (pos == at) return std::nullopt;
    LetterRun run{pos, {}};
    compose(run.spoken, syllables);
    return run;
}

std::optional<LetterRun> cyrillic_in_latin(std::string_view text, std::size_t at) {
    LetterRun run{at, {}};
    while (run.end < text.size()) {
        std::size_t length = 0;
        char32_t cp = utf8::decode(text, run.end, length);
        const bool upper = in(cp, 0x0410, 0x042F);
        if (upper) cp += 0x20;
        if (cp == 0x0451) cp = 0x0435;  // ё as е
        if (!in(cp, 0x0430, 0x044F)) break;
        std::string latin(cyrillic_latin[cp - 0x0430]);
        if (upper && !latin.empty()) latin[0] = static_cast<char>(latin[0] - 'a' + 'A');
        run.spoken += latin;
        run.end += length;
    }
    if (run.end == at) return std::nullopt;
    return run;
}

std::optional<LetterRun> read_jamo_run(std::string_view text, std::size_t at) {
    LetterRun run{at, {}};
    std::size_t laughs = 0;
    char32_t laugh = 0;
    while (run.end < text.size()) {
        std::size_t length = 0;
        const char32_t cp = utf8::decode(text, run.end, length);
        if (!in(cp, 0x3131, 0x318E) || cp == 0x318D) break;  // ㆍ is a middle dot, not a letter
        if ((cp == U'ㅋ' || cp == U'ㅎ') && (laugh == 0 || laugh == cp)) {
            laugh = cp;
            ++laughs;
        }
        run.end += length;
    }
    if (run.end == at) return std::nullopt;
    if (laughs < 2) return run;  // ㅠㅠ, ㄱㅅ, a lone ㅎ: said as nothing
    run.spoken = " ";
    for (std::size_t i = 0; i < std::min<std::size_t>(laughs, 2); ++i) run.spoken += laugh == U'ㅋ' ? "크" : "흐";
    run.spoken += " ";
    return run;
}

}  // namespace sori
