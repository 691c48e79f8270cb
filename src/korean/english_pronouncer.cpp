#include "korean/english_pronouncer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

#include "korean/english_phones.h"

namespace sori::english {
namespace {

struct LtsNode {
    signed char offset;  // the letter asked about, relative to the one predicted; 0 for a leaf
    char letter;         // its expected value ('#' word edge, '0' beyond)
    int yes, no;         // children; for a leaf `yes` is the output index
};

#include "english_data.inc"

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Every output the trees may give a letter ("" for silence), parsed once.
const std::array<std::vector<std::string>, 26>& allowed_outputs() {
    static const std::array<std::vector<std::string>, 26> table = [] {
        std::array<std::vector<std::string>, 26> out;
        for (int letter = 0; letter < 26; ++letter) {
            const std::string_view all = lts_allowed[letter];
            for (std::size_t at = 0; at < all.size();) {
                const std::size_t next = std::min(all.find('|', at + 1), all.size());
                out[static_cast<std::size_t>(letter)].emplace_back(all.substr(at + 1, next - at - 1));
                at = next;
            }
        }
        return out;
    }();
    return table;
}

bool same_phones(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (base_name(a[i]) != base_name(b[i])) return false;
    return true;
}

// What it costs to let `letter` sound `phones` (zero, one or two phones) in an alignment.
int cost(char letter, std::string_view phones) {
    if (letter < 'a' || letter > 'z') return phones.empty() ? 1 : 4;
    for (const std::string& allowed : allowed_outputs()[static_cast<std::size_t>(letter - 'a')])
        if (same_phones(allowed, phones)) return 0;
    if (phones.empty()) return 2;
    if (phones.size() == 2) return 6;
    const bool vowel_letter = std::string_view("aeiouy").find(letter) != std::string_view::npos;
    return vowel_letter == is_vowel(phones[0]) ? 2 : 3;
}

std::string dictionary_or_inflected(const std::string& word);

// Suffixes the dictionary may lack a word with: the stem's phones and the suffix's.
std::string inflected(const std::string& word) {
    struct Suffix {
        std::string_view letters, phones;  // phone names, space separated
    };
    static constexpr std::array<Suffix, 6> suffixes{{{"ing", "ih0 ng"}, {"er", "er0"}, {"ers", "er0 z"}, {"r", "er0"}, {"s", "z"}, {"ed", "d"}}};
    for (const Suffix& suffix : suffixes) {
        if (word.size() < suffix.letters.size() + 3 || word.compare(word.size() - suffix.letters.size(), std::string::npos, suffix.letters) != 0)
            continue;
        const std::string stem = word.substr(0, word.size() - suffix.letters.size());
        std::vector<std::string> stems{stem, stem + "e"};
        if (stem.size() >= 3 && stem[stem.size() - 1] == stem[stem.size() - 2]) stems.push_back(stem.substr(0, stem.size() - 1));
        for (const std::string& candidate : stems) {
            const std::string phones = dictionary_phones(candidate);
            if (phones.empty()) continue;
            std::string out = phones;
            for (std::size_t at = 0; at < suffix.phones.size();) {
                const std::size_t space = std::min(suffix.phones.find(' ', at), suffix.phones.size());
                out += code_of(suffix.phones.substr(at, space - at));
                at = space + 1;
            }
            return out;
        }
    }
    return {};
}

// A short entry that sounds far more phones than it has letters is an abbreviation (gen for
// general, est): not how the letters are read.
std::string dictionary_or_inflected(const std::string& word) {
    std::string phones = dictionary_phones(word);
    if (word.size() <= 4 && phones.size() > word.size() + 2) return {};
    return phones.empty() ? inflected(word) : phones;
}

// A part of a compound: a known word of three letters or more (or in, on, up) that sounds like
// its letters (abbreviations such as "est" sound more phones than they have letters).
std::string compound_part(const std::string& part) {
    if (part.size() < 3 && part != "in" && part != "on" && part != "up") return {};
    std::string phones = dictionary_or_inflected(part);
    return phones.size() <= part.size() + 1 ? phones : std::string();
}

// Two known words written as one (frontend, webhook, serverless): the cut whose shorter part is
// longest, with one part of four letters or more (Kotlin is not kot + lin); in a name (capital
// first) no part of two letters (Putin is not put + in) and no part that starts with a vowel
// (Philadelphia is not Phil + adelphia). Returns the cut, 0 for none.
std::size_t compound_cut(const std::string& word, bool lower_case) {
    std::size_t best = 0, best_shorter = 0;
    for (std::size_t cut = 2; cut + 2 <= word.size(); ++cut) {
        const std::size_t shorter = std::min(cut, word.size() - cut), longer = word.size() - shorter;
        if (shorter <= best_shorter || longer < 3 || (shorter >= 3 && longer < 4)) continue;
        if (!lower_case && (shorter < 3 || std::string_view("aeiou").find(word[cut]) != std::string_view::npos)) continue;
        if (compound_part(word.substr(0, cut)).empty() || compound_part(word.substr(cut)).empty()) continue;
        best = cut;
        best_shorter = shorter;
    }
    return best;
}

Pronunciation known(const std::string& word, std::string phones) {
    Pronunciation out;
    out.word = word;
    out.phones = std::move(phones);
    out.known = true;
    out.letter_of = align(out.word, out.phones);
    return out;
}

}  // namespace

std::string dictionary_phones(std::string_view word) {
    static const std::string_view text(dictionary_text, sizeof dictionary_text - 1);
    static const std::vector<std::uint32_t> lines = [] {  // where each "word\tCODES\n" line starts
        std::vector<std::uint32_t> starts;
        for (std::size_t at = 0; at < text.size(); at = text.find('\n', at) + 1) starts.push_back(static_cast<std::uint32_t>(at));
        return starts;
    }();
    const auto word_at = [&](std::uint32_t start) { return text.substr(start, text.find('\t', start) - start); };
    const auto it = std::lower_bound(lines.begin(), lines.end(), word, [&](std::uint32_t start, std::string_view w) { return word_at(start) < w; });
    if (it == lines.end() || word_at(*it) != word) return {};
    const std::size_t tab = text.find('\t', *it);
    return std::string(text.substr(tab + 1, text.find('\n', tab) - tab - 1));
}

Pronunciation predicted(std::string_view word) {
    Pronunciation out;
    out.word = lower(word);
    const std::string& w = out.word;
    const auto context = [&](long at) -> char {
        if (at == -1 || at == static_cast<long>(w.size())) return '#';
        return at < 0 || at > static_cast<long>(w.size()) ? '0' : w[static_cast<std::size_t>(at)];
    };
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i] < 'a' || w[i] > 'z' || lts_roots[w[i] - 'a'] < 0) continue;
        int node = lts_roots[w[i] - 'a'];
        while (lts_nodes[node].offset != 0)
            node = context(static_cast<long>(i) + lts_nodes[node].offset) == lts_nodes[node].letter ? lts_nodes[node].yes : lts_nodes[node].no;
        for (const char* code = lts_outputs[lts_nodes[node].yes]; *code; ++code) {
            out.phones += *code;
            out.letter_of.push_back(static_cast<int>(i));
        }
    }
    return out;
}

