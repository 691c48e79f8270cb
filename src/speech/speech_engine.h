#pragma once
// synthesis: libespeak-ng behind one class. The library keeps process-wide state, so there is
// one engine per process (SpeechEngine::shared()); it is not thread-safe.
#include <cstdint>
#include <string>
#include <vector>

#include "speech/voice_settings.h"

namespace sori {

struct EngineIdentity {
    std::string version;    // "eSpeak NG 1.51"
    std::string data_hash;  // hash of the library binary and the data files the voice reads
    int sample_rate = 0;    // samples per second of what it produces
};

struct VoiceInfo {
    std::string name;        // what --voice takes: ko, or a variant name such as f3
    std::string description; // eSpeak's own name for it: Korean, Female 3 …
};

class SpeechEngine {
public:
    // The process's engine, initialized on first use. Throws Error(synthesis) when eSpeak NG
    // or its data is missing.
    static SpeechEngine& shared();

    SpeechEngine(const SpeechEngine&) = delete;
    SpeechEngine& operator=(const SpeechEngine&) = delete;
    ~SpeechEngine();

    int sample_rate() const { return sample_rate_; }
    std::string version() const;  // "eSpeak NG 1.51"

    // What produces the sound of `voice` (e.g. ko+f3): version, sample rate, and a hash of the
    // library and the data files it reads, so that an upgrade of either changes every cache key.
    EngineIdentity identity(const std::string& voice) const;

    // Selects the voice and its parameters. Throws Error(usage) for a voice that cannot speak
    // Korean or an unknown variant, listing the ones that exist.
    void configure(const VoiceSettings& settings);

    // Speech for one piece of UTF-8 text, as 16-bit mono samples at sample_rate().
    std::vector<std::int16_t> synthesize(const std::string& text);

    std::vector<VoiceInfo> korean_voices() const;
    std::vector<VoiceInfo> variants() const;

private:
    SpeechEngine();
    int sample_rate_ = 0;
};

// Text safe to hand to eSpeak: control bytes (which eSpeak reads as embedded commands) become
// spaces.
std::string espeak_safe(const std::string& text);

// Drops the near-silent start and end that eSpeak puts around speech (keeping a few ms of
// lead-in and release), so that the pauses between sentences are what the settings say.
void trim_silence(std::vector<std::int16_t>& samples, int sample_rate);

struct SampleSpan {
    std::size_t first = 0;  // index of the first sample kept
    std::size_t count = 0;  // how many are kept
};
// What trim_silence keeps, without moving anything.
SampleSpan speech_span(const std::vector<std::int16_t>& samples, int sample_rate);

}  // namespace sori
