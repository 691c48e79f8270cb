#pragma once
// Chapters inside compressed files, written with TagLib after the audio: ID3v2.4 CHAP frames
// and a CTOC table of contents in MP3; Vorbis comments CHAPTER001=HH:MM:SS.mmm and
// CHAPTER001NAME=… in FLAC and Ogg Opus. Title and artist tags go with them.
#include <filesystem>
#include <string>
#include <vector>

#include "audio/audio_format.h"

namespace sori {

struct TaggedChapter {
    std::string title;
    double start_seconds = 0;
    double end_seconds = 0;
};

// Tags the file at `path` (written as `format`). Throws Error(output) when TagLib cannot.
void write_chapter_tags(const std::filesystem::path& path, AudioFormat format, const std::string& title, const std::string& artist,
                        const std::vector<TaggedChapter>& chapters);

// "01:02:03.456", the Vorbis-comment chapter time.
std::string vorbis_chapter_time(double seconds);

}  // namespace sori
