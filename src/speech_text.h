#pragma once
// speech text: what eSpeak is asked to say for one sentence. For now white space is folded and
// nothing is spoken that is only punctuation; Korean number and Latin reading come next.
#include <string>
#include <string_view>

namespace sori {

std::string speech_text(std::string_view sentence);

}  // namespace sori
