#pragma once
// Cache keys for sentence audio: a hash of everything that changes a sentence's sound (the spoken
// text, the engine, its version and data, voice, rate, pitch, volume, word gap, sample rate, and
// how sori trims it) and of nothing that does not (pauses, chapter names, output format), so that
// an edit re-synthesizes only the sentences it touched.
#include <string>

#include "speech/speech_engine.h"
#include "speech/voice_settings.h"

namespace sori {

// 32 hex digits naming the audio of `spoken` said by `engine` with `voice`.
std::string segment_key(const EngineIdentity& engine, const VoiceSettings& voice, const std::string& spoken);

}  // namespace sori
