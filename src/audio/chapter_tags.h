#pragma once
// Chapters inside compressed files: ID3v2.4 CHAP frames and a CTOC table of contents in MP3,
// written with TagLib after the audio; Vorbis comments CHAPTER001=HH:MM:SS.mmm and
// CHAPTER001NAME=… in FLAC and Ogg Opus, which their joiners write in their headers (no pass
// over the finished file). Title and artist tags go with them.
#include <filesystem>
#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "audio/audio_tags.h"
#include "audio/cover_art.h"

namespace sori {

struct TaggedChapter {
    std::string title;
    double start_seconds = 0;
    double end_seconds = 0;
};

// Tags the MP3 file at `path` (other formats carry their tags already). Throws Error(output)
// when TagLib cannot.
void write_chapter_tags(const std::filesystem::path& path, AudioFormat format, const std::string& title, const AudioTags& tags,
                        const std::vector<TaggedChapter>& chapters, const CoverArt* cover = nullptr);

// The Vorbis comments of a FLAC or Ogg Opus file, "FIELD=value": TITLE (when there is one),
// ARTIST, ALBUM and DATE (when given), LANGUAGE, then CHAPTER001 and CHAPTER001NAME for each chapter.
std::vector<std::string> vorbis_comments(const std::string& title, const AudioTags& tags, const std::vector<TaggedChapter>& chapters);

// "01:02:03.456", the Vorbis-comment chapter time.
std::string vorbis_chapter_time(double seconds);

}  // namespace sori
