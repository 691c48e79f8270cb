#include "audio/audio_format.h"

#include <algorithm>

#include "base/error.h"

namespace sori {

std::optional<AudioFormat> audio_format_named(const std::string& name) {
    for (AudioFormat format : {AudioFormat::wav, AudioFormat::flac, AudioFormat::opus, AudioFormat::mp3, AudioFormat::m4b})
        if (format_name(format) == name) return format;
    return std::nullopt;
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
