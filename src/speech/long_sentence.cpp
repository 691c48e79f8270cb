#include "speech/long_sentence.h"

#include <algorithm>
#include <array>

#include "base/utf8.h"
#include "korean/sentence_splitter.h"
#include "speech/speech_text.h"

namespace sori {
namespace {

bool connective_before(std::string_view s, std::size_t space) {
    static constexpr std::array<std::string_view, 9> connectives{"고", "며", "서", "지만", "는데", "면", "니", "나", "게"};
    if (space < 3 || static_cast<unsigned char>(s[space - 3]) < 0xEA) return false;  // a Hangul syllable before the space
    for (std::string_view c : connectives)
        if (space >= c.size() && s.compare(space - c.size(), c.size(), c) == 0) return true;
    return false;
}

// Where to cut, best first: after a comma, after a connective ending, at any space — the one
// nearest the middle, found in one pass.
std::size_t cut_point(std::string_view s) {
    constexpr std::size_t none = std::string_view::npos;
    const std::size_t middle = s.size() / 2;
    const auto distance = [middle](std::size_t i) { return i > middle ? i - middle : middle - i; };
    std::array<std::size_t, 3> best{none, none, none};  // by rule: comma, connective, space
    const auto offer = [&](std::size_t rule, std::size_t i) {
        if (best[rule] == none || distance(i) < distance(best[rule])) best[rule] = i;
    };
    for (std::size_t i = s.find(' '); i != none; i = s.find(' ', i + 1)) {
        // Not between the parts of a date or number (2024. 1. 19.).
        if (i > 1 && s[i - 1] == '.' && s[i - 2] >= '0' && s[i - 2] <= '9') continue;
        if (i > 0 && s[i - 1] == ',') offer(0, i);
        if (connective_before(s, i)) offer(1, i);
        offer(2, i);
    }
    // A cut must leave a real piece on both sides.
    for (std::size_t at : best)
        if (at != none && at > s.size() / 5 && at < s.size() - s.size() / 5) return at;
    return none;
}

void split_into(std::string_view piece, const NormalizeOptions& normalize, std::vector<SpokenPiece>& out, int depth);

// Where to end a chunk of at most `most` bytes of `piece` from `from`: the best cut point of that
// window, else its last space, else a character boundary (a text with no space at all).
std::size_t chunk_end(std::string_view piece, std::size_t from, std::size_t most) {
    const std::string_view window = piece.substr(from, std::min(most, piece.size() - from));
    std::size_t at = cut_point(window);
    if (at == std::string_view::npos) at = window.rfind(' ');
    if (at == std::string_view::npos || at == 0) {
        at = window.size();
        while (at > 1 && from + at < piece.size() && (static_cast<unsigned char>(piece[from + at]) & 0xC0) == 0x80) --at;
    }
    return from + at;
}

void place(std::string_view piece, std::string spoken, const NormalizeOptions& normalize, std::vector<SpokenPiece>& out, int depth);

// A piece many times the limit is cut front to back into chunks whose reading should fit, sized
// by the spoken-to-written ratio seen so far (`ratio`: a line of numbers reads four times longer
// than it is written, Korean prose about as long): each byte is normalized about once, not once
// per halving.
void split_in_chunks(std::string_view piece, double ratio, const NormalizeOptions& normalize, std::vector<SpokenPiece>& out,
                     int depth) {
    std::size_t from = 0;
    while (from < piece.size()) {
        const std::size_t target = std::max<std::size_t>(static_cast<std::size_t>(0.75 * max_speech_bytes / ratio), 32);
        const std::size_t left = piece.size() - from;
        const std::size_t end = left <= target + target / 4 ? piece.size() : chunk_end(piece, from, std::min(2 * target, left));
        const std::string_view chunk = piece.substr(from, end - from);
        std::string spoken = speech_text(chunk, normalize);
        if (!chunk.empty()) ratio = std::max(0.05, (ratio + static_cast<double>(spoken.size()) / chunk.size()) / 2);
        place(chunk, std::move(spoken), normalize, out, depth + 1);
        from = end < piece.size() && piece[end] == ' ' ? end + 1 : end;
    }
}

// A piece whose reading is known: kept when it fits, else cut in chunks (far too long) or at its
// best cut point, in two.
void place(std::string_view piece, std::string spoken, const NormalizeOptions& normalize, std::vector<SpokenPiece>& out, int depth) {
    if (spoken.size() > 4 * max_speech_bytes && depth < 16)
        return split_in_chunks(piece, static_cast<double>(spoken.size()) / piece.size(), normalize, out, depth);
    const std::size_t at = spoken.size() > max_speech_bytes && depth < 16 ? cut_point(piece) : std::string_view::npos;
    if (at == std::string_view::npos) {
        out.push_back({std::string(piece), std::move(spoken)});
        return;
    }
    split_into(piece.substr(0, at), normalize, out, depth + 1);
    split_into(piece.substr(at + 1), normalize, out, depth + 1);
}

void split_into(std::string_view piece, const NormalizeOptions& normalize, std::vector<SpokenPiece>& out, int depth) {
    // Written four times the limit, a piece reads longer than the limit (unless it is mostly
    // marks that are not read): it is cut without being read whole first.
    if (piece.size() > 4 * max_speech_bytes && depth < 16) return split_in_chunks(piece, 1.0, normalize, out, depth);
    place(piece, speech_text(piece, normalize), normalize, out, depth);
}

}  // namespace

std::vector<Window> sentence_windows(std::string_view sentence) {
    std::vector<Window> windows;
    for_each_sentence_window(sentence, [&windows](const Window& w) { windows.push_back(w); });
    return windows;
}

void for_each_sentence_window(std::string_view sentence, const std::function<void(const Window&)>& window) {
    // Windows are linear to find (each normalizing would cost once per halving otherwise).
    std::size_t from = 0;
    while (sentence.size() - from > 16 * max_speech_bytes) {
        const std::size_t end = chunk_end(sentence, from, 8 * max_speech_bytes);
        window({from, end});
        from = end < sentence.size() && sentence[end] == ' ' ? end + 1 : end;
    }
    window({from, sentence.size()});
}

void for_each_window(std::string_view text, bool by_sentence, const std::function<void(std::string_view, bool)>& piece) {
    const auto windows_of = [&piece](std::string_view sentence) {
        bool continues = false;
        for_each_sentence_window(sentence, [&](const Window& w) {
            piece(sentence.substr(w.begin, w.end - w.begin), continues);
            continues = true;
        });
    };
    if (!by_sentence) return windows_of(text);
    for_each_sentence_span(text, [&](const Span& span) { windows_of(text.substr(span.begin, span.end - span.begin)); });
}

std::vector<SpokenPiece> split_window(std::string_view window, const NormalizeOptions& normalize) {
    std::vector<SpokenPiece> pieces;
    split_into(window, normalize, pieces, 0);
    return pieces;
}

std::vector<SpokenPiece> split_long_sentence(const std::string& sentence, const NormalizeOptions& normalize) {
    std::vector<SpokenPiece> pieces;
    for (const Window& w : sentence_windows(sentence)) {
        std::vector<SpokenPiece> more = split_window(std::string_view(sentence).substr(w.begin, w.end - w.begin), normalize);
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
