#pragma once
// The text stages as functions from bytes to a result, for libFuzzer (tests/fuzz/fuzz_*.cpp)
// and for the regression test that replays every input it ever found (tests/fuzz/replay_test.cpp).
// A target fails only by crashing, by a sanitizer report, or by breaking a stated property.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/error.h"
#include "base/utf8.h"
#include "korean/sentence_splitter.h"
#include "korean/pronunciation.h"
#include "korean/text_normalizer.h"
#include "speech/script.h"
#include "text/structure.h"
#include "text/text_reader.h"

namespace sori::fuzz {

inline void require(bool property) {
    if (!property) std::abort();  // libFuzzer records the input that broke it
}

// The reader accepts the bytes or rejects them with an input error, and what it accepts is
// valid UTF-8.
inline void reader(const std::uint8_t* data, std::size_t size) {
    try {
        const SourceText text = clean_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz");
        require(utf8::find_invalid(text.text) == std::string::npos);
    } catch (const Error& e) {
        require(e.code() == ExitCode::input);
    }
}

// Valid text, as the reader hands it on (invalid inputs are the reader's job).
inline bool readable(const std::uint8_t* data, std::size_t size, std::string& text) {
    try {
        text = clean_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz").text;
        return true;
    } catch (const Error&) {
        return false;
    }
}

// Both readers (Markdown and plain-text layout) on every input: at least one section, every
// title and unit valid UTF-8 without a line break.
inline void structure(const std::uint8_t* data, std::size_t size) {
    std::string text;
    if (!readable(data, size, text)) return;
    for (TextFormat format : {TextFormat::markdown, TextFormat::plain}) {
        const Document document = parse_document(text, {"fuzz", format});
        require(!document.sections.empty());
        for (const Section& section : document.sections) {
            require(utf8::find_invalid(section.title) == std::string::npos);
            for (const Paragraph& paragraph : section.paragraphs)
                for (const std::string& unit : paragraph.units)  // a line of reading; a code block keeps its lines
                    require(!unit.empty() && utf8::find_invalid(unit) == std::string::npos &&
                            (paragraph.kind == ParagraphKind::code || unit.find('\n') == std::string::npos));
        }
    }
}

// Sentences are in order, inside the text, and never overlap.
inline void splitter(const std::uint8_t* data, std::size_t size) {
    std::string text;
    if (!readable(data, size, text)) return;
    std::size_t last = 0;
    for (const Span& span : sentence_spans(text)) {
        require(span.begin >= last && span.begin < span.end && span.end <= text.size());
        last = span.end;
    }
}

inline void normalizer(const std::uint8_t* data, std::size_t size) {
    std::string text;
    if (!readable(data, size, text)) return;
    const std::string spoken = normalize_text(text, {});
    require(utf8::find_invalid(spoken) == std::string::npos);
}

// Pronunciation of any valid text: valid UTF-8 with as many code points as its input (it only
// ever replaces one Hangul syllable by another).
inline void pronunciation(const std::uint8_t* data, std::size_t size) {
    std::string text;
    if (!readable(data, size, text)) return;
    const std::string said = pronounce(text);
    require(utf8::find_invalid(said) == std::string::npos && utf8::length(said) == utf8::length(text));
}

// The whole front end: structure, sentences, long-sentence cuts, speech text.
inline void script(const std::uint8_t* data, std::size_t size) {
    std::string text;
    if (!readable(data, size, text)) return;
    const Script built = build_script(parse_document(text, {"fuzz"}), {});
    for (const ScriptItem& item : built.items) require(utf8::find_invalid(item.spoken) == std::string::npos);
}

}  // namespace sori::fuzz
