#pragma once
// Which Korean word endings close a sentence when no punctuation does (다, 요, 습니까, -음/-함,
// spoken and dialect endings), and which next words make them a connective instead
// (하다 보니, "…" 하며, 뻑뻑함 없이). Used by the sentence splitter; pure functions.
#include <string_view>

namespace sori::korean {

// `word`: one space-delimited word with laughter and emoticon tails removed; `before_word`: the
// last character of the word before it (for 하지 마).
bool ends_sentence(std::u32string_view word, char32_t before_word);

// In punctuated prose a missing mark is rare: only an ending no noun has ends a sentence there
// (했다, 한다, 습니다, 어요 — not 캐나다 or 크다, whose 다 follows a syllable without a final).
bool ends_sentence_in_prose(std::u32string_view word, char32_t before_word);

// -음/-함/-됨 … nominal endings: sentence ends in notes and reviews, nouns elsewhere.
bool is_nominal(std::u32string_view word);

// A particle or connective ending (가, 는, 지만, 는데, 니까 …): what trails off before an ellipsis
// that does not end the sentence.
bool is_connective(std::u32string_view word);

// `next`: the text from the next word on. True when it continues a quotation ("…" 하며, 라고).
bool continues_quote(std::u32string_view next);

// True when `next` turns a final-looking ending before it into a connective or a noun phrase.
bool continues_clause(std::u32string_view next, bool nominal);

}  // namespace sori::korean
