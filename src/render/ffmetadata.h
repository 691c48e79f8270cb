#pragma once
// FFMETADATA1 chapters, for `ffmpeg -i NAME.wav -i NAME.ffmeta -map_metadata 1 NAME.m4b`.
#include <string>

#include "audio/audio_tags.h"
#include "audio/timeline.h"

namespace sori {

// The title, artist, album and date, then the chapters.
std::string ffmetadata(const std::string& title, const Timeline& timeline, const AudioTags& tags = {});

// Escapes '=', ';', '#', '\' and newlines as the FFMETADATA1 format requires.
std::string ffmetadata_escape(const std::string& value);

}  // namespace sori
