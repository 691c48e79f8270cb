#include "audio/audio_format.h"

#include <algorithm>

#include "base/error.h"

namespace sori {

std::vector<AudioFormat> parse_audio_formats(const std::string& list) {
    std::vector<AudioFormat> formats;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        const std::string name = list.substr(start, comma - start);
        start = comma + 1;
        if (name.empty()) continue;
        AudioFormat format;
        if (name == "wav") format = AudioFormat::wav;
        else if (name == "flac") format = AudioFormat::flac;
        else if (name == "opus") format = AudioFormat::opus;
        else if (name == "mp3") format = AudioFormat::mp3;
        else if (name == "m4b") format = AudioFormat::m4b;
        else throw Error(ExitCode::usage, "audio format '" + name + "' is unknown; use wav, flac, opus, mp3 or m4b (several: wav,mp3)");
        if (std::find(formats.begin(), formats.end(), format) == formats.end()) formats.push_back(format);
    }
    if (formats.empty()) throw Error(ExitCode::usage, "--format needs at least one of wav, flac, opus, mp3, m4b");
    return formats;
}

std::string format_name(AudioFormat format) {
    switch (format) {
        case AudioFormat::wav: return "wav";
        case AudioFormat::flac: return "flac";
        case AudioFormat::opus: return "opus";
        case AudioFormat::mp3: return "mp3";
        case AudioFormat::m4b: return "m4b";
    }
    return "";
}

std::string extension(AudioFormat format) { return "." + format_name(format); }

int rate_for(AudioFormat format, int wanted) {
    if (format != AudioFormat::opus) return wanted;
    for (int rate : {8000, 12000, 16000, 24000, 48000})  // the lowest that keeps every frequency there is
        if (wanted <= rate) return rate;
    return 48000;
}

}  // namespace sori
