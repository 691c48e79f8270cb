#include "korean/hangul_jamo.h"

#include "base/utf8.h"

namespace sori::jamo {

int as_initial(int final) {
    static constexpr int table[28] = {-1, G, GG, S, N, J, H, D, R, G, M, B, S, T, P, H, M, B, S, S, SS, -1, J, CH, K, T, P, H};
    return table[final];
}

int as_final(int initial) {
    static constexpr int table[19] = {fG, fGG, fN, fD, none, fL, fM, fB, none, fS, fSS, none, fJ, none, fCH, fK, fT, fP, fH};
    return table[initial];
}

int representative(int final) {
    static constexpr int table[28] = {none, fG, fG, fG, fN, fN, fN, fD, fL, fG, fM, fL, fL, fL, fB, fL,
                                      fM,   fB, fB, fD, fD, fNG, fD, fD, fG, fD, fB, fD};
    return table[final];
}

std::pair<int, int> parts(int final) {
    switch (final) {
        case fGS: return {fG, fS};
        case fNJ: return {fN, fJ};
        case fNH: return {fN, fH};
        case fLG: return {fL, fG};
        case fLM: return {fL, fM};
        case fLB: return {fL, fB};
        case fLS: return {fL, fS};
        case fLT: return {fL, fT};
        case fLP: return {fL, fP};
        case fLH: return {fL, fH};
        case fBS: return {fB, fS};
        default: return {final, none};
    }
}

int tensed(int initial) {
    switch (initial) {
        case G: return GG;
        case D: return DD;
        case B: return BB;
        case S: return SS;
        case J: return JJ;
        default: return initial;
    }
}

int aspirated(int initial) {
    switch (initial) {
        case G: return K;
        case D: return T;
        case B: return P;
        case J: return CH;
        default: return initial;
    }
}

bool is_lax_obstruent(int initial) { return initial == G || initial == D || initial == B || initial == S || initial == J; }

int last_final(std::string_view text) {
    if (text.size() < 3) return -1;
    std::size_t length = 0;
    const char32_t cp = utf8::decode(text, text.size() - 3, length);
    if (length != 3 || !is_syllable(cp)) return -1;
    return split(cp).final;
}

}  // namespace sori::jamo
