#pragma once
// The Korean front end: a line of text as sori will speak it. Numbers are read in context
// (number_expressions.h), Latin words and letters in Hangul (latin_reader.h), e-mail addresses,
// web addresses and file names by their parts, symbols (%, &, @, ~) in words, Hanja in Hangul
// (hanja_reader.h). `sori normalize`
// prints it; the renderer speaks exactly this. Thread-safe (no state).
#include <string>
#include <string_view>

#include "korean/latin_reader.h"

namespace sori {

struct NormalizeOptions {
    const Lexicon* lexicon = nullptr;  // nullptr: the shipped voices/lexicon.tsv
    bool skip_glosses = false;         // drop "(Mark Zukerberg)" after the Hangul it repeats
    bool pronunciation = true;         // eSpeak receives the 표준 발음법 form (pronunciation.h), not the spelling
    EnglishReading english = EnglishReading::hangul;  // English words in Hangul, or kept for eSpeak's English voice
    bool read_tables = false;          // --read-tables: table rows are spoken ("이름, 값"); else only shown (the script's choice)
};

std::string normalize_text(std::string_view line, const NormalizeOptions& options = {});

}  // namespace sori
