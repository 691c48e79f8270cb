#pragma once
// Ogg Opus written with libopus and libogg directly (RFC 7845): libsndfile's Opus writer has no
// settings and encodes at about 45× real time here; at complexity 6 libopus encodes speech at
// several hundred times real time on one core, with the same constant bit rate. The stream is
// exact in length: the OpusHead pre-skip removes the encoder's look-ahead and the last page's
// granule position ends the audio on its last sample.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "audio/audio_writer.h"

struct OpusEncoder;

namespace sori {

struct OpusSettings {
    int bitrate = 32000;  // bits a second, constant (chapter seeking stays exact in every player)
    int complexity = 6;   // 0–10; above 6 libopus 1.3 is ten times slower on speech for no audible gain
};

class OggPageFile;

class OpusWriter : public AudioWriter {
public:
    // `sample_rate` must be one Opus encodes (8, 12, 16, 24 or 48 kHz: rate_for). Throws
    // Error(output) naming the path when the file cannot be made.
    OpusWriter(const std::filesystem::path& path, int sample_rate, const std::string& title, const OpusSettings& settings = {});
    ~OpusWriter() override;

    void write(const float* samples, std::size_t count) override;
    void write(const std::int16_t* samples, std::size_t count) override;
    void close() override;

private:
    void encode_frame(const float* frame, bool last);

    std::filesystem::path path_;
    std::unique_ptr<OpusEncoder, void (*)(OpusEncoder*)> encoder_;
    std::unique_ptr<OggPageFile> pages_;
    int rate_;
    std::size_t frame_;                 // samples in 20 ms
    std::uint64_t pre_skip_ = 0;        // in 48 kHz samples
    std::uint64_t written_ = 0;         // input samples received
    std::uint64_t encoded_ = 0;         // input samples encoded, padding included
    std::vector<float> pending_;        // less than a frame, waiting for more
    std::vector<unsigned char> packet_;
    bool closed_ = false;
};

}  // namespace sori
