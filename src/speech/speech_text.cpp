#include "speech/speech_text.h"

#include "base/utf8.h"

namespace sori {

std::string speech_text(std::string_view source, const NormalizeOptions& options) {
    const std::string normalized = normalize_text(source, options);
    std::string spoken;
    spoken.reserve(normalized.size());
    bool speakable = false;
    std::size_t run = 0;  // the first character not yet copied: runs without a space are copied whole
    for (std::size_t pos = 0; pos < normalized.size();) {
        std::size_t len = 1;
        const unsigned char byte = static_cast<unsigned char>(normalized[pos]);
        const char32_t cp = byte < 0x80 ? byte : utf8::decode(normalized, pos, len);
        if (utf8::is_space(cp)) {
            spoken.append(normalized, run, pos - run);
            if (!spoken.empty() && spoken.back() != ' ') spoken += ' ';
            run = pos + len;
        } else if (!speakable) {
            speakable = utf8::is_letter_like(cp);
        }
        pos += len;
    }
    spoken.append(normalized, run, normalized.size() - run);
    if (!spoken.empty() && spoken.back() == ' ') spoken.pop_back();
    return speakable ? spoken : std::string();
}

}  // namespace sori
