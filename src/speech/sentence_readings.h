#pragma once
// The readings of many sentences at once: each sentence cut for eSpeak (long_sentence), every
// piece normalized and put in its standard pronunciation. Sentences are independent, so a batch
// is shared among threads; the result is the same, in the same order, whatever their number.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "korean/text_normalizer.h"

namespace sori {

// A heading is read as one sentence: never split into sentences, cut into pieces (long_sentence)
// only when it is too long for eSpeak in one.
struct ReadingRequest {
    std::string text;        // a sentence, a heading, a unit of a paragraph, or a window of a long sentence
    bool split = false;      // a unit: first split into its sentences (sentence_splitter)
    bool continues = false;  // a later window of a sentence cut before reading: its first piece starts no sentence
};

struct ReadPiece {
    std::string source;      // the piece as written
    std::string spoken;      // its speech_text
    std::string pronounced;  // what eSpeak receives (pronounced_form of spoken)
    bool starts_sentence = true;  // false for the second and later pieces of a cut sentence
};

struct ReadingOptions {
    std::size_t threads = 0;                 // 0: one per processor, at most 8
    std::size_t serial_below_bytes = 1 << 16;  // smaller batches are read on the calling thread
};

// The pieces of each request, in order (a unit's sentences one after another). An exception
// thrown while reading one request is rethrown here (the first in request order).
std::vector<std::vector<ReadPiece>> read_sentences(std::vector<ReadingRequest> requests, const NormalizeOptions& normalize,
                                                   const ReadingOptions& options = {});


// What eSpeak receives for a spoken text: its standard pronunciation (pronunciation.h, with the
// lexicon's third-column entries), or the spoken text itself when options.pronunciation is off.
std::string pronounced_form(const std::string& spoken, const NormalizeOptions& normalize);

}  // namespace sori
