#pragma once
// Before a line is read: characters that are another way of writing ordinary ones become those
// ones, so that the readers of numbers, units and words see them. Fullwidth and halfwidth forms
// (１２３ → 123), circled and parenthesized numbers and letters (① → 1, ⑴ → (1), ㉮ → 가),
// Roman numerals (Ⅳ → 4), vulgar fractions (½ → 1/2), squared units (㎏ → kg, ㎡ → m²), the
// numbers of the superscript block after a digit (10⁴ stays a power: 10^4), Latin letters with
// accents (café → cafe), Unicode spaces → a space, division slash → /, ‥ → …. Everything else
// is left as it is. Linear; the result is in NFC.
#include <string>
#include <string_view>

namespace sori {

std::string fold_compatibility(std::string_view line);

}  // namespace sori
