#pragma once
// M4B audiobooks from AAC blocks encoded on their own by ffmpeg's native AAC encoder (in this
// process: aac_encoder.h), joined as one ADTS stream and put in an iPod/MP4 container with the
// chapters by the ffmpeg program (stream copy). AAC frames (1024 samples) lie on one grid from the start:
// block k owns the frames that begin in it; its encoder starts two frames before them, on the
// grid, with silence (the cut lies in silence), so its frames are the stream's frames. The
// encoder's priming (its first 1024 samples) is hidden by an edit list, so players start on the
// first sample and play the joins without a gap.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

#include "audio/block_joiner.h"
#include "audio/byte_file.h"
#include "audio/encoded_block.h"

namespace sori {

struct AacSettings {
    int bitrate = 64000;  // bits a second
};

inline constexpr std::uint32_t aac_frame_samples = 1024;

// Everything besides the samples that decides a block's frames (for block keys).
std::string aac_signature(int rate, const AacSettings& settings);

// The ADTS frames of the block [start, end) of a programme of `total` samples at `rate`
// (`samples`: the block's). Thread-safe (one encoder per call).
EncodedBlock encode_aac_block(std::span<const std::int16_t> samples, int rate, const AacSettings& settings, std::uint64_t start,
                              std::uint64_t end, std::uint64_t total);

// One M4B joined from encoded blocks, in order.
class M4bFile : public BlockJoiner {
public:
    // `ffmeta`: the title, tags and chapters; `language`: ISO 639-2 ("" for none). Throws
    // Error(output) naming the path.
    M4bFile(const std::filesystem::path& path, int rate, const std::filesystem::path& ffmeta, std::uint64_t total,
            const std::string& language = "", const std::filesystem::path& cover = {});
    ~M4bFile() override;
    M4bFile(const M4bFile&) = delete;
    M4bFile& operator=(const M4bFile&) = delete;

    void add(const EncodedBlock& block) override;
    void close() override;  // puts the stream in its container; throws when the frames do not cover the total

private:
    std::filesystem::path path_, ffmeta_;
    std::string language_;
    std::filesystem::path cover_;
    ByteFile adts_;  // the joined stream, until it is put in its container
    int rate_;
    std::uint64_t total_, frames_ = 0;
};

}  // namespace sori
