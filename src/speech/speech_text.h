#pragma once
// speech text: what eSpeak is asked to say for one sentence: the normalized text
// (text_normalizer.h) with white space folded; empty when nothing in it can be spoken.
#include <string>
#include <string_view>

#include "korean/text_normalizer.h"

namespace sori {

std::string speech_text(std::string_view sentence, const NormalizeOptions& options = {});

}  // namespace sori
