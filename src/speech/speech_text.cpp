#include "speech/speech_text.h"

#include "base/utf8.h"

namespace sori {

std::string speech_text(std::string_view source, const NormalizeOptions& options) {
    const std::string normalized = normalize_text(source, options);
    const std::string_view sentence = normalized;
    std::string spoken;
    spoken.reserve(sentence.size());
    bool speakable = false;
    for (std::size_t pos = 0; pos < sentence.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(sentence, pos, len);
        if (utf8::is_space(cp)) {
            if (!spoken.empty() && spoken.back() != ' ') spoken += ' ';
        } else {
            speakable |= utf8::is_letter_like(cp);
            spoken.append(sentence.substr(pos, len));
        }
        pos += len;
    }
    if (!spoken.empty() && spoken.back() == ' ') spoken.pop_back();
    return speakable ? spoken : std::string();
}

}  // namespace sori