std::vector<int> align(std::string_view word, std::string_view phones) {
    const std::size_t n = word.size(), m = phones.size();
    constexpr int unreachable = std::numeric_limits<int>::max() / 2;
    // best[i][j]: cheapest way for the first i letters to sound the first j phones; step: 0 a
    // letter silent, 1 or 2 a letter sounding that many phones, 3 a phone with no letter.
    std::vector<std::vector<int>> best(n + 1, std::vector<int>(m + 1, unreachable)), step(n + 1, std::vector<int>(m + 1, -1));
    best[0][0] = 0;
    for (std::size_t i = 0; i <= n; ++i)
        for (std::size_t j = 0; j <= m; ++j) {
            const auto relax = [&](std::size_t ni, std::size_t nj, int c, int kind) {
                if (best[i][j] + c < best[ni][nj]) best[ni][nj] = best[i][j] + c, step[ni][nj] = kind;
            };
            if (best[i][j] >= unreachable) continue;
            if (i < n) relax(i + 1, j, cost(word[i], {}), 0);
            if (i < n && j < m) relax(i + 1, j + 1, cost(word[i], phones.substr(j, 1)), 1);
            if (i < n && j + 1 < m) relax(i + 1, j + 2, cost(word[i], phones.substr(j, 2)), 2);
            if (j < m) relax(i, j + 1, 5, 3);
        }
    std::vector<int> letter_of(m, -1);
    for (std::size_t i = n, j = m; i > 0 || j > 0;) {
        const int kind = step[i][j];
        if (kind == 3) {
            --j;
            continue;
        }
        --i;
        for (int k = 0; k < kind; ++k) letter_of[--j] = static_cast<int>(i);
    }
    return letter_of;
}

