#include <algorithm>
#include <fstream>
#include <vector>

#include "base/data_folders.h"
#include "base/error.h"
#include "base/utf8.h"
#include "korean/hangul_jamo.h"
#include "korean/pronunciation.h"

namespace sori {
namespace {

std::u32string syllables_of(const std::string& text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, i, len);
        if (!jamo::is_syllable(cp)) return {};
        out += cp;
        i += len;
    }
    return out;
}

}  // namespace

void PronunciationLexicon::add(const std::string& spelling, const std::string& respelling) {
    const std::u32string from = syllables_of(spelling), to = syllables_of(respelling);
    if (from.empty() || to.empty())
        throw Error(ExitCode::usage, "`" + spelling + "` → `" + respelling + "`: a pronunciation entry is Hangul syllables only on both sides");
    if (from.size() != to.size())
        throw Error(ExitCode::usage, "`" + spelling + "` → `" + respelling + "`: a pronunciation must have as many syllables as the spelling");
    entries_[from] = to;
    longest_ = std::max(longest_, from.size());
    starts_.resize(11172);
    starts_[from[0] - 0xAC00] = true;
}

void PronunciationLexicon::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ExitCode::usage, file.string() + ": cannot read the pronunciation lexicon");
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (utf8::trim(line).empty() || line[0] == '#') continue;
        const std::size_t tab = line.find('\t');
        const std::string where = file.string() + ":" + std::to_string(number) + ": ";
        if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos)
            throw Error(ExitCode::usage, where + "expected `spelling<TAB>pronunciation` (one tab); fix or remove the line");
        try {
            add(line.substr(0, tab), line.substr(tab + 1));
        } catch (const Error& e) {
            throw Error(ExitCode::usage, where + e.what());
        }
    }
}

std::size_t PronunciationLexicon::match(std::u32string_view word, std::u32string& respelling) const {
    if (word.empty() || starts_.empty() || !jamo::is_syllable(word[0]) || !starts_[word[0] - 0xAC00]) return 0;
    for (std::size_t n = std::min(longest_, word.size()); n >= 1; --n) {
        const auto it = entries_.find(std::u32string(word.substr(0, n)));
        if (it != entries_.end()) {
            respelling = it->second;
            return n;
        }
    }
    return 0;
}

const PronunciationLexicon& default_pronunciation_lexicon() {
    static const PronunciationLexicon lexicon = [] {
        PronunciationLexicon loaded;
        const std::vector<VoicesFolder> folders = voices_folders();
        std::vector<std::filesystem::path> seen;
        for (auto folder = folders.rbegin(); folder != folders.rend(); ++folder) {  // the first searched wins
            std::error_code ec;
            const std::filesystem::path file = std::filesystem::canonical(folder->path / "pronunciation.tsv", ec);
            if (ec || std::find(seen.begin(), seen.end(), file) != seen.end()) continue;
            loaded.load(file);
            seen.push_back(file);
        }
        return loaded;
    }();
    return lexicon;
}

}  // namespace sori
