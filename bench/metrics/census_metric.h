#pragma once
// The census of what would reach eSpeak NG that its Korean voice cannot read: every character of
// a text handed to eSpeak (ScriptItem::pronounced) that is neither a Hangul syllable, nor white
// space, nor punctuation the `ko` voice takes as a pause or as nothing. Checked against
// `espeak-ng -v ko -x` here: `/ + ~ * # & % @ \ =` are read aloud in English, digits and Latin
// letters switch voices, and symbols such as → ※ ■ are skipped silently — all of them count.
// The grouping is by character class, with a few examples (the word around the character).
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace sori {

// Hangul syllables, white space, and . , ! ? ; : … · ' " ‘ ’ “ ” ( ) [ ] { } < > 「 」 『 』 《 》
// 〈 〉 - – — : what eSpeak's ko voice reads as a pause or as silence without a word.
bool passes_to_espeak(char32_t cp);

// A name for the kind of character: "Latin letter", "digit", "ASCII symbol", "Hanja", "kana", …
std::string character_class(char32_t cp);

struct CensusClass {
    std::size_t characters = 0;         // occurrences
    std::set<std::string> examples;     // the words they occurred in (at most `Census::examples`)
};

struct Census {
    std::size_t examples = 6;                     // kept per class
    std::size_t items = 0;                        // texts counted
    std::size_t items_with_leftovers = 0;         // texts with at least one character counted
    std::map<std::string, CensusClass> classes;   // by character_class
    std::map<std::string, std::size_t> sources;   // items with leftovers, by where they came from
    std::size_t list = 0;                         // how many items with leftovers to keep whole
    std::vector<std::string> listed;              // "source<TAB>pronounced" of the first `list` of them
};

// Counts the characters of `pronounced` that do not pass; `source` says where it came from.
void count_leftovers(Census& census, const std::string& source, const std::string& pronounced);

// A text of a gold-data folder: a whole document (a file of articles/, a document of
// sentence-split/) or a single case (the written side of normalization/, the spelling of
// pronunciation/, the English word of transliteration/).
struct CensusText {
    std::string source;               // "articles/01_vue….md", "normalization/nemo-dev.tsv", …
    std::filesystem::path file;       // the file to read as an article; empty for text in memory
    std::string text;                 // the text itself when `file` is empty
};

// Every text of the folder (../shared/data or a copy with the same layout), in a fixed order;
// the articles from `articles` when given (tests/data keeps them in real-articles/).
// Throws Error(input) when the folder has none of the expected sub-folders.
std::vector<CensusText> census_texts(const std::filesystem::path& data_folder, const std::filesystem::path& articles = {});

}  // namespace sori
