#pragma once
// What the normalizer says, compared without spaces (the tables of the Korean front end's tests
// write readings without caring where a space falls), and an independent check of what eSpeak
// would receive (the census metric's set of characters, not the reader's own).
#include <string>

#include "base/utf8.h"
#include "korean/text_normalizer.h"
#include "metrics/census_metric.h"

namespace test {

inline std::string said_without_spaces(const std::string& text) {
    std::string plain;
    for (char c : sori::normalize_text(text))
        if (c != ' ') plain += c;
    return plain;
}

// Only Hangul, spaces and the pauses eSpeak NG keeps silent (bench/metrics/census_metric.h).
inline bool only_hangul_and_pauses(const std::string& text) {
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t length = 0;
        if (!sori::passes_to_espeak(sori::utf8::decode(text, pos, length))) return false;
        pos += length;
    }
    return true;
}

}  // namespace test
