#pragma once
// MP3 from blocks encoded on their own with LAME (ISO 11172-3 / 13818-3 layer III). MP3 frames
// lie on one grid from the start of the stream (576 samples a frame at 22.05 kHz), so block k
// owns the frames that begin in it; its encoder starts two frames before the first of them, on
// the grid, with silence (the cut lies in silence), and the frames it makes are the stream's
// frames. The bit reservoir is off, so no frame borrows bytes from one that another block made.
// The file starts with an Info frame (Xing header with frame count, size and seek table, and the
// LAME extension with the encoder delay and end padding), so decoders give exactly the WAV's
// samples, gaplessly.
#include <array>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

#include "audio/block_joiner.h"
#include "audio/byte_file.h"
#include "audio/encoded_block.h"

namespace sori {

struct Mp3Settings {
    int bitrate = 64000;  // bits a second, constant (without vbr_quality)
    int vbr_quality = -1; // --mp3-vbr: LAME's -V, 0 (best) to 9 (smallest); -1: constant bit rate
};

// Samples in a frame at `rate`: 1152 for MPEG-1 (32–48 kHz), 576 below.
std::uint32_t mp3_frame_samples(int rate);

// Everything besides the samples that decides a block's frames (for block keys).
std::string mp3_signature(int rate, const Mp3Settings& settings);

// The frames of the block [start, end) of a programme of `total` samples at `rate` (positions at
// `rate`; `samples` holds the block's). Thread-safe (one encoder per call).
EncodedBlock encode_mp3_block(std::span<const std::int16_t> samples, int rate, const Mp3Settings& settings, std::uint64_t start,
                              std::uint64_t end, std::uint64_t total);

// One MP3 file joined from encoded blocks, in order.
class Mp3File : public BlockJoiner {
public:
    // `total`: the programme's samples at `rate`. Throws Error(output) naming the path.
    Mp3File(const std::filesystem::path& path, int rate, const Mp3Settings& settings, std::uint64_t total);
    ~Mp3File() override;
    Mp3File(const Mp3File&) = delete;
    Mp3File& operator=(const Mp3File&) = delete;

    void add(const EncodedBlock& block) override;
    void close() override;  // writes the Info frame; throws when the frames do not cover the total

private:
    std::string info_frame() const;

    ByteFile file_;
    int rate_;
    Mp3Settings settings_;
    std::uint64_t total_;
    std::uint64_t frames_ = 0, bytes_ = 0;
    std::uint64_t expected_frames_;                 // what the total needs: the seek table's hundredths
    std::array<std::uint64_t, 100> toc_offsets_{};  // bytes before the frame at each hundredth of the audio
    std::size_t next_toc_ = 0;
};

}  // namespace sori
