#include "audio/aac_blocks.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <fstream>
#include <unistd.h>
#include <vector>

#include "audio/audiobook.h"
#include "base/error.h"

namespace sori {
namespace {

constexpr std::uint64_t pre_roll_frames = 2;  // the MDCT's overlap with what came before, and more

// The length of the ADTS frame at `data` (ISO 14496-3 1.A.2), 0 when it is not one.
std::size_t adts_length(const unsigned char* data, std::size_t available) {
    if (available < 7 || data[0] != 0xFF || (data[1] & 0xF6) != 0xF0) return 0;
    return static_cast<std::size_t>((data[3] & 3) << 11 | data[4] << 3 | data[5] >> 5);
}

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Temporary files named as the cache names its own (KEY.tmp-PID-N), so a killed render's are
// removed by the next one.
std::filesystem::path temporary(const std::filesystem::path& folder, const char* extension) {
    static std::atomic<unsigned> counter{0};
    return folder / ("aac.tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + extension);
}

}  // namespace

std::string aac_signature(int rate, const AacSettings& settings) {
    return "aac " + ffmpeg_version() + " rate=" + std::to_string(rate) + " bitrate=" + std::to_string(settings.bitrate) +
           " coder=fast pre-roll=" + std::to_string(pre_roll_frames);
}

// Stream frame j decodes to the samples [1024·(j−1), 1024·j) (frame 0 is the priming). Block
// [start, end) owns frames first..last−1; the encoder's frame pre_roll_frames + i is frame first + i.
EncodedBlock encode_aac_block(std::span<const std::int16_t> samples, int rate, const AacSettings& settings, std::uint64_t start,
                              std::uint64_t end, std::uint64_t total, const std::filesystem::path& temp_folder) {
    const std::uint64_t frame = aac_frame_samples;
    const std::uint64_t first = start == 0 ? 0 : (start + frame - 1) / frame;
    const std::uint64_t last = end >= total ? (total + frame - 1) / frame + 1 : (end + frame - 1) / frame;
    const std::uint64_t kept = last - first;
    const std::int64_t input_start = (static_cast<std::int64_t>(first) - static_cast<std::int64_t>(pre_roll_frames)) * static_cast<std::int64_t>(frame);
    std::vector<std::int16_t> input(static_cast<std::size_t>((pre_roll_frames + kept) * frame), 0);
    const std::size_t at = std::min(input.size(), static_cast<std::size_t>(static_cast<std::int64_t>(start) - input_start));
    std::copy(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(std::min(samples.size(), input.size() - at)),
              input.begin() + static_cast<std::ptrdiff_t>(at));
    std::error_code ec;
    std::filesystem::create_directories(temp_folder, ec);
    const std::filesystem::path pcm = temporary(temp_folder, ".pcm"), adts = temporary(temp_folder, ".aac");
    struct Remove {
        std::vector<std::filesystem::path> paths;
        ~Remove() {
            std::error_code ignored;
            for (const auto& p : paths) std::filesystem::remove(p, ignored);
        }
    } remove{{pcm, adts}};
    std::ofstream(pcm, std::ios::binary).write(reinterpret_cast<const char*>(input.data()), static_cast<std::streamsize>(input.size() * 2));
    run_ffmpeg({"-f", "s16le", "-ar", std::to_string(rate), "-ac", "1", "-i", pcm.string(), "-c:a", "aac", "-aac_coder", "fast", "-b:a",
                std::to_string(settings.bitrate), "-f", "adts", adts.string()},
               adts);
    const std::string bytes = slurp(adts);
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    EncodedBlock block;
    std::uint64_t made = 0;
    for (std::size_t byte = 0; byte < bytes.size() && block.sizes.size() < kept;) {
        const std::size_t length = adts_length(data + byte, bytes.size() - byte);
        if (length < 7 || byte + length > bytes.size()) throw Error(ExitCode::internal, "ffmpeg wrote something that is not an ADTS frame");
        if (made++ >= pre_roll_frames) block.add(data + byte, length, static_cast<std::uint32_t>(frame));
        byte += length;
    }
    if (block.sizes.size() != kept)
        throw Error(ExitCode::internal, "ffmpeg made " + std::to_string(block.sizes.size()) + " AAC frames of a block, not " + std::to_string(kept));
    return block;
}

M4bFile::M4bFile(const std::filesystem::path& path, int rate, const std::filesystem::path& ffmeta, std::uint64_t total)
    : path_(path), ffmeta_(ffmeta), adts_(path.string() + ".adts", "the audiobook's stream"), rate_(rate), total_(total) {}

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
    mux_m4b(adts_.path(), rate_, aac_frame_samples, ffmeta_, path_);
}

}  // namespace sori
