#pragma once
// Nothing dropped: eSpeak NG 1.51 silently drops the tail of a clause of about 400 bytes and
// more. Sentences whose spoken text is long are cut, before synthesis, at commas, then after
// connective endings (…고, …며, …지만), then at the space nearest the middle; and every
// synthesized piece is checked against its syllable count, so that a truncation that slips
// through fails the render naming the sentence instead of shipping silently.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "korean/text_normalizer.h"

namespace sori {

// Longest spoken text handed to eSpeak in one piece (well below where 1.51 truncates).
inline constexpr std::size_t max_speech_bytes = 330;

struct SpokenPiece {
    std::string source;  // the piece as written
    std::string spoken;  // its speech_text, made once while cutting
};

// `sentence` cut into pieces whose spoken text (speech_text) fits max_speech_bytes; one piece
// when it fits already or cannot be cut (no space in it).
std::vector<SpokenPiece> split_long_sentence(const std::string& sentence, const NormalizeOptions& normalize);

// A sentence far too long to read at once (a 20 MB line of numbers) is first cut front to back,
// without reading it, into windows of eight times the limit at its best cut points; each window
// is then cut by itself. The windows' [begin, end) byte ranges, in order: one window for the
// whole of any ordinary sentence. split_long_sentence is the pieces of every window in turn, so
// windows can be read in parallel and joined.
struct Window {
    std::size_t begin = 0;  // first byte of the window in the sentence
    std::size_t end = 0;    // one past its last byte
};
std::vector<Window> sentence_windows(std::string_view sentence);
// The same windows handed to `window` one by one, as they are found.
void for_each_sentence_window(std::string_view sentence, const std::function<void(const Window&)>& window);

// A text of any length in pieces small enough to read at once: its sentences (sentence_splitter)
// when `by_sentence`, each cut into its windows. piece(text, continues) gets them in order;
// `continues` is true for the second and later windows of a sentence. Each is handed over as
// soon as it is found.
void for_each_window(std::string_view text, bool by_sentence, const std::function<void(std::string_view, bool)>& piece);
std::vector<SpokenPiece> split_window(std::string_view window, const NormalizeOptions& normalize);

// The shortest plausible duration of `spoken` said at `rate_wpm`, in seconds: Korean syllables
// take 0.15–0.3 s at 175 words a minute; less than 0.11 s each means eSpeak dropped some.
double shortest_plausible_seconds(std::string_view spoken, int rate_wpm);

}  // namespace sori
