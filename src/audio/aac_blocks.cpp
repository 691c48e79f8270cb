#include "audio/aac_blocks.h"

#include <algorithm>
#include <vector>

#include "audio/aac_encoder.h"
#include "audio/audiobook.h"
#include "base/error.h"

namespace sori {
namespace {

constexpr std::uint64_t pre_roll_frames = 2;  // the MDCT's overlap with what came before, and more

}  // namespace

std::string aac_signature(int rate, const AacSettings& settings) {
    return "aac " + AacEncoder::version() + " rate=" + std::to_string(rate) + " bitrate=" + std::to_string(settings.bitrate) +
           " coder=fast pre-roll=" + std::to_string(pre_roll_frames);
}

// Stream frame j decodes to the samples [1024·(j−1), 1024·j) (frame 0 is the priming). Block
// [start, end) owns frames first..last−1; the encoder's frame pre_roll_frames + i is frame first + i.
EncodedBlock encode_aac_block(std::span<const std::int16_t> samples, int rate, const AacSettings& settings, std::uint64_t start,
                              std::uint64_t end, std::uint64_t total) {
    const std::uint64_t frame = aac_frame_samples;
    const std::uint64_t first = start == 0 ? 0 : (start + frame - 1) / frame;
    const std::uint64_t last = end >= total ? (total + frame - 1) / frame + 1 : (end + frame - 1) / frame;
    const std::uint64_t kept = last - first;
    const std::int64_t input_start = (static_cast<std::int64_t>(first) - static_cast<std::int64_t>(pre_roll_frames)) * static_cast<std::int64_t>(frame);
    std::vector<std::int16_t> input(static_cast<std::size_t>((pre_roll_frames + kept) * frame), 0);
    const std::size_t at = std::min(input.size(), static_cast<std::size_t>(static_cast<std::int64_t>(start) - input_start));
    std::copy(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(std::min(samples.size(), input.size() - at)),
              input.begin() + static_cast<std::ptrdiff_t>(at));
    EncodedBlock block;
    std::uint64_t made = 0;
    AacEncoder(rate, settings.bitrate).encode(input, [&](const unsigned char* frame, std::size_t size) {
        if (made++ >= pre_roll_frames && block.sizes.size() < kept) block.add(frame, size, static_cast<std::uint32_t>(aac_frame_samples));
    });
    if (block.sizes.size() != kept)
        throw Error(ExitCode::internal, "the AAC encoder made " + std::to_string(block.sizes.size()) + " frames of a block, not " + std::to_string(kept));
    return block;
}

M4bFile::M4bFile(const std::filesystem::path& path, int rate, const std::filesystem::path& ffmeta, std::uint64_t total,
                 const std::string& language, const std::filesystem::path& cover)
    : path_(path), ffmeta_(ffmeta), language_(language), cover_(cover), adts_(path.string() + ".adts", "the audiobook's stream"), rate_(rate), total_(total) {}

M4bFile::~M4bFile() {
    std::error_code ec;
    std::filesystem::remove(adts_.path(), ec);
}

void M4bFile::add(const EncodedBlock& block) {
    adts_.write(block.bytes.data(), block.bytes.size());
    frames_ += block.sizes.size();
}

void M4bFile::close() {
    if (frames_ * aac_frame_samples < total_ + aac_frame_samples)
        throw Error(ExitCode::internal, path_.string() + ": the AAC blocks hold " + std::to_string(frames_) + " frames, too few for " +
                                            std::to_string(total_) + " samples");
    adts_.close();
    mux_m4b(adts_.path(), rate_, aac_frame_samples, ffmeta_, path_, language_, cover_);
}

}  // namespace sori