Pronunciation spelled(std::string_view word) {
    Pronunciation out;
    out.word = lower(word);
    out.by_letters = true;
    const std::string& w = out.word;
    const auto emit = [&](std::string_view names, std::size_t letter) {
        for (std::size_t at = 0; at < names.size();) {
            const std::size_t space = std::min(names.find(' ', at), names.size());
            out.phones += code_of(names.substr(at, space - at));
            out.letter_of.push_back(static_cast<int>(letter));
            at = space + 1;
        }
    };
    const auto vowel_letter = [&](std::size_t i) { return i < w.size() && std::string_view("aeiouy").find(w[i]) != std::string_view::npos; };
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char c = w[i], next = i + 1 < w.size() ? w[i + 1] : '#';
        if (i > 0 && (c == w[i - 1] || (c == 'k' && w[i - 1] == 'c')) && !vowel_letter(i)) continue;  // ck, double consonants: once
        switch (c) {
        case 'a': emit("aa1", i); break;
        case 'e': emit(i + 1 == w.size() && i > 0 && !vowel_letter(i - 1) && w.size() > 3 ? "" : "eh1", i); break;
        case 'i': emit("iy1", i); break;
        case 'o': emit("ao1", i); break;
        case 'u': emit(i == 0 && next == 'n' && (w.size() > 2 && (w[2] == 'i' || w[2] == 'e')) ? "y uw1" : "uw1", i); break;  // UNESCO, Uber
        case 'y': emit(vowel_letter(i + 1) ? "y" : "iy1", i); break;
        case 'c': emit(next == 'e' || next == 'i' ? "s" : next == 'h' ? "ch" : "k", i); i += next == 'h'; break;
        case 'g': emit(next == 'e' || next == 'i' ? "jh" : "g", i); break;
        case 'j': emit("jh", i); break;
        case 'q': emit("k", i); i += next == 'u'; break;
        case 'x': emit("k s", i); break;
        case 'p': emit(next == 'h' ? "f" : "p", i); i += next == 'h'; break;
        case 's': emit(next == 'h' ? "sh" : "s", i); i += next == 'h'; break;
        case 't': emit(next == 'h' ? "t" : "t", i); i += next == 'h'; break;
        case 'h': if (i == 0 || vowel_letter(i + 1)) emit("hh", i); break;
        case 'w': emit("w", i); break;
        default:
            if (c >= 'a' && c <= 'z') emit(std::string(1, c), i);
        }
    }
    return out;
}

std::vector<Pronunciation> pronounce(std::string_view word) {
    const std::string w = lower(word);
    constexpr std::size_t longest_known = 40;  // the alignment is quadratic: only for words of real length
    if (w.size() > longest_known) return {predicted(w)};
    const std::size_t cut = compound_cut(w, w == word);
    const auto parts = [&] {  // 제10항: each part as it is written alone
        const std::string head = w.substr(0, cut), tail = w.substr(cut);
        return std::vector<Pronunciation>{known(head, compound_part(head)), known(tail, compound_part(tail))};
    };
    if (std::string phones = dictionary_or_inflected(w); !phones.empty()) {
        // A dictionary word that sounds exactly like two words it is made of is a compound too
        // (pipeline 파이프라인, dashboard 대시보드).
        if (cut >= 4 && w.size() - cut >= 4 && same_phones(phones, compound_part(w.substr(0, cut)) + compound_part(w.substr(cut)))) return parts();
        return {known(w, phones)};
    }
    if (w.size() > 5 && w.compare(0, 2, "re") == 0)  // refactor, rebase: re- + a known word
        if (std::string rest = dictionary_or_inflected(w.substr(2)); !rest.empty())
            return {known(w, std::string{code_of("r"), code_of("iy0")} + rest)};
    if (cut) return parts();
    return {predicted(w)};
}

}  // namespace sori::english
