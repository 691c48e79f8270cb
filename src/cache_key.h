#pragma once
// Cache keys for sentence audio: a hash of everything that changes a sentence's sound (the spoken
// text, the engine, its version and data, voice, rate, pitch, volume, word gap, sample rate, and
// how sori trims it) and of nothing that does not (pauses, chapter names, output format), so that
// an edit re-synthesizes only the sentences it touched.
#include <string>

#include "voice_settings.h"

namespace sori {

struct EngineIdentity {
    std::string version;    // "eSpeak NG 1.51"
    std::string data_hash;  // hash of the library binary and the data files the voice reads
    int sample_rate = 0;    // samples per second of what it produces
};

// 32 hex digits naming the audio of `spoken` said by `engine` with `voice`.
std::string segment_key(const EngineIdentity& engine, const VoiceSettings& voice, const std::string& spoken);

}  // namespace sori
