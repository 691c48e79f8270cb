#include "speech/speech_engine.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <dlfcn.h>
#include <espeak-ng/speak_lib.h>
#include <filesystem>
#include <map>

#include "base/content_hash.h"
#include "base/error.h"

namespace sori {
namespace {

int collect_samples(short* wav, int count, espeak_EVENT* events) {
    if (wav && count > 0 && events) {
        auto* out = static_cast<std::vector<std::int16_t>*>(events->user_data);
        if (out) out->insert(out->end(), wav, wav + count);
    }
    return 0;  // keep going
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::string names_of(const std::vector<VoiceInfo>& voices) {
    std::string names;
    for (const VoiceInfo& v : voices) names += (names.empty() ? "" : ", ") + v.name;
    return names;
}

}  // namespace

std::string espeak_safe(const std::string& text) {
    std::string safe = text;
    for (char& c : safe)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
    return safe;
}

SpeechEngine& SpeechEngine::shared() {
    static SpeechEngine engine;
    return engine;
}

SpeechEngine::SpeechEngine() {
    sample_rate_ = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (sample_rate_ <= 0)
        throw Error(ExitCode::synthesis,
                    "eSpeak NG could not start (its data is missing?); install it with `apt-get install espeak-ng-data`");
    espeak_SetSynthCallback(collect_samples);
}

SpeechEngine::~SpeechEngine() { espeak_Terminate(); }

std::string SpeechEngine::version() const { return std::string("eSpeak NG ") + espeak_Info(nullptr); }

EngineIdentity SpeechEngine::identity(const std::string& voice) const {
    static std::map<std::string, std::string> hashes;  // by voice: the files do not change while sori runs
    std::string& data_hash = hashes[voice];
    if (data_hash.empty()) {
        const char* data_path = nullptr;
        espeak_Info(&data_path);
        const std::filesystem::path data = data_path ? data_path : "";
        ContentHasher hash;
        Dl_info library{};
        if (dladdr(reinterpret_cast<void*>(&espeak_Synth), &library) && library.dli_fname) hash.add_file(library.dli_fname);
        for (const char* name : {"phondata", "phonindex", "phontab", "intonations", "ko_dict"}) hash.add_file(data / name);
        const std::size_t plus = voice.find('+');
        if (std::filesystem::exists(data / "lang" / voice.substr(0, plus))) hash.add_file(data / "lang" / voice.substr(0, plus));
        if (plus != std::string::npos) {
            for (const VoiceInfo& v : variants())
                if (lower(v.name) == lower(voice.substr(plus + 1)) && std::filesystem::exists(data / "voices" / "!v" / v.name))
                    hash.add_file(data / "voices" / "!v" / v.name);
        }
        data_hash = hash.hex128();
    }
    return {version(), data_hash, sample_rate_};
}

std::vector<VoiceInfo> SpeechEngine::korean_voices() const {
    espeak_VOICE spec{};
    spec.languages = "ko";
    std::vector<VoiceInfo> voices;
    for (const espeak_VOICE** v = espeak_ListVoices(&spec); v && *v; ++v) {
        // espeak_ListVoices matches by language family; keep only voices that list Korean.
        bool korean = false;
        for (const char* lang = (*v)->languages; *lang; lang += std::char_traits<char>::length(lang + 1) + 2)
            korean |= std::string(lang + 1) == "ko";
        if (korean) voices.push_back({(*v)->identifier, (*v)->name});
    }
    return voices;
}

std::vector<VoiceInfo> SpeechEngine::variants() const {
    espeak_VOICE spec{};
    spec.languages = "variant";
    std::vector<VoiceInfo> variants;
    for (const espeak_VOICE** v = espeak_ListVoices(&spec); v && *v; ++v) {
        std::string id = (*v)->identifier;
        variants.push_back({id.substr(id.find_last_of('/') + 1), (*v)->name});
    }
    return variants;
}

void SpeechEngine::configure(const VoiceSettings& settings) {
    const std::string& spec = settings.voice;
    const std::size_t plus = spec.find('+');
    const std::string base = spec.substr(0, plus);
    const std::vector<VoiceInfo> korean = korean_voices();
    const bool known_base = std::any_of(korean.begin(), korean.end(), [&](const VoiceInfo& v) {
        return lower(v.name) == lower(base) || lower(v.description) == lower(base);
    });
    if (!known_base)
        throw Error(ExitCode::usage, "voice '" + spec + "' cannot speak Korean; Korean voices: " + names_of(korean) +
                                         " (add a variant as ko+f3; `sori voices` lists them all)");
    if (plus != std::string::npos) {
        const std::string variant = lower(spec.substr(plus + 1));
        const std::vector<VoiceInfo> all = variants();
        const bool known = std::any_of(all.begin(), all.end(), [&](const VoiceInfo& v) { return lower(v.name) == variant; });
        if (!known)
            throw Error(ExitCode::usage, "voice variant '" + spec.substr(plus + 1) + "' does not exist; variants include " +
                                             "f1–f5, m1–m7, klatt, whisper (`sori voices` lists them all)");
    }
    if (espeak_SetVoiceByName(spec.c_str()) != EE_OK)
        throw Error(ExitCode::synthesis, "eSpeak NG could not load voice '" + spec + "'; reinstall espeak-ng-data");
    espeak_SetParameter(espeakRATE, settings.rate, 0);
    espeak_SetParameter(espeakPITCH, settings.pitch, 0);
    espeak_SetParameter(espeakVOLUME, settings.volume, 0);
    espeak_SetParameter(espeakWORDGAP, settings.word_gap, 0);
}

std::vector<std::int16_t> SpeechEngine::synthesize(const std::string& text) {
    std::vector<std::int16_t> samples;
    // About 1,000 samples a byte of Korean at normal speed: one allocation instead of many copies.
    samples.reserve(text.size() * 1200 + 22050);
    const std::string safe = espeak_safe(text);
    // Breathy and klatt variants draw on rand(): the same text then always gets the same noise.
    std::srand(1);
    // Synchronous mode ignores the size argument: the text must be NUL-terminated (it is).
    const espeak_ERROR status = espeak_Synth(safe.c_str(), safe.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                                             nullptr, &samples);
    if (status != EE_OK) throw Error(ExitCode::synthesis, "eSpeak NG failed to synthesize: " + text);
    return samples;
}

namespace {

constexpr int silence_threshold = 48;  // about -57 dBFS
constexpr int kept_margin_ms = 8;      // keep this much before the first and after the last sound

}  // namespace

SampleSpan speech_span(const std::vector<std::int16_t>& samples, int sample_rate) {
    const std::size_t margin = static_cast<std::size_t>(sample_rate) * kept_margin_ms / 1000;
    std::size_t first = 0, last = samples.size();
    while (first < samples.size() && std::abs(samples[first]) <= silence_threshold) ++first;
    while (last > first && std::abs(samples[last - 1]) <= silence_threshold) --last;
    if (first == last) return {0, 0};
    first = first > margin ? first - margin : 0;
    last = std::min(samples.size(), last + margin);
    return {first, last - first};
}

void trim_silence(std::vector<std::int16_t>& samples, int sample_rate) {
    const SampleSpan span = speech_span(samples, sample_rate);
    samples.erase(samples.begin() + static_cast<std::ptrdiff_t>(span.first + span.count), samples.end());
    samples.erase(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(span.first));
}

}  // namespace sori
