#pragma once
// The render's manifest and timing map (NAME.json): settings, chapters, and every sentence with
// its source text, spoken text, cache key, and start and end in samples and seconds.
#include <nlohmann/json.hpp>
#include <string>

#include "audio/timeline.h"
#include "cache/render_stamp.h"
#include "speech/script.h"
#include "speech/voice_settings.h"

namespace sori {

struct ManifestInfo {
    std::string input;    // the article's path
    std::string audio;    // the WAV file's name
    std::string engine;   // "eSpeak NG 1.51"
    std::vector<std::string> segment_keys;  // each item's cache key (empty for silent items)
    RenderStamp stamp;                      // what makes the outputs up to date
    std::vector<std::string> audio_files;   // every audio file, in --format order
    int output_sample_rate = 0;             // their rate (Opus may differ: see audio_format.h)
    nlohmann::json loudness;                // null, or the loudness measurements
};

nlohmann::json manifest(const ManifestInfo& info, const RenderSettings& settings, const Script& script, const Timeline& timeline);

}  // namespace sori
