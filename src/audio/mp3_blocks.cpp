#include "audio/mp3_blocks.h"

#include <algorithm>
#include <cstring>
#include <lame/lame.h>
#include <memory>
#include <vector>

#include "base/error.h"

namespace sori {
namespace {

constexpr std::uint64_t pre_roll_frames = 2;  // the filterbank's and the MDCT's memory of what came before
constexpr std::uint64_t decoder_delay = 529;  // every layer III decoder's own (528 + 1)

struct LameDeleter {
    void operator()(lame_global_flags* flags) const { lame_close(flags); }
};
using Lame = std::unique_ptr<lame_global_flags, LameDeleter>;

Lame make_encoder(int rate, const Mp3Settings& settings) {
    Lame lame(lame_init());
    if (!lame) throw Error(ExitCode::internal, "LAME could not make an encoder");
    lame_set_num_channels(lame.get(), 1);
    lame_set_mode(lame.get(), MONO);
    lame_set_in_samplerate(lame.get(), rate);
    lame_set_out_samplerate(lame.get(), rate);
    if (settings.vbr_quality >= 0) {
        lame_set_VBR(lame.get(), vbr_default);
        lame_set_VBR_quality(lame.get(), static_cast<float>(settings.vbr_quality));
    } else {
        lame_set_brate(lame.get(), settings.bitrate / 1000);
        lame_set_VBR(lame.get(), vbr_off);
    }
    lame_set_quality(lame.get(), 5);
    lame_set_bWriteVbrTag(lame.get(), 0);
    lame_set_disable_reservoir(lame.get(), 1);
    if (lame_init_params(lame.get()) < 0)
        throw Error(ExitCode::internal, "LAME cannot encode " + std::to_string(settings.bitrate / 1000) + " kb/s at " + std::to_string(rate) + " Hz");
    return lame;
}

// Samples from the start of the input to the first sample a decoder gives back.
std::uint64_t total_delay(int rate, const Mp3Settings& settings) {
    return static_cast<std::uint64_t>(lame_get_encoder_delay(make_encoder(rate, settings).get())) + decoder_delay;
}

// Layer III bit rates in kb/s by header index: MPEG-2 and 2.5, then MPEG-1.
constexpr int layer3_kbps[2][16] = {{0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0},
                                    {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0}};

// The byte length of the layer III frame whose header starts at `data`; 0 when it is not one.
std::size_t frame_length(const unsigned char* data, std::size_t available) {
    if (available < 4 || data[0] != 0xFF || (data[1] & 0xE0) != 0xE0 || ((data[1] >> 1) & 3) != 1) return 0;
    static const int rates[4][3] = {{11025, 12000, 8000}, {0, 0, 0}, {22050, 24000, 16000}, {44100, 48000, 32000}};
    const int version = (data[1] >> 3) & 3, bitrate_code = data[2] >> 4, rate_index = (data[2] >> 2) & 3, padding = (data[2] >> 1) & 1;
    if (version == 1 || rate_index == 3 || bitrate_code == 0 || bitrate_code == 15) return 0;
    const bool mpeg1 = version == 3;
    return static_cast<std::size_t>((mpeg1 ? 144 : 72) * layer3_kbps[mpeg1][bitrate_code] * 1000 / rates[version][rate_index] + padding);
}

}  // namespace

std::uint32_t mp3_frame_samples(int rate) { return rate >= 32000 ? 1152 : 576; }

std::string mp3_signature(int rate, const Mp3Settings& settings) {
    const std::string mode = settings.vbr_quality >= 0 ? " vbr=" + std::to_string(settings.vbr_quality) : " cbr=" + std::to_string(settings.bitrate);
    return std::string("mp3 lame ") + get_lame_short_version() + " rate=" + std::to_string(rate) + mode +
           " quality=5 no-reservoir pre-roll=" + std::to_string(pre_roll_frames);
}

// Frames are counted on the stream's grid: frame j decodes to the samples from j·frame − delay.
// Block [start, end) owns frames first..last−1 (the last block, those that reach the end).
EncodedBlock encode_mp3_block(std::span<const std::int16_t> samples, int rate, const Mp3Settings& settings, std::uint64_t start,
                              std::uint64_t end, std::uint64_t total) {
    const std::uint64_t frame = mp3_frame_samples(rate), delay = total_delay(rate, settings);
    const std::uint64_t first = (start + frame - 1) / frame;
    const std::uint64_t last = end >= total ? (total + delay + frame - 1) / frame : (end + frame - 1) / frame;
    const std::uint64_t kept = last > first ? last - first : 0;
    // The encoder's input starts on the grid pre_roll_frames before `first` (before the programme
    // for the first block: silence all the same), so its frame pre_roll_frames + i is frame first + i.
    const std::int64_t input_start = (static_cast<std::int64_t>(first) - static_cast<std::int64_t>(pre_roll_frames)) * static_cast<std::int64_t>(frame);
    std::vector<short> input(static_cast<std::size_t>((pre_roll_frames + kept + 1) * frame + delay), 0);
    const std::size_t at = static_cast<std::size_t>(static_cast<std::int64_t>(start) - input_start);
    std::copy(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(std::min(samples.size(), input.size() - std::min(at, input.size()))),
              input.begin() + static_cast<std::ptrdiff_t>(std::min(at, input.size())));
    const Lame lame = make_encoder(rate, settings);
    std::vector<unsigned char> bytes(input.size() * 5 / 4 + 7200 * 2);
    int made = lame_encode_buffer(lame.get(), input.data(), input.data(), static_cast<int>(input.size()), bytes.data(), static_cast<int>(bytes.size()));
    if (made < 0) throw Error(ExitCode::internal, "LAME could not encode a block (" + std::to_string(made) + ")");
    const int flushed = lame_encode_flush(lame.get(), bytes.data() + made, static_cast<int>(bytes.size()) - made);
    if (flushed < 0) throw Error(ExitCode::internal, "LAME could not finish a block (" + std::to_string(flushed) + ")");
    made += flushed;
    EncodedBlock block;
    std::uint64_t counted = 0;
    for (std::size_t byte = 0; byte < static_cast<std::size_t>(made) && block.sizes.size() < kept;) {
        const std::size_t length = frame_length(bytes.data() + byte, static_cast<std::size_t>(made) - byte);
        if (length == 0 || byte + length > static_cast<std::size_t>(made)) throw Error(ExitCode::internal, "LAME wrote something that is not a frame");
        if (counted++ >= pre_roll_frames) block.add(bytes.data() + byte, length, static_cast<std::uint32_t>(frame));
        byte += length;
    }
    if (block.sizes.size() != kept)
        throw Error(ExitCode::internal, "LAME made " + std::to_string(block.sizes.size()) + " frames of a block, not " + std::to_string(kept));
    return block;
}

Mp3File::Mp3File(const std::filesystem::path& path, int rate, const Mp3Settings& settings, std::uint64_t total)
    : file_(path, "the mp3 file"), rate_(rate), settings_(settings), total_(total) {
    const std::uint64_t frame = mp3_frame_samples(rate);
    expected_frames_ = (total + total_delay(rate, settings) + frame - 1) / frame;
    const std::string info = info_frame();  // the real one comes at close, the same size
    file_.write(info.data(), info.size());
}

Mp3File::~Mp3File() = default;

void Mp3File::add(const EncodedBlock& block) {
    file_.write(block.bytes.data(), block.bytes.size());
    for (std::uint32_t size : block.sizes) {
        while (next_toc_ < 100 && frames_ >= expected_frames_ * next_toc_ / 100) toc_offsets_[next_toc_++] = bytes_;  // a hundredth begins here
        ++frames_;
        bytes_ += size;
    }
}

namespace {

void put_be(std::string& out, std::uint64_t value, int bytes) {
    for (int i = bytes - 1; i >= 0; --i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

// CRC-16/ARC (x^16+x^15+x^2+1, reflected), as the LAME tag's own CRC.
std::uint16_t crc16_arc(const std::string& data, std::size_t size) {
    std::uint16_t crc = 0;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= static_cast<unsigned char>(data[i]);
        for (int b = 0; b < 8; ++b) crc = (crc & 1) ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001) : static_cast<std::uint16_t>(crc >> 1);
    }
    return crc;
}

}  // namespace

// A silent frame holding the Xing "Info" header (CBR) and the LAME extension: frames, bytes, a
// seek table, the encoder delay and the end padding (what decoders trim for gapless playback).
std::string Mp3File::info_frame() const {
    const bool mpeg1 = rate_ >= 32000;
    const std::uint64_t frame = mp3_frame_samples(rate_), delay = total_delay(rate_, settings_) - decoder_delay;
    // The tag needs about 200 bytes: the frame takes the smallest bit rate that holds them.
    const int per_kbps = (mpeg1 ? 144 : 72) * 1000;
    const int* table = layer3_kbps[mpeg1 ? 1 : 0];
    int rate_code = 1;
    std::size_t size = static_cast<std::size_t>(per_kbps * table[rate_code] / rate_);
    while (size < 200 && rate_code < 14) {
        ++rate_code;
        size = static_cast<std::size_t>(per_kbps * table[rate_code] / rate_);
    }
    const int version = rate_ >= 32000 ? 3 : rate_ >= 16000 ? 2 : 0;
    const int rate_index = (rate_ == 48000 || rate_ == 24000 || rate_ == 12000) ? 1 : (rate_ == 32000 || rate_ == 16000 || rate_ == 8000) ? 2 : 0;
    std::string out{'\xFF', static_cast<char>(0xE0 | version << 3 | 1 << 1 | 1), static_cast<char>(rate_code << 4 | rate_index << 2), '\xC0'};
    out.append(mpeg1 ? 17 : 9, '\0');  // side information of a mono frame
    const bool vbr = settings_.vbr_quality >= 0;
    out += vbr ? "Xing" : "Info";
    put_be(out, 0x0F, 4);  // frames, bytes, seek table, quality
    put_be(out, frames_, 4);
    put_be(out, bytes_ + size, 4);
    const std::uint64_t audio_bytes = std::max<std::uint64_t>(1, bytes_);
    for (std::size_t i = 0; i < 100; ++i)  // the seek table: where each hundredth begins, in 256ths of the bytes
        out.push_back(static_cast<char>(std::min<std::uint64_t>(255, (toc_offsets_[i] + size) * 256 / (audio_bytes + size))));
    put_be(out, 50, 4);
    out += "LAME3.100";
    out.push_back(vbr ? 0x04 : 0x01);  // revision 0; constant bit rate, or LAME's default VBR
    out.push_back(0);     // low-pass (unknown)
    put_be(out, 0, 8);    // replay gain: none
    out.push_back(0);     // encoding flags, ATH type
    out.push_back(static_cast<char>(vbr ? 0 : std::min(255, settings_.bitrate / 1000)));
    const std::uint64_t padding = frames_ * frame - delay - total_;
    put_be(out, (delay & 0xFFF) << 12 | (padding & 0xFFF), 3);
    out.push_back(0);     // misc
    out.push_back(0);     // mp3 gain
    put_be(out, 0, 2);    // preset, surround
    put_be(out, bytes_ + size, 4);  // music length, this frame included
    put_be(out, 0, 2);    // music CRC: not computed
    put_be(out, crc16_arc(out, out.size()), 2);
    out.resize(size, '\0');
    return out;
}

void Mp3File::close() {
    const std::uint64_t frame = mp3_frame_samples(rate_), delay = total_delay(rate_, settings_);
    if (frames_ * frame < total_ + delay)
        throw Error(ExitCode::internal, file_.path().string() + ": the MP3 blocks hold " + std::to_string(frames_) + " frames, too few for " +
                                            std::to_string(total_) + " samples");
    const std::string info = info_frame();
    file_.rewrite_head(info.data(), info.size());
    file_.close();
}

}  // namespace sori
