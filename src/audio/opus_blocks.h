#pragma once
// Ogg Opus from blocks encoded on their own (RFC 6716, RFC 7845), with libopus and libogg
// directly: libsndfile's Opus writer has no settings and encodes at about 45× real time.
// Each block's encoder starts with 80 ms of silence as pre-roll (the cut lies in silence, so that
// is what precedes it) and its packets are kept only from the block's first frame on; the look-
// ahead moves each packet `lookahead` samples earlier, which the OpusHead pre-skip removes once
// for the stream. Joined, the packets form one stream whose granule positions run on without a
// break and whose last one ends the audio on its last sample.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "audio/block_joiner.h"
#include "audio/encoded_block.h"

namespace sori {

struct OpusSettings {
    int bitrate = 32000;  // bits a second, constant (chapter seeking stays exact in every player)
    int complexity = 6;   // 0–10; above 6 libopus 1.3 is ten times slower on speech for no audible gain
};

// Everything besides the samples that decides a block's packets (for block keys).
std::string opus_signature(int rate, const OpusSettings& settings);

// The packets of one block of `samples` at `rate` (8, 12, 16, 24 or 48 kHz). A block that is not
// the last is a whole number of 20 ms frames; the last one also carries the look-ahead's worth of
// silence so that the decoder reaches its last sample. Thread-safe (one encoder per call).
EncodedBlock encode_opus_block(std::span<const float> samples, int rate, const OpusSettings& settings, bool last);

class OggPageFile;

// One Ogg Opus file joined from encoded blocks, in order.
class OggOpusFile : public BlockJoiner {
public:
    // `total`: the programme's samples at `rate` (the last granule names it). Throws
    // Error(output) naming the path when the file cannot be made.
    OggOpusFile(const std::filesystem::path& path, int rate, const std::vector<std::string>& comments, const OpusSettings& settings,
                std::uint64_t total);
    ~OggOpusFile() override;
    OggOpusFile(const OggOpusFile&) = delete;
    OggOpusFile& operator=(const OggOpusFile&) = delete;

    void add(const EncodedBlock& block) override;
    void close() override;

private:
    std::filesystem::path path_;
    std::unique_ptr<OggPageFile> pages_;
    int rate_;
    std::uint64_t total_;
    std::uint64_t pre_skip_;       // in 48 kHz samples
    std::uint64_t decoded_ = 0;    // 48 kHz samples in the packets added so far
    std::vector<unsigned char> held_;  // the newest packet, written when the next comes or at close
    std::uint64_t held_granule_ = 0;
    bool holding_ = false;
};

}  // namespace sori
