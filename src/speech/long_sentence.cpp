#include "speech/long_sentence.h"

#include <algorithm>
#include <array>

#include "base/utf8.h"
#include "korean/sentence_splitter.h"
#include "speech/speech_text.h"

namespace sori {
namespace {

// Where to cut, best first: after a comma, after a connective ending, at any space.
std::size_t cut_point(const std::string& s) {
    static constexpr std::array<std::string_view, 9> connectives{"고 ", "며 ", "서 ", "지만 ", "는데 ", "면 ", "니 ", "나 ", "게 "};
    const std::size_t middle = s.size() / 2;
    for (int rule = 0; rule < 3; ++rule) {
        std::size_t best = std::string::npos;
        for (std::size_t i = s.find(' '); i != std::string::npos; i = s.find(' ', i + 1)) {
            bool fits = rule == 2;
            if (rule == 0) fits = i > 0 && s[i - 1] == ',';
            if (rule == 1 && i >= 3 && static_cast<unsigned char>(s[i - 3]) >= 0xEA)  // a Hangul syllable before the space
                for (std::string_view c : connectives)
                    fits |= i + 1 >= c.size() && s.compare(i + 1 - c.size(), c.size(), c) == 0;
            // Not between the parts of a date or number (2024. 1. 19.).
            if (fits && i > 1 && s[i - 1] == '.' && s[i - 2] >= '0' && s[i - 2] <= '9') fits = false;
            if (fits && (best == std::string::npos || (i > middle ? i - middle : middle - i) < (best > middle ? best - middle : middle - best)))
                best = i;
        }
        // A cut must leave a real piece on both sides.
        if (best != std::string::npos && best > s.size() / 5 && best < s.size() - s.size() / 5) return best;
    }
    return std::string::npos;
}

void split_into(const std::string& piece, const NormalizeOptions& normalize, std::vector<SpokenPiece>& out, int depth);

// Where to end a chunk of at most `most` bytes of `piece` from `from`: the best cut point of that
// window, else its last space, else a character boundary (a text with no space at all).
std::size_t chunk_end(std::string_view piece, std::size_t from, std::size_t most) {
    const std::string window(piece.substr(from, std::min(most, piece.size() - from)));
    std::size_t at = cut_point(window);
    if (at == std::string::npos) at = window.rfind(' ');
    if (at == std::string::npos || at == 0) {
        at = window.size();
        while (at > 1 && (static_cast<unsigned char>(window[at]) & 0xC0) == 0x80) --at;
    }
    return from + at;
}

// A piece whose reading is many times the limit (a line of numbers reads four times longer than
// it is written) is cut at once into about as many chunks as the limit goes into its reading, so
// that each byte is normalized about twice, not once per halving.
void split_in_parts(const std::string& piece, std::size_t spoken_bytes, const NormalizeOptions& normalize,
                    std::vector<SpokenPiece>& out, int depth) {
    const std::size_t parts = spoken_bytes * 5 / (4 * max_speech_bytes) + 1;
    const std::size_t window = std::max<std::size_t>(2 * piece.size() / parts, 32);
    std::size_t from = 0;
    while (piece.size() - from > window) {
        const std::size_t end = chunk_end(piece, from, window);
        split_into(piece.substr(from, end - from), normalize, out, depth + 1);
        from = end < piece.size() && piece[end] == ' ' ? end + 1 : end;
    }
    if (from < piece.size()) split_into(piece.substr(from), normalize, out, depth + 1);
}

void split_into(const std::string& piece, const NormalizeOptions& normalize, std::vector<SpokenPiece>& out, int depth) {
    std::string spoken = speech_text(piece, normalize);
    if (spoken.size() > 4 * max_speech_bytes && depth < 16) return split_in_parts(piece, spoken.size(), normalize, out, depth);
    const std::size_t at = spoken.size() > max_speech_bytes && depth < 16 ? cut_point(piece) : std::string::npos;
    if (at == std::string::npos) {
        out.push_back({piece, std::move(spoken)});
        return;
    }
    split_into(piece.substr(0, at), normalize, out, depth + 1);
    split_into(piece.substr(at + 1), normalize, out, depth + 1);
}

}  // namespace

std::vector<Window> sentence_windows(std::string_view sentence) {
    // Windows are linear to find (each normalizing would cost once per halving otherwise).
    std::vector<Window> windows;
    std::size_t from = 0;
    while (sentence.size() - from > 16 * max_speech_bytes) {
        const std::size_t end = chunk_end(sentence, from, 8 * max_speech_bytes);
        windows.push_back({from, end});
        from = end < sentence.size() && sentence[end] == ' ' ? end + 1 : end;
    }
    windows.push_back({from, sentence.size()});
    return windows;
}

void for_each_window(std::string_view text, bool by_sentence, const std::function<void(std::string_view, bool)>& piece) {
    const auto windows_of = [&piece](std::string_view sentence) {
        bool continues = false;
        for (const Window& w : sentence_windows(sentence)) {
            piece(sentence.substr(w.begin, w.end - w.begin), continues);
            continues = true;
        }
    };
    if (!by_sentence) return windows_of(text);
    for (const Span& span : sentence_spans(text)) windows_of(text.substr(span.begin, span.end - span.begin));
}

std::vector<SpokenPiece> split_window(const std::string& window, const NormalizeOptions& normalize) {
    std::vector<SpokenPiece> pieces;
    split_into(window, normalize, pieces, 0);
    return pieces;
}

std::vector<SpokenPiece> split_long_sentence(const std::string& sentence, const NormalizeOptions& normalize) {
    std::vector<SpokenPiece> pieces;
    for (const Window& w : sentence_windows(sentence)) {
        std::vector<SpokenPiece> more = split_window(sentence.substr(w.begin, w.end - w.begin), normalize);
        pieces.insert(pieces.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    return pieces;
}

double shortest_plausible_seconds(std::string_view spoken, int rate_wpm) {
    std::size_t syllables = 0;
    for (std::size_t pos = 0; pos < spoken.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(spoken, pos, len);
        syllables += cp >= 0xAC00 && cp <= 0xD7A3;
        pos += len;
    }
    return static_cast<double>(syllables) * 0.11 * 175.0 / std::max(rate_wpm, 80);
}

}  // namespace sori
