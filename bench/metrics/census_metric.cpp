#include "metrics/census_metric.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "base/utf8.h"

namespace sori {
namespace {

bool in(char32_t cp, char32_t first, char32_t last) { return cp >= first && cp <= last; }

std::string lines_of(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream all;
    all << in.rdbuf();
    return all.str();
}

// The given column (0-based) of each TAB-separated line, # lines skipped.
void add_column(std::vector<CensusText>& texts, const std::filesystem::path& file, const std::string& source, std::size_t column) {
    std::istringstream in(lines_of(file));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::size_t from = 0;
        for (std::size_t c = 0; c < column && from != std::string::npos; ++c) {
            from = line.find('\t', from);
            if (from != std::string::npos) ++from;
        }
        if (from == std::string::npos) continue;
        const std::size_t to = line.find('\t', from);
        texts.push_back({source, {}, line.substr(from, to == std::string::npos ? std::string::npos : to - from)});
    }
}

// Documents of a sentence-split file: gold lines joined with nothing, a blank line between documents.
void add_documents(std::vector<CensusText>& texts, const std::filesystem::path& file, const std::string& source) {
    std::istringstream in(lines_of(file));
    std::string line, document;
    while (std::getline(in, line)) {
        if (line.empty()) {
            if (!document.empty()) texts.push_back({source, {}, document});
            document.clear();
            continue;
        }
        document += line;
    }
    if (!document.empty()) texts.push_back({source, {}, document});
}

std::vector<std::filesystem::path> files_in(const std::filesystem::path& folder, const std::vector<std::string>& extensions) {
    std::vector<std::filesystem::path> files;
    if (!std::filesystem::is_directory(folder)) return files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (std::find(extensions.begin(), extensions.end(), entry.path().extension().string()) != extensions.end() &&
            entry.path().filename().string().find("LICENSE") == std::string::npos && entry.path().filename() != "README.md" &&
            entry.path().filename().string().find(".sources.") == std::string::npos)
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

bool passes_to_espeak(char32_t cp) {
    if (in(cp, 0xAC00, 0xD7A3)) return true;
    if (cp == ' ' || cp == '\t' || cp == '\n') return true;
    static constexpr std::u32string_view pauses = U".,!?;:…·'\"‘’“”()[]{}<>「」『』《》〈〉-–—";
    return pauses.find(cp) != std::u32string_view::npos;
}

std::string character_class(char32_t cp) {
    if (in(cp, '0', '9')) return "digit";
    if (in(cp, 'A', 'Z') || in(cp, 'a', 'z')) return "Latin letter";
    if (cp < 0x80) return "ASCII symbol";
    if (in(cp, 0x80, 0x24F)) return "Latin-1 and Latin extended";
    if (in(cp, 0x370, 0x3FF)) return "Greek";
    if (in(cp, 0x400, 0x52F)) return "Cyrillic";
    if (in(cp, 0x300, 0x36F) || in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x20D0, 0x20FF)) return "combining mark";
    if (in(cp, 0x1100, 0x11FF) || in(cp, 0x3130, 0x318F) || in(cp, 0xA960, 0xA97F) || in(cp, 0xD7B0, 0xD7FF)) return "Hangul jamo";
    if (in(cp, 0x2000, 0x206F)) return "general punctuation";
    if (in(cp, 0x2070, 0x209F)) return "superscript and subscript";
    if (in(cp, 0x20A0, 0x20CF)) return "currency sign";
    if (in(cp, 0x2100, 0x218F)) return "letterlike and number form";
    if (in(cp, 0x2190, 0x21FF) || in(cp, 0x27F0, 0x27FF) || in(cp, 0x2900, 0x297F) || in(cp, 0x2B00, 0x2BFF)) return "arrow";
    if (in(cp, 0x2200, 0x22FF) || in(cp, 0x27C0, 0x27EF) || in(cp, 0x2980, 0x2AFF)) return "math operator";
    if (in(cp, 0x2300, 0x23FF)) return "technical symbol";
    if (in(cp, 0x2460, 0x24FF) || in(cp, 0x3200, 0x32FF) || in(cp, 0x1F100, 0x1F1FF)) return "enclosed alphanumeric";
    if (in(cp, 0x2500, 0x25FF)) return "box drawing and geometric shape";
    if (in(cp, 0x2600, 0x27BF) || in(cp, 0x1F300, 0x1FAFF) || cp == 0xFE0F || cp == 0x200D) return "emoji and pictograph";
    if (in(cp, 0x3000, 0x303F)) return "CJK punctuation";
    if (in(cp, 0x3040, 0x30FF) || in(cp, 0x31F0, 0x31FF) || in(cp, 0xFF66, 0xFF9F)) return "kana";
    if (in(cp, 0x3300, 0x33FF)) return "CJK compatibility (units)";
    if (in(cp, 0x3400, 0x4DBF) || in(cp, 0x4E00, 0x9FFF) || in(cp, 0xF900, 0xFAFF) || in(cp, 0x20000, 0x3FFFF)) return "Hanja";
    if (in(cp, 0xFF00, 0xFFEF)) return "fullwidth and halfwidth form";
    return "other";
}

void count_leftovers(Census& census, const std::string& source, const std::string& pronounced) {
    ++census.items;
    bool any = false;
    for (std::size_t pos = 0; pos < pronounced.size();) {
        std::size_t length = 0;
        const char32_t cp = utf8::decode(pronounced, pos, length);
        if (!passes_to_espeak(cp)) {
            any = true;
            CensusClass& c = census.classes[character_class(cp)];
            ++c.characters;
            if (c.examples.size() < census.examples) {
                std::size_t from = pronounced.rfind(' ', pos);
                from = from == std::string::npos ? 0 : from + 1;
                std::size_t to = pronounced.find(' ', pos + length);
                if (to == std::string::npos) to = pronounced.size();
                std::size_t end = std::min(to, from + 60);
                while (end > from && end < pronounced.size() && (static_cast<unsigned char>(pronounced[end]) & 0xC0) == 0x80) --end;
                c.examples.insert(pronounced.substr(from, end - from));
            }
        }
        pos += length;
    }
    if (any) {
        if (census.listed.size() < census.list) census.listed.push_back(source + "\t" + pronounced);
        ++census.items_with_leftovers;
        ++census.sources[source];
    }
}

std::vector<CensusText> census_texts(const std::filesystem::path& data_folder, const std::filesystem::path& articles) {
    std::vector<CensusText> texts;
    for (const auto& file : files_in(articles.empty() ? data_folder / "articles" : articles, {".md", ".txt"}))
        if (std::isdigit(static_cast<unsigned char>(file.filename().string()[0])))  // NN_name: not SOURCES.md
            texts.push_back({"articles/" + file.filename().string(), file, {}});
    for (const auto& file : files_in(data_folder / "sentence-split", {".txt"}))
        add_documents(texts, file, "sentence-split/" + file.filename().string());
    for (const auto& file : files_in(data_folder / "normalization", {".tsv"}))
        add_column(texts, file, "normalization/" + file.filename().string(), 1);
    for (const auto& file : files_in(data_folder / "pronunciation", {".tsv"}))
        add_column(texts, file, "pronunciation/" + file.filename().string(), 1);
    for (const auto& file : files_in(data_folder / "transliteration", {".tsv"}))
        add_column(texts, file, "transliteration/" + file.filename().string(), 1);
    if (texts.empty())
        throw Error(ExitCode::input, data_folder.string() + ": no articles/, sentence-split/, normalization/, pronunciation/ or transliteration/ data here");
    return texts;
}

}  // namespace sori
