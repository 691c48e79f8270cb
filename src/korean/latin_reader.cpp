#include "korean/latin_reader.h"

#include <algorithm>
#include <array>
#include <fstream>

#include "base/data_folders.h"
#include "base/error.h"
#include "korean/english_reader.h"
#include "korean/korean_numbers.h"

namespace sori {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

void Lexicon::add(std::string written, std::string spoken) {
    folded_[lower(written)] = spoken;
    exact_[std::move(written)] = std::move(spoken);
}

void Lexicon::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ExitCode::usage, file.string() + ": cannot read the lexicon; check the path given to --lexicon");
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        const std::size_t tab = line.find('\t');
        const std::size_t second = tab == std::string::npos ? tab : line.find('\t', tab + 1);
        const std::string where = file.string() + ":" + std::to_string(number) + ": ";
        if (tab == std::string::npos || tab == 0 || tab + 1 == line.size() || second == tab + 1 ||
            (second != std::string::npos && (second + 1 == line.size() || line.find('\t', second + 1) != std::string::npos)))
            throw Error(ExitCode::usage, where + "expected `written<TAB>spoken` or `written<TAB>spoken<TAB>pronounced`; fix or remove the line");
        const std::string spoken = line.substr(tab + 1, second == std::string::npos ? std::string::npos : second - tab - 1);
        add(line.substr(0, tab), spoken);
        if (second != std::string::npos) {
            try {
                pronunciations_.add(spoken, line.substr(second + 1));
            } catch (const Error& e) {
                throw Error(ExitCode::usage, where + e.what());
            }
        }
    }
}

const std::string* Lexicon::find(std::string_view word) const {
    if (const auto it = exact_.find(std::string(word)); it != exact_.end()) return &it->second;
    if (const auto it = folded_.find(lower(word)); it != folded_.end()) return &it->second;
    return nullptr;
}

const Lexicon& default_lexicon() {
    static const Lexicon lexicon = [] {
        Lexicon loaded;
        // Every voices folder's lexicon.tsv, the first searched loaded last so that its entries win.
        const std::vector<VoicesFolder> folders = voices_folders();
        std::vector<std::filesystem::path> loaded_files;
        for (auto folder = folders.rbegin(); folder != folders.rend(); ++folder) {
            std::error_code ec;
            const std::filesystem::path file = std::filesystem::canonical(folder->path / "lexicon.tsv", ec);
            if (ec || std::find(loaded_files.begin(), loaded_files.end(), file) != loaded_files.end()) continue;
            loaded.load(file);
            loaded_files.push_back(file);
        }
        return loaded;
    }();
    return lexicon;
}

std::string letter_names(std::string_view letters) {
    static constexpr std::array<const char*, 26> names{"에이", "비",   "씨",   "디", "이",   "에프",   "지", "에이치", "아이",
                                                       "제이", "케이", "엘",   "엠", "엔",   "오",     "피", "큐",     "알",
                                                       "에스", "티",   "유",   "브이", "더블유", "엑스", "와이", "지"};
    std::string text;
    for (char c : letters) {
        if (c >= 'a' && c <= 'z') text += names[c - 'a'];
        else if (c >= 'A' && c <= 'Z') text += names[c - 'A'];
    }
    return text;
}

std::string read_latin_token(std::string_view token, const Lexicon& lexicon, EnglishReading reading) {
    if (const std::string* spoken = lexicon.find(token)) return *spoken;
    std::string text;
    std::size_t at = 0;
    while (at < token.size()) {
        std::size_t end = at;
        if (is_latin_letter(token[at])) {
            while (end < token.size() && is_latin_letter(token[end])) ++end;
            text += read_english_letters(token.substr(at, end - at), lexicon, reading);
        } else if (is_digit(token[at])) {
            while (end < token.size() && is_digit(token[end])) ++end;
            text += sino_number(token.substr(at, end - at));
        } else {
            end = at + 1;  // a hyphen or dot inside the token: a short break
            if (!text.empty() && text.back() != ' ') text += ' ';
        }
        at = end;
    }
    return text;
}

}  // namespace sori
