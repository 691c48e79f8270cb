#pragma once
// Reading along (issue 16): the article's text as a reader sees it — headings, paragraphs, list
// items, quotes, table rows — with every spoken item in its own element and its clip on the one
// timeline, in milliseconds. The EPUB (epub_book) and the page (read_along_page) are both made
// from it, so they agree with the audio, the manifest and the subtitles.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "audio/audio_format.h"
#include "audio/timeline.h"
#include "speech/script.h"

namespace sori {

enum class ReadAlongFormat { epub, html };

// What --format asks for: audio formats and read-along documents, each in the order given.
struct FormatChoice {
    std::vector<AudioFormat> audio;            // may be empty when only documents are asked for
    std::vector<ReadAlongFormat> read_along;   // epub, html
};

// "mp3,epub,html" → the choice; throws Error(usage) for an unknown name, listing the known ones.
FormatChoice parse_formats(const std::string& list);

std::string file_suffix(ReadAlongFormat format);  // ".epub", ".html"

// One spoken item: its element's id, its text as written, and its clip. Clips tile the audio:
// an item's clip runs from its speech's start to the next item's (the pause after it is its
// own), a chapter's first from the chapter's start, its last to the chapter's end.
struct ReadAlongItem {
    std::size_t index = 0;    // into Script::items
    std::string id;           // "c2-5": chapter 2, its 5th item (stable while the chapter's start stays)
    std::string text;         // the source text
    std::uint64_t begin_ms = 0, end_ms = 0;  // the clip
};

enum class BlockKind { heading, paragraph, list, quote, table, code };

// A block as written: a heading (one unit), a paragraph (one unit, or prose lines), a list (a
// unit per item), a quote (a unit per paragraph), a table read aloud (a unit per row); or a block
// shown and not spoken, with no unit: a code block, a table (rows a line each, cells TAB apart).
struct ReadAlongBlock {
    BlockKind kind = BlockKind::paragraph;
    int level = 0;  // a heading's level, 1–6
    std::vector<std::vector<ReadAlongItem>> units;
    std::string shown;  // a block shown, not spoken: its text as written
};

struct ReadAlongChapter {
    std::string title;
    int level = 1;                          // of the heading that opened it (1 for the opening)
    std::uint64_t begin_ms = 0, end_ms = 0; // its part of the audio
    bool title_spoken = false;              // its first block is its spoken title
    std::vector<ReadAlongBlock> blocks;
    bool spoken() const;                    // it has a spoken item (and so a clip)
};

struct ReadAlongText {
    std::string title;
    std::uint64_t total_ms = 0;
    std::vector<ReadAlongChapter> chapters;  // parallel to Script::chapters
};

// True when a list item keeps its number in its text ("1. 첫째", written as an ordered list): it
// is shown without a bullet.
bool numbered_item(const std::vector<ReadAlongItem>& unit);

// A block as XHTML/HTML: <hN> (N = level + heading_shift, at most 6), <p>, <ul> of <li> (a
// numbered one without its bullet), <blockquote> of <p>, <table> of rows (a shown one with its
// cells and its first row as the header), <pre><code>; `items` writes a unit's items.
std::string block_markup(const ReadAlongBlock& block, int heading_shift,
                         const std::function<std::string(const std::vector<ReadAlongItem>&)>& items);

// The script's items grouped as written, on `timeline` (laid out from `script`).
ReadAlongText read_along_text(const Script& script, const Timeline& timeline);

// A SMIL clock value, "H:MM:SS.mmm".
std::string clock_value(std::uint64_t ms);

// Text for XML and HTML content and attribute values: & < > " ' escaped; characters XML 1.0
// does not allow (C0 controls other than TAB, LF, CR; U+FFFE, U+FFFF) dropped.
std::string xml_escape(std::string_view text);

}  // namespace sori
