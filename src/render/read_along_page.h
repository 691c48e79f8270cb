#pragma once
// `--format html`: NAME.html, a read-along page beside the audio (every audio format written, as
// <source>s: the browser plays the first it can). A player, the chapter list and
// the text; the sentence being spoken highlighted and kept in view; a click, Enter or Space on a
// sentence plays from it; keys for play/pause, previous/next sentence and chapter, speed; a speed
// control that keeps the pitch; the place and speed kept across reloads (localStorage). One file with its style and script inside and the timing on the
// sentences (data-b, data-e: the clip in ms), so it works from file:// with nothing else but the
// audio. Usable with a keyboard and a screen reader (landmarks, labels, roving focus) and on a phone.
#include <string>
#include <vector>

#include "audio/audio_tags.h"
#include "render/read_along.h"

namespace sori {

struct PageSettings {
    std::vector<std::string> audio;  // the audio files beside the page, in --format order: the browser plays the first it can
    AudioTags tags;                  // the author shown under the title; the text's language
};

// The MIME type a browser is told for an audio file, from its extension (audio/mpeg …).
std::string audio_mime(const std::string& file);

std::string read_along_page(const ReadAlongText& text, const PageSettings& settings);

// The page's style sheet and script (read_along_script.cpp), as they go inside it.
const char* read_along_page_style();
const char* read_along_page_script();

}  // namespace sori
