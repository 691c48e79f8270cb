#include "metrics/structure_metric.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "base/utf8.h"
#include "korean/sentence_splitter.h"

namespace sori {
namespace {

std::string fold_spaces(const std::string& text) {
    std::string out;
    for (char c : utf8::trim(text)) {
        const char d = c == '\t' ? ' ' : c;
        if (d == ' ' && !out.empty() && out.back() == ' ') continue;
        out += d;
    }
    return out;
}

// Pairs equal titles, each used once; counts the pairs.
ListScore match(const std::vector<std::string>& found, const std::vector<std::string>& expected, std::vector<std::string>* wrong) {
    ListScore score{0, found.size(), expected.size()};
    std::vector<bool> used(expected.size(), false);
    for (const std::string& f : found) {
        bool hit = false;
        for (std::size_t e = 0; e < expected.size() && !hit; ++e)
            if (!used[e] && fold_spaces(expected[e]) == fold_spaces(f)) used[e] = hit = true;
        score.matched += hit;
        if (!hit && wrong) wrong->push_back("+ " + f);
    }
    for (std::size_t e = 0; e < expected.size(); ++e)
        if (!used[e] && wrong) wrong->push_back("- " + expected[e]);
    return score;
}

}  // namespace

StructureGold read_structure_gold(const std::filesystem::path& file) {
    std::ifstream in(file);
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("chapters"))
        throw Error(ExitCode::input, file.string() + ": not a structure gold file (JSON with title, chapters, subheadings)");
    StructureGold gold;
    if (doc.contains("title") && doc["title"].is_string()) gold.title = doc["title"].get<std::string>();
    gold.chapters = doc["chapters"].get<std::vector<std::string>>();
    if (doc.contains("subheadings")) gold.subheadings = doc["subheadings"].get<std::vector<std::string>>();
    if (doc.contains("sentences_approx")) gold.sentences = doc["sentences_approx"].get<std::size_t>();
    return gold;
}

StructureScore score_structure(const Document& document, const StructureGold& gold, const std::string& fallback_title) {
    StructureScore score;
    std::vector<std::string> chapters, subheadings;
    for (const Section& section : document.sections) {
        if (section.level >= 1 && section.level <= 2) chapters.push_back(section.title);
        else if (section.level > 2) subheadings.push_back(section.title);
        for (const Paragraph& paragraph : section.paragraphs) {
            if (paragraph.kind == ParagraphKind::table || paragraph.kind == ParagraphKind::code) continue;  // not read aloud
            for (const std::string& unit : paragraph.units) score.sentences += split_sentences(unit).size();
        }
    }
    score.title_right = fold_spaces(document.title) == fold_spaces(gold.title.value_or(fallback_title));
    score.chapters = match(chapters, gold.chapters, &score.wrong);
    score.subheadings = match(subheadings, gold.subheadings, nullptr);
    score.chapters_exact = chapters.size() == gold.chapters.size() && score.chapters.matched == chapters.size();
    for (std::size_t i = 0; score.chapters_exact && i < chapters.size(); ++i)
        score.chapters_exact = fold_spaces(chapters[i]) == fold_spaces(gold.chapters[i]);
    return score;
}

}  // namespace sori
