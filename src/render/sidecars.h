#pragma once
// Chapter and subtitle files for other tools, all from the one timeline in samples, so they agree
// with the audio and with each other to the millisecond. One function per format; each escapes
// what its syntax requires. (FFMETADATA1 lives in ffmetadata.h.)
#include <string>
#include <vector>

#include "audio/timeline.h"
#include "speech/script.h"

namespace sori {

enum class ChapterFormat { ffmeta, cue, vtt, json, audacity };
enum class SubtitleFormat { srt, vtt };

// "ffmeta,cue" → formats; throws Error(usage) naming an unknown one and listing the known.
std::vector<ChapterFormat> parse_chapter_formats(const std::string& list);
std::vector<SubtitleFormat> parse_subtitle_formats(const std::string& list);

// The file name suffix of each: .ffmeta, .cue, .chapters.vtt, .chapters.json, .labels.txt; .srt, .vtt
std::string file_suffix(ChapterFormat format);
std::string file_suffix(SubtitleFormat format);

// CUE sheet for `audio_file` (frames of 1/75 s); `file_type` WAVE, MP3 …
std::string cue_sheet(const std::string& title, const std::string& audio_file, const std::string& file_type, const Timeline& timeline);
std::string webvtt_chapters(const Timeline& timeline);
std::string podcast_chapters_json(const std::string& title, const Timeline& timeline);  // Podcasting 2.0, version 1.2.0
std::string audacity_labels(const Timeline& timeline);

// One cue per spoken item, showing its source text (not the spoken form).
std::string srt_subtitles(const Script& script, const Timeline& timeline);
std::string webvtt_subtitles(const Script& script, const Timeline& timeline);

// "01:02:03.456" (WebVTT) or "01:02:03,456" (SRT) for a sample offset.
std::string subtitle_time(std::uint64_t sample, int sample_rate, char decimal_mark);

}  // namespace sori
