#pragma once
// sentences: a paragraph unit to Korean sentences. Rule-based: terminal punctuation, Korean
// final endings without punctuation, quotes and brackets that hold whole sentences, decimals,
// dotted dates, list numbers, abbreviations, URLs, ellipses and emoticon tails.
// Thread-safe: no shared state.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sori {

struct Span {
    std::size_t begin = 0;  // byte offset of the sentence's first character
    std::size_t end = 0;    // byte offset one past its last non-space character
};

// Sentence spans of `text` in order; white space between sentences belongs to none.
std::vector<Span> sentence_spans(std::string_view text);
// The same spans handed to `span` as they are found (a window of the text at a time), so a
// caller can go on with the first sentences of a long text before the last are found.
void for_each_sentence_span(std::string_view text, const std::function<void(const Span&)>& span);

// The sentences themselves, unchanged but for the white space around them.
std::vector<std::string> split_sentences(std::string_view text);

}  // namespace sori
