// The census of what would reach eSpeak NG that is not Hangul or pause punctuation
// (bench/metrics/census_metric.h), over every text of the gold data: the whole pipeline (reading,
// structure, sentences, normalization, pronunciation) on each article and each sentence-split
// document, and on each case of the normalization, pronunciation and transliteration sets.
// Prints the count by character class with examples, then by source.
// Usage: sori_census [--english keep] [--examples N] [--list N] [DATA_FOLDER [EXTRA_ARTICLE...]]
//        (default ../shared/data; extra articles such as input/meta-ai-strategy.txt are added)
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "base/error.h"
#include "metrics/census_metric.h"
#include "render/renderer.h"
#include "speech/script.h"
#include "text/structure.h"

namespace {

void count(sori::Census& census, const sori::CensusText& text, const sori::NormalizeOptions& options) {
    const sori::Script script = text.file.empty() ? sori::build_script(sori::parse_document(text.text, {"case"}), options)
                                                  : sori::script_for(text.file, options);
    for (const sori::ScriptItem& item : script.items) sori::count_leftovers(census, text.source, item.pronounced);
}

}  // namespace

int main(int argc, char** argv) {
    std::string folder = "../shared/data";
    std::vector<std::string> extra;
    sori::Census census;
    sori::NormalizeOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--english" && i + 1 < argc) options.english = std::string(argv[++i]) == "keep" ? sori::EnglishReading::keep : sori::EnglishReading::hangul;
        else if (arg == "--list" && i + 1 < argc) census.list = static_cast<std::size_t>(std::atoi(argv[++i]));
        else if (arg == "--examples" && i + 1 < argc) census.examples = static_cast<std::size_t>(std::atoi(argv[++i]));
        else if (std::filesystem::is_directory(arg)) folder = arg;
        else extra.push_back(arg);
    }
    try {
        std::vector<sori::CensusText> texts = sori::census_texts(folder);
        for (const std::string& file : extra) texts.push_back({file, file, {}});
        for (const sori::CensusText& text : texts) {
            try {
                count(census, text, options);
            } catch (const sori::Error& e) {  // a case with nothing to read (only symbols) is still counted
                ++census.items;
            }
        }
    } catch (const sori::Error& e) {
        std::cerr << "sori_census: " << e.what() << '\n';
        return 1;
    }
    std::size_t characters = 0;
    for (const auto& [name, c] : census.classes) characters += c.characters;
    std::printf("%zu of %zu items hand eSpeak something other than Hangul and pause punctuation (%zu characters)\n",
                census.items_with_leftovers, census.items, characters);
    for (const auto& [name, c] : census.classes) {
        std::printf("  %-34s %6zu  ", name.c_str(), c.characters);
        for (const std::string& example : c.examples) std::printf(" «%s»", example.c_str());
        std::printf("\n");
    }
    for (const auto& [source, n] : census.sources) std::printf("  %-50s %5zu items\n", source.c_str(), n);
    for (const std::string& line : census.listed) std::printf("%s\n", line.c_str());
    return 0;
}
