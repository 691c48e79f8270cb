#pragma once
// `--format epub`: an EPUB 3 with Media Overlays (EPUB 3.2 §Media Overlays). One XHTML content
// document and one SMIL overlay per chapter, every spoken item in an element with its id and a
// <par> pairing it with its clip of the one MP3 inside; a navigation document of the chapters;
// the package document with title, language, creator, date, an identifier made from the content,
// dcterms:modified, media:duration per overlay and in total, and media:active-class with CSS
// that highlights the sentence being read. Same input, same bytes (zip_archive.h).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "audio/audio_tags.h"
#include "audio/cover_art.h"
#include "render/read_along.h"

namespace sori {

struct EpubContent {
    const ReadAlongText* text = nullptr;     // the chapters and their clips
    AudioTags tags;                          // creator, collection, date, language
    const CoverArt* cover = nullptr;         // --cover, when given
    std::filesystem::path audio;             // the MP3 of the whole programme
    std::int64_t modified = 0;               // seconds since 1970: dcterms:modified and the archive's times
};

// The package's identifier: urn:uuid: of a hash of the text, clips, tags and cover.
std::string content_identifier(const EpubContent& content);

// "2026-12-06T00:00:00Z"
std::string w3c_datetime(std::int64_t unix_seconds);

// The documents inside, one function each (tests read them; write_epub packs them).
std::string chapter_file(std::size_t chapter);  // "chapter-001" (+ .xhtml, .smil)
std::string chapter_xhtml(const ReadAlongText& text, std::size_t chapter, const std::string& language);
std::string chapter_smil(const ReadAlongText& text, std::size_t chapter);
std::string navigation_xhtml(const ReadAlongText& text, const std::string& language);  // chapters nested by level
std::string chapter_lists(const ReadAlongText& text);
std::string package_opf(const EpubContent& content);
std::string read_along_css();

// Writes the EPUB to `path` (an OutputFile's temporary). Throws Error(output).
void write_epub(const std::filesystem::path& path, const EpubContent& content);

}  // namespace sori
