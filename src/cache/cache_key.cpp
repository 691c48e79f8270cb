#include "cache/cache_key.h"

#include "base/content_hash.h"

namespace sori {
namespace {

// Bump when what a cache entry holds for the same engine output changes (trimming, sample format).
constexpr int segment_format = 1;

}  // namespace

std::string segment_key(const EngineIdentity& engine, const VoiceSettings& voice, const std::string& spoken) {
    ContentHasher hash;
    hash.add_field("sori-segment", segment_format);
    hash.add_field("engine", engine.version);
    hash.add_field("engine-data", engine.data_hash);
    hash.add_field("sample-rate", engine.sample_rate);
    hash.add_field("voice", voice.voice);
    hash.add_field("rate", voice.rate);
    hash.add_field("pitch", voice.pitch);
    hash.add_field("volume", voice.volume);
    hash.add_field("word-gap", voice.word_gap);
    hash.add_field("text", spoken);
    return hash.hex128();
}

}  // namespace sori
