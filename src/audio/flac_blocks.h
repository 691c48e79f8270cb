#pragma once
// FLAC from blocks encoded on their own (RFC 9639) with libFLAC: each block's frames are joined
// into one variable-blocksize stream whose frame headers are rewritten to carry their first
// sample's number (and their CRCs computed again), under one STREAMINFO with the exact total and
// the MD5 of every sample, and a seek table every ten seconds. Lossless: the file decodes to the
// very samples of the WAV.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "audio/block_joiner.h"
#include "audio/byte_file.h"
#include "audio/encoded_block.h"
#include "audio/sample_md5.h"

namespace sori {

struct FlacSettings {
    int compression = 5;  // libFLAC's level 0–8 (5 is flac's default)
};

// Everything besides the samples that decides a block's frames (for block keys).
std::string flac_signature(int rate, const FlacSettings& settings);

// The frames of one block of 16-bit samples at `rate`. No frame but a block's last is shorter
// than the others, and none is shorter than 16 samples (RFC 9639 §8.2) unless the block is.
// Thread-safe (one encoder per call).
EncodedBlock encode_flac_block(std::span<const std::int16_t> samples, int rate, const FlacSettings& settings);

// One FLAC file joined from encoded blocks, in order; the samples are also given, in order, for
// the MD5 (add_samples).
class FlacFile : public BlockJoiner {
public:
    // `total`: the programme's samples at `rate`; `comments` its Vorbis comments ("FIELD=value",
    // chapter_tags.h). Throws Error(output) naming the path.
    // `picture`: a PICTURE block's body (cover_art.h), or empty.
    FlacFile(const std::filesystem::path& path, int rate, std::vector<std::string> comments, std::uint64_t total,
             std::vector<unsigned char> picture = {});
    ~FlacFile() override;
    FlacFile(const FlacFile&) = delete;
    FlacFile& operator=(const FlacFile&) = delete;

    bool wants_samples() const override { return true; }
    void add_samples(std::vector<std::int16_t> samples) override;
    bool resume_samples(std::span<const unsigned char> state, std::uint64_t samples) override;
    void restart_samples() override;
    std::vector<std::vector<unsigned char>> sample_states() override;
    void add(const EncodedBlock& block) override;
    void close() override;  // writes STREAMINFO and the seek table; throws when the frames miss the total

private:
    struct SeekPoint {
        std::uint64_t sample = 0, offset = 0;
        std::uint32_t samples = 0;
    };
    std::vector<unsigned char> metadata() const;

    ByteFile file_;
    int rate_;
    std::vector<std::string> comments_;
    std::vector<unsigned char> picture_;
    std::uint64_t total_;
    std::unique_ptr<SampleMd5> md5_;
    std::uint64_t hashed_ = 0;     // samples given to the MD5
    std::vector<unsigned char> resumed_state_;  // the MD5's state it resumed from, after
    std::uint64_t resumed_samples_ = 0;         // this many samples
    std::uint64_t written_ = 0;    // samples in the frames written
    std::uint64_t offset_ = 0;     // bytes of frames written
    std::uint32_t min_block_ = 0, max_block_ = 0, min_frame_ = 0, max_frame_ = 0;
    std::uint32_t last_frame_samples_ = 0;  // the newest frame's (the stream's last is not counted in the minimum)
    std::vector<SeekPoint> seek_;  // one every ten seconds
    std::vector<unsigned char> frame_;
};

}  // namespace sori
