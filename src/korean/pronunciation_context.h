#pragma once
// The words the pronunciation rules work on (pronunciation.cpp): every Hangul syllable as jamo
// with its place in its word, the lexicon's respellings already applied, and what the rules ask
// of the words around a junction (is this ㄹ an adnominal ending? does a content word start
// here?). Internal to the korean stage.
#include <string>
#include <string_view>
#include <vector>

#include "korean/hangul_jamo.h"
#include "korean/pronunciation.h"

namespace sori {

struct Cell {
    jamo::Syllable s;                // as it is being pronounced
    char32_t written = 0;            // the syllable as spelled (after the lexicon's respelling)
    std::size_t word = 0;            // index into Words::words
    std::size_t position = 0;        // within its word
    bool next_in_word = false;       // the next cell is the next syllable of the same word
    bool next_across_space = false;  // the next cell starts the next word, one space between
};

struct Words {
    std::vector<Cell> cells;
    std::vector<std::u32string> words;      // spellings, respelled
    std::vector<std::size_t> first_cell;    // of each word
};

Words read_words(std::string_view text, const PronounceOptions& options);
// The text with every Hangul syllable replaced by its cell, in order.
std::string write_words(std::string_view text, const Words& words);

// The rest of a cell's word from that cell on (`습니다` for the 습 of 있습니다).
std::u32string_view rest_of_word(const Words& w, std::size_t cell);

bool is_balb(const Cell& c);                              // 밟: ㄼ sounds ㅂ
bool starts_content_word(const Words& w, std::size_t cell);  // 15항 inside a word: 맛|없다, 겉|옷
bool takes_n_insertion(const Words& w, std::size_t cell);    // 29항 across the space after `cell`
bool inserts_n_within(const Words& w, std::size_t cell);     // 29항 before `cell`: 내복|약, 꽃|잎, 스물|여섯
bool sino_suffix_tenses(const Words& w, std::size_t cell);   // 가능|성 [썽], 인|권 [꿘], 영수|증 [쯩]
int letter_name_final(const Words& w, std::size_t cell);     // 16항: the initial a letter name's final links as, or -1
bool causative_gi(const Words& w, std::size_t cell);         // the suffix -기- of 안기다, 옮기다 (24항 다만)
bool takes_sino_n(const Words& w, std::size_t cell);         // ㄴ+ㄹ → ㄴㄴ: 생산|량, 의견|란
bool tenses_after_rieul(const Words& w, std::size_t cell);   // 26–27항 after this cell's ㄹ
bool tenses_after_m_stem(const Words& w, std::size_t cell);  // 24항 after a one-syllable ㅁ stem

}  // namespace sori
