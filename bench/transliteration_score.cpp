// Scores sori's reading of English words (the normalizer: lexicons, acronyms, the English reader)
// on a transliteration set with the project's metric (bench/metrics/transliteration_metric.h), per
// category: exact match with the accepted spellings, jamo CER, outputs still holding Latin letters.
// --rules-only leaves the shipped lexicon out (what the dictionary and the rules alone give);
// --misses lists the misses; --word WORD shows how one word is read (phones, parts, Hangul).
// Usage: sori_transliteration_score [--rules-only] [--misses] [--word WORD] [FILE.tsv]
//        (default ../shared/data/transliteration/dev.tsv)
#include <cstdio>
#include <iostream>

#include "base/error.h"
#include "korean/english_phones.h"
#include "korean/english_pronouncer.h"
#include "korean/latin_reader.h"
#include "korean/text_normalizer.h"
#include "metrics/transliteration_metric.h"

int main(int argc, char** argv) {
    bool misses = false, rules_only = false;
    std::string file = "../shared/data/transliteration/dev.tsv";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--misses") misses = true;
        else if (arg == "--rules-only") rules_only = true;
        else if (arg == "--word" && i + 1 < argc) {  // how one word is read: its phones, part by part, and the Hangul
            for (const auto& part : sori::english::pronounce(argv[++i])) {
                std::printf("%s%s:", part.word.c_str(), part.known ? "" : " (predicted)");
                for (char code : part.phones) std::printf(" %s", std::string(sori::english::phone_names[sori::english::index_of_code(code)]).c_str());
                std::printf("\n");
            }
            std::printf("%s\n", sori::english_in_hangul(argv[i]).c_str());
            return 0;
        }
        else file = arg;
    }
    try {
        const sori::Lexicon empty;
        sori::NormalizeOptions options;
        options.pronunciation = false;  // the spelling a narrator reads, before 표준 발음법
        if (rules_only) options.lexicon = &empty;
        const auto scores = sori::score_transliteration(sori::read_transliteration_cases(file),
                                                        [&](const std::string& english) { return sori::normalize_text(english, options); });
        std::printf("%-22s %5s %8s %6s %7s\n", "category", "cases", "exact", "CER", "Latin");
        for (const auto& [category, s] : scores)
            std::printf("%-22s %5zu %7.1f%% %6.3f %7zu\n", category.c_str(), s.total, 100 * s.exact(), s.cer(), s.with_latin);
        if (misses)
            for (const auto& [category, s] : scores)
                for (const std::string& miss : s.misses) std::printf("%s\t%s\n", category.c_str(), miss.c_str());
    } catch (const sori::Error& e) {
        std::cerr << "sori_transliteration_score: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
