#include "korean/compatibility_fold.h"

#include <array>

#include "base/nfc.h"
#include "base/utf8.h"
#include "korean/foreign_letters.h"

namespace sori {
namespace {

bool in(char32_t cp, char32_t first, char32_t last) { return cp >= first && cp <= last; }

// Roman numerals Ⅰ–Ⅻ and ⅰ–ⅻ as digits, then Ⅼ Ⅽ Ⅾ Ⅿ.
std::string roman_numeral(char32_t cp) {
    const char32_t base = in(cp, 0x2170, 0x217F) ? 0x2170 : 0x2160;
    const unsigned index = static_cast<unsigned>(cp - base);
    static constexpr std::array<const char*, 16> values{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "50", "100", "500", "1000"};
    return values[index];
}

// Squared and cubed units whose compatibility form loses the power (㎡ → m2).
std::string_view powered_unit(char32_t cp) {
    switch (cp) {
        case 0x33A1: return "m²";
        case 0x33A5: return "m³";
        case 0x33A0: return "cm²";
        case 0x33A4: return "cm³";
        case 0x339F: return "mm²";
        case 0x33A3: return "mm³";
        case 0x33A2: return "km²";
        case 0x33A6: return "km³";
        default: return {};
    }
}

// Whether NFKC gives the character's plain form without harm (it would turn ㉠ into a
// conjoining jamo and ™ into the letters TM: those are left to the symbol reader).
bool folds_by_nfkc(char32_t cp) {
    return in(cp, 0xFF01, 0xFF5E) ||                          // fullwidth ASCII
           in(cp, 0xFF61, 0xFF9F) ||                          // halfwidth CJK punctuation and katakana
           in(cp, 0xFFA0, 0xFFDC) ||                          // halfwidth Hangul letters
           in(cp, 0xFFE0, 0xFFE6) ||                          // fullwidth ￠ ￡ ￥ ￦
           in(cp, 0x2460, 0x24FF) ||                          // ① ⑴ ⒈ ⓐ Ⓐ
           in(cp, 0x3251, 0x325F) || in(cp, 0x32B1, 0x32BF) ||  // ㉑–㊿
           in(cp, 0x320E, 0x321E) || in(cp, 0x326E, 0x327E) ||  // (가) ㉮: syllables
           in(cp, 0x3220, 0x3243) || in(cp, 0x3280, 0x32B0) ||  // ㈠ ㊀: ideographs, read as Hanja
           in(cp, 0x3380, 0x33DF) ||                          // ㎏ ㎞ ㏈
           in(cp, 0x2080, 0x209C) ||                          // subscripts: H₂O
           in(cp, 0x2150, 0x215F) || in(cp, 0x00BC, 0x00BE) ||  // ⅓ ½
           in(cp, 0x1D400, 0x1D7FF);                          // mathematical letters and digits
}

void fold_one(std::string& out, char32_t cp, std::string_view original) {
    if (in(cp, 0x2160, 0x216F) || in(cp, 0x2170, 0x217F)) return void(out.append(roman_numeral(cp)));
    if (const std::string_view unit = powered_unit(cp); !unit.empty()) return void(out.append(unit));
    if (in(cp, 0x2000, 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0x2028 || cp == 0x2029) return out.push_back(' ');
    if (cp == 0x2215 || cp == 0x2044) return out.push_back('/');  // division and fraction slashes
    if (cp == 0x2025) return void(out.append("…"));
    if (cp == 0x00B5) return void(out.append("μ"));  // the micro sign is the Greek letter
    if (in(cp, 0x00C0, 0x024F) && cp != 0x00D7 && cp != 0x00F7) {  // accented Latin letters
        if (cp == 0x00DF) return void(out.append("ss"));
        if (cp == 0x00C6 || cp == 0x00E6) return void(out.append(cp == 0x00C6 ? "AE" : "ae"));
        if (cp == 0x00D8 || cp == 0x00F8) return void(out.append(cp == 0x00D8 ? "O" : "o"));
        if (cp == 0x0110 || cp == 0x0111) return void(out.append(cp == 0x0110 ? "D" : "d"));
        if (cp == 0x0141 || cp == 0x0142) return void(out.append(cp == 0x0141 ? "L" : "l"));
        const std::string plain = utf8::without_accents(cp);
        return void(out.append(plain.empty() || plain.size() > 2 ? std::string(original) : plain));
    }
    if ((in(cp, 0x2150, 0x215F) || in(cp, 0x00BC, 0x00BE)) && !out.empty() && out.back() >= '0' && out.back() <= '9')
        out.append(std::string_view("0136789").find(out.back()) != std::string_view::npos ? "과" : "와");  // 1½ → 1과 1/2
    if (folds_by_nfkc(cp)) {
        const std::string folded = utf8::compatibility_form(cp);
        std::string plain;  // a fraction folds to 1⁄2 with the fraction slash: a plain one here
        for (std::size_t pos = 0; pos < folded.size();) {
            std::size_t length = 0;
            const char32_t c = utf8::decode(folded, pos, length);
            if (c == 0x2044 || c == 0x2215) plain.push_back('/');
            else plain.append(folded, pos, length);
            pos += length;
        }
        return void(out.append(plain));
    }
    out.append(original);
}

}  // namespace

std::string fold_compatibility(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    for (std::size_t pos = 0; pos < line.size();) {
        const unsigned char lead = static_cast<unsigned char>(line[pos]);
        if (lead < 0x80) {  // most of any line: ASCII, copied as it is
            out.push_back(line[pos++]);
            continue;
        }
        std::size_t length = 0;
        const char32_t cp = utf8::decode(line, pos, length);
        if (utf8::is_hangul_syllable(cp)) out.append(line.substr(pos, length));
        else if (const auto cyrillic = cyrillic_in_latin(line, pos)) {  // Москва → Moskva, read as a word
            out += cyrillic->spoken;
            pos = cyrillic->end;
            continue;
        } else fold_one(out, cp, line.substr(pos, length));
        pos += length;
    }
    return out;
}

}  // namespace sori
