#pragma once
// How an English word sounds, as phones of the CMU pronouncing dictionary (english_phones.h),
// each tied to the letter it comes from so that the Hangul spelling can consult the letters.
// Sources, in order: the dictionary (festlex-cmu's cmudict-0.4, 105,000 words, built in); a word
// the dictionary lacks made of dictionary words (frontend = front + end, compiler = compile + r,
// embedding = embed + ing, webhooks); else the dictionary's own letter-to-sound decision trees
// (festival's cmu_lts_rules), which guess from three letters either side.
#include <string>
#include <string_view>
#include <vector>

namespace sori::english {

struct Pronunciation {
    std::string word;            // the word in lower case (a-z only)
    std::string phones;          // phone codes (english_phones.h), stress on vowels
    std::vector<int> letter_of;  // per phone: the index in `word` of the letter it sounds, -1 if none
    bool known = false;          // from the dictionary (whole, inflected or compounded), not guessed
    bool by_letters = false;     // read letter by letter with plain vowels (spelled())
};

// The dictionary's phones for a lower-case word, or "" if it is not there.
std::string dictionary_phones(std::string_view word);

// The letter-to-sound trees' phones for a lower-case word, with each phone's letter.
Pronunciation predicted(std::string_view word);

// The word's pronunciation (any case in; a-z letters only), by dictionary or prediction; a
// compound the dictionary lacks comes back as its two parts (외래어 표기법 제10항 writes each part
// as it is written alone: login 로그인, webhook 웹훅).
std::vector<Pronunciation> pronounce(std::string_view word);

// Ties each phone to a letter of `word` (an alignment that follows what each letter may sound).
std::vector<int> align(std::string_view word, std::string_view phones);

}  // namespace sori::english

namespace sori::english {

// The letters read as most languages written in Latin letters read them, with plain vowels
// (a 아, e 에, i 이, o 오, u 우): how Korean says acronyms said as words (NASA 나사, IKEA 이케아,
// COVID 코비드) and names from other languages (Kakao 카카오, Ubuntu 우분투).
Pronunciation spelled(std::string_view word);

}  // namespace sori::english
