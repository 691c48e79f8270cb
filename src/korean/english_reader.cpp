#include "korean/english_reader.h"

#include <array>
#include <unordered_map>
#include <vector>

#include "korean/english_hangul.h"
#include "korean/english_pronouncer.h"
#include "korean/latin_reader.h"
#include "korean/place_names.h"

namespace sori {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_vowel_letter(char c) { return std::string_view("aeiouAEIOU").find(c) != std::string_view::npos; }

bool in_dictionary(std::string_view word) {
    std::string lower(word);
    for (char& c : lower) c = is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    return !english::dictionary_phones(lower).empty();
}

bool all_upper(std::string_view word) {
    for (char c : word)
        if (!is_upper(c)) return false;
    return true;
}

// Camel case and mixed tokens: a cut before a capital that follows a small letter (iPhone,
// PyTorch, macOS) and before the last capital of a run that a small letter follows (XMLHttp).
std::vector<std::string_view> camel_parts(std::string_view letters) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 1; i < letters.size(); ++i) {
        const bool cut = (is_lower(letters[i - 1]) && is_upper(letters[i])) ||
                         (is_upper(letters[i - 1]) && is_upper(letters[i]) && i + 1 < letters.size() && is_lower(letters[i + 1]) && i - start >= 1);
        if (cut) {
            parts.push_back(letters.substr(start, i - start));
            start = i;
        }
    }
    parts.push_back(letters.substr(start));
    return parts;
}

// Letter pairs that English words seldom have but names from other languages do (Kakao, Ubuntu,
// Ishiba, Erdogan): a word the dictionary lacks that ends in a, i, o or u is read by its letters.
bool looks_foreign(std::string_view word) {
    if (word.size() < 3) return false;
    const char last = word.back();
    return last == 'a' || last == 'i' || last == 'o' || last == 'u';
}

// A start of two consonants that English syllables allow (NASA has none; SCUBA, TRON do).
bool onset_cluster(std::string_view two) {
    static constexpr std::array<std::string_view, 21> clusters{"BL", "BR", "CL", "CR", "DR", "FL", "FR", "GL", "GR", "PL", "PR",
                                                               "SC", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TR", "TW"};
    for (std::string_view c : clusters)
        if (c == two) return true;
    return false;
}

}  // namespace

bool is_english_word(std::string_view word) { return in_dictionary(word); }

bool said_as_word(std::string_view capitals) {
    // Short ones cannot be told from initialisms by their shape (API, IPO are letters): a list.
    static constexpr std::array<std::string_view, 12> short_words{"LAN", "WAN", "RAM", "ROM", "SIM", "PIN", "GIF", "MOD", "NAS", "SAP", "POP", "TED"};
    for (std::string_view w : short_words)
        if (w == capitals) return true;
    if (capitals.size() < 4 || capitals.size() > 8) return false;
    std::size_t vowels = 0, consonant_run = 0, vowel_run = 0, longest_consonants = 0, longest_vowels = 0;
    for (char c : capitals) {
        const bool vowel = is_vowel_letter(c);
        vowels += vowel;
        consonant_run = vowel ? 0 : consonant_run + 1;
        vowel_run = vowel ? vowel_run + 1 : 0;
        longest_consonants = std::max(longest_consonants, consonant_run);
        longest_vowels = std::max(longest_vowels, vowel_run);
    }
    const bool starts_well = is_vowel_letter(capitals[0]) || is_vowel_letter(capitals[1]) || onset_cluster(capitals.substr(0, 2));
    const std::size_t n = capitals.size();
    const bool ends_well = is_vowel_letter(capitals[n - 1]) || is_vowel_letter(capitals[n - 2]);
    return vowels >= 2 && longest_consonants <= 2 && longest_vowels <= 2 && starts_well && ends_well;
}

namespace {

std::string derived_in_hangul(std::string_view word) {
    // A letter before a word, with no English syllable starting so (gmail 지메일, xbox 엑스박스).
    if (word.size() >= 4 && !is_vowel_letter(word[0]) && !is_vowel_letter(word[1]) && word[1] != 'y' && word[1] != 'h' &&
        (word[0] | 0x20) != (word[1] | 0x20)) {  // Llama is not L + lama
        std::string two{static_cast<char>(word[0] & ~0x20), static_cast<char>(word[1] & ~0x20)};
        const bool silent_first = two == "WR" || two == "KN" || two == "GN" || two == "PS" || two == "PN" || two == "PT";  // wrapper
        if (!onset_cluster(two) && !silent_first && in_dictionary(word.substr(1)))
            return letter_names(word.substr(0, 1)) + derived_in_hangul(word.substr(1));
    }
    std::string text;
    for (english::Pronunciation& p : english::pronounce(word)) {
        if (!p.known && looks_foreign(p.word)) p = english::spelled(p.word);
        text += english::to_hangul(p);
    }
    return text;
}

}  // namespace

std::string english_in_hangul(std::string_view word) {
    // Documents repeat their words: each is derived once a thread (the table is emptied when it
    // reaches a few thousand words, so memory stays bounded whatever the input).
    thread_local std::unordered_map<std::string, std::string> known;
    const std::string key(word);
    if (const auto found = known.find(key); found != known.end()) return found->second;
    if (known.size() >= 4096) known.clear();
    std::string text = derived_in_hangul(word);
    known.emplace(key, text);
    return text;
}

std::string read_english_letters(std::string_view letters, const Lexicon& lexicon, EnglishReading reading) {
    if (const std::string* spoken = lexicon.find(letters)) return *spoken;
    if (const auto place = korean_place_name(letters)) return std::string(*place);
    if (reading == EnglishReading::keep) {
        std::size_t capitals = 0;
        for (char c : letters) capitals += is_upper(c);
        return all_upper(letters) || letters.size() <= 2 || capitals >= 2 ? letter_names(letters) : std::string(letters);
    }
    if (const std::vector<std::string_view> parts = camel_parts(letters); parts.size() > 1) {
        std::string text;
        for (std::string_view part : parts) text += read_english_letters(part, lexicon, reading);
        return text;
    }
    if (all_upper(letters) && letters.size() > 1) {
        if (!said_as_word(letters)) return letter_names(letters);
        return letters.size() <= 3 ? english_in_hangul(letters) : english::to_hangul(english::spelled(letters));  // LAN 랜; NASA 나사
    }
    if (letters.size() == 1 || letters.find_first_of("aeiouyAEIOUY") == std::string_view::npos)
        return letter_names(letters);  // no vowel letter: http 에이치티티피, npm 엔피엠
    const bool capitalized = letters.size() == 2 && is_upper(letters[0]) && (is_vowel_letter(letters[1]) || letters[1] == 'y');
    if (letters.size() == 2 && !capitalized && (!in_dictionary(letters) ||  // up 업, id 아이디; but Py(Torch) 파이
                                !(is_vowel_letter(letters[0]) || is_vowel_letter(letters[1]) || letters[1] == 'y')))
        return letter_names(letters);
    return english_in_hangul(letters);
}

}  // namespace sori
