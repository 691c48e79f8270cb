#pragma once
// A run of Latin letters as a Korean narrator reads it (외래어 표기법, not eSpeak's English voice):
// the lexicons first (the caller's), then camel-case and mixed tokens by their parts (PyTorch →
// Py + Torch, iPhone → i + Phone, macOS → mac + OS), capitals by letter names (IBM 아이비엠) unless
// they are said as a word (NASA 나사: a shipped list and a pronounceability rule), and any other word
// by its English pronunciation written in Hangul (english_pronouncer.h, english_hangul.h), or by
// its letters when the word does not look English (Kakao 카카오) and no dictionary knows it.
#include <string>
#include <string_view>

namespace sori {

class Lexicon;

enum class EnglishReading {
    hangul,  // English words in Hangul, as a Korean narrator says them (the default)
    keep,    // English words left as written: eSpeak NG reads them with its English voice
};

// Letters only (a-z, A-Z).
std::string read_english_letters(std::string_view letters, const Lexicon& lexicon, EnglishReading reading);

// Whether all-capital letters are said as a word (NASA, IKEA, UNESCO) rather than letter by letter.
// Whether the CMU dictionary has `word` (any case).
bool is_english_word(std::string_view word);

bool said_as_word(std::string_view capitals);

// An English word (any case, letters only) in Hangul, without the lexicons.
std::string english_in_hangul(std::string_view word);

}  // namespace sori
