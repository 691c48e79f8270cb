#pragma once
// The audio formats sori writes: WAV (PCM with cue/labl chapters), FLAC and Ogg Opus (Vorbis
// comment chapters), MP3 (ID3v2 CHAP/CTOC chapters) and M4B (AAC audiobook through ffmpeg).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sori {

// RIFF sizes are 32-bit: a WAV whose audio would pass this is written as RF64 (EBU Tech 3306).
inline constexpr std::uint64_t wav_size_limit = 0xFFFFFFFFull - (1u << 20);

enum class AudioFormat { wav, flac, opus, mp3, m4b };

// "wav" → AudioFormat::wav; nothing for a name that is not an audio format (--format: render/read_along.h).
std::optional<AudioFormat> audio_format_named(const std::string& name);

std::string extension(AudioFormat format);  // ".wav" …
std::string format_name(AudioFormat format);  // "wav" …

// The sample rate a format is written at when `wanted` is asked for: Opus takes only 8, 12, 16,
// 24 and 48 kHz, so other rates go up to the next of these (22050 → 24000).
int rate_for(AudioFormat format, int wanted);

}  // namespace sori
