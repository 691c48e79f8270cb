#pragma once
// What every audio file says about the work besides its title (the document's): author, album,
// date and language (--author, --album, --date, --language), written as each format writes tags
// (Vorbis comments in FLAC and Opus, ID3v2.4 in MP3, iTunes atoms in M4B, LIST INFO in WAV).
#include <string>

namespace sori {

struct AudioTags {
    std::string author;         // --author; the files' artist ("sori" when none is given)
    std::string album;          // --album; none by default
    std::string date;           // --date: YYYY, YYYY-MM or YYYY-MM-DD; none by default
    std::string language = "ko";  // --language: a BCP 47 tag such as ko, en or ko-KR

    // The artist every format writes: the author, or "sori".
    std::string artist() const { return author.empty() ? "sori" : author; }
};

// Throws Error(usage) naming the option when a tag cannot be written as given: a date that is
// not YYYY[-MM[-DD]] (a real day), a language that is not a BCP 47 tag, or a control character.
void check_tags(const AudioTags& tags);

// The ISO 639-2 code of a tag's language (ID3's TLAN, MP4's stream language): "ko" and "ko-KR"
// give "kor"; a three-letter language is itself; "" when the two-letter one is not known here.
std::string iso639_2(const std::string& language);

}  // namespace sori
