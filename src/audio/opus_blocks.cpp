#include "audio/opus_blocks.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ogg/ogg.h>
#include <opus/opus.h>

#include "audio/byte_file.h"
#include "base/error.h"

namespace sori {
namespace {

constexpr int serial_number = 0x736f7269;  // "sori": the same bytes on every run

void put_u16(std::vector<unsigned char>& out, std::uint32_t value) {
    for (int i = 0; i < 2; ++i) out.push_back(static_cast<unsigned char>(value >> (8 * i)));
}
void put_u32(std::vector<unsigned char>& out, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<unsigned char>(value >> (8 * i)));
}
void put_text(std::vector<unsigned char>& out, const std::string& text) {
    put_u32(out, static_cast<std::uint32_t>(text.size()));
    out.insert(out.end(), text.begin(), text.end());
}

// RFC 7845 §5.1: version 1, one channel, the pre-skip, the rate the audio was encoded from, no
// gain, channel mapping family 0.
std::vector<unsigned char> opus_head(std::uint64_t pre_skip, int rate) {
    std::vector<unsigned char> head{'O', 'p', 'u', 's', 'H', 'e', 'a', 'd', 1, 1};
    put_u16(head, static_cast<std::uint32_t>(pre_skip));
    put_u32(head, static_cast<std::uint32_t>(rate));
    put_u16(head, 0);
    head.push_back(0);
    return head;
}

// RFC 7845 §5.2: the vendor (libopus) and the comments (title, artist, chapters).
std::vector<unsigned char> opus_tags(const std::vector<std::string>& fields) {
    std::vector<unsigned char> tags{'O', 'p', 'u', 's', 'T', 'a', 'g', 's'};
    put_text(tags, opus_get_version_string());
    std::vector<std::string> comments{"ENCODER=sori " SORI_VERSION};
    comments.insert(comments.end(), fields.begin(), fields.end());
    put_u32(tags, static_cast<std::uint32_t>(comments.size()));
    for (const std::string& c : comments) put_text(tags, c);
    return tags;
}

}  // namespace

// One Ogg logical stream written to one file (libogg).
class OggPageFile {
public:
    explicit OggPageFile(const std::filesystem::path& path) : file_(path, "the opus file") { ogg_stream_init(&stream_, serial_number); }
    ~OggPageFile() { ogg_stream_clear(&stream_); }
    OggPageFile(const OggPageFile&) = delete;
    OggPageFile& operator=(const OggPageFile&) = delete;

    // Adds a packet; `flush` ends its page at once (the headers each end a page).
    void add(const unsigned char* data, std::size_t size, std::int64_t granule, bool first, bool last, bool flush) {
        ogg_packet packet{};
        packet.packet = const_cast<unsigned char*>(data);  // libogg copies it
        packet.bytes = static_cast<long>(size);
        packet.b_o_s = first;
        packet.e_o_s = last;
        packet.granulepos = granule;
        packet.packetno = packets_++;
        if (ogg_stream_packetin(&stream_, &packet) != 0)
            throw Error(ExitCode::internal, file_.path().string() + ": libogg refused a packet");
        ogg_page page;
        while (flush ? ogg_stream_flush(&stream_, &page) : ogg_stream_pageout(&stream_, &page)) write(page);
    }

    void close() {
        ogg_page page;
        while (ogg_stream_flush(&stream_, &page)) write(page);
        file_.close();
    }

private:
    void write(const ogg_page& page) {
        file_.write(page.header, static_cast<std::size_t>(page.header_len));
        file_.write(page.body, static_cast<std::size_t>(page.body_len));
    }

    ByteFile file_;
    ogg_stream_state stream_{};
    std::int64_t packets_ = 0;
};

namespace {

constexpr int pre_roll_frames = 4;  // 80 ms: what a decoder needs to converge (RFC 7845 §4.6)

struct EncoderDeleter {
    void operator()(OpusEncoder* encoder) const { opus_encoder_destroy(encoder); }
};
using Encoder = std::unique_ptr<OpusEncoder, EncoderDeleter>;

Encoder make_encoder(int rate, const OpusSettings& settings) {
    int error = OPUS_OK;
    Encoder encoder(opus_encoder_create(rate, 1, OPUS_APPLICATION_AUDIO, &error));
    if (error != OPUS_OK || !encoder)
        throw Error(ExitCode::internal, "libopus cannot encode at " + std::to_string(rate) + " Hz (" + opus_strerror(error) + ")");
    opus_encoder_ctl(encoder.get(), OPUS_SET_BITRATE(settings.bitrate));
    opus_encoder_ctl(encoder.get(), OPUS_SET_VBR(0));
    opus_encoder_ctl(encoder.get(), OPUS_SET_COMPLEXITY(settings.complexity));
    return encoder;
}

std::size_t lookahead(OpusEncoder* encoder) {
    opus_int32 samples = 0;
    opus_encoder_ctl(encoder, OPUS_GET_LOOKAHEAD(&samples));
    return static_cast<std::size_t>(samples);
}

}  // namespace

std::string opus_signature(int rate, const OpusSettings& settings) {
    return std::string("opus ") + opus_get_version_string() + " rate=" + std::to_string(rate) + " bitrate=" + std::to_string(settings.bitrate) +
           " complexity=" + std::to_string(settings.complexity) + " cbr frame=20ms pre-roll=" + std::to_string(pre_roll_frames);
}

// Frames of silence (the pre-roll), then the samples a frame at a time straight from the caller,
// then the last partial frame and any look-ahead padded with silence.
EncodedBlock encode_opus_block(std::span<const float> samples, int rate, const OpusSettings& settings, bool last) {
    const Encoder encoder = make_encoder(rate, settings);
    const std::size_t frame = static_cast<std::size_t>(rate / 50);
    const std::size_t covered = samples.size() + (last ? lookahead(encoder.get()) : 0);
    const std::size_t frames = (covered + frame - 1) / frame;
    std::vector<float> padded(frame, 0.0f);
    EncodedBlock block;
    block.bytes.reserve(frames * 100);
    unsigned char packet[4000];  // RFC 6716's largest packet is 1275 bytes a frame
    for (std::size_t f = 0; f < pre_roll_frames + frames; ++f) {
        const float* input = padded.data();
        if (f >= pre_roll_frames) {
            const std::size_t at = (f - pre_roll_frames) * frame;
            if (at + frame <= samples.size()) {
                input = samples.data() + at;
            } else {
                std::fill(padded.begin(), padded.end(), 0.0f);
                if (at < samples.size()) std::copy(samples.begin() + static_cast<std::ptrdiff_t>(at), samples.end(), padded.begin());
            }
        }
        const opus_int32 bytes = opus_encode_float(encoder.get(), input, static_cast<int>(frame), packet, sizeof packet);
        if (bytes < 0) throw Error(ExitCode::internal, std::string("libopus could not encode (") + opus_strerror(bytes) + ")");
        if (f >= pre_roll_frames) block.add(packet, static_cast<std::size_t>(bytes), static_cast<std::uint32_t>(frame));
    }
    return block;
}

OggOpusFile::OggOpusFile(const std::filesystem::path& path, int rate, const std::vector<std::string>& comments, const OpusSettings& settings,
                         std::uint64_t total)
    : path_(path), rate_(rate), total_(total) {
    pre_skip_ = lookahead(make_encoder(rate, settings).get()) * 48000 / static_cast<std::size_t>(rate);
    pages_ = std::make_unique<OggPageFile>(path);
    const std::vector<unsigned char> head = opus_head(pre_skip_, rate), tags = opus_tags(comments);
    pages_->add(head.data(), head.size(), 0, true, false, true);
    pages_->add(tags.data(), tags.size(), 0, false, false, true);
}

OggOpusFile::~OggOpusFile() = default;

// Granule positions count decoded 48 kHz samples, the pre-skip among them (RFC 7845 §4). Each
// packet waits for the next, so that the last one can be marked and given the exact end.
void OggOpusFile::add(const EncodedBlock& block) {
    const std::uint64_t scale = 48000 / static_cast<std::uint64_t>(rate_);
    std::size_t at = 0;
    for (std::size_t i = 0; i < block.sizes.size(); ++i) {
        if (holding_) pages_->add(held_.data(), held_.size(), static_cast<std::int64_t>(held_granule_), false, false, false);
        held_.assign(block.bytes.begin() + static_cast<std::ptrdiff_t>(at), block.bytes.begin() + static_cast<std::ptrdiff_t>(at + block.sizes[i]));
        at += block.sizes[i];
        decoded_ += block.samples[i] * scale;
        held_granule_ = decoded_;
        holding_ = true;
    }
}

void OggOpusFile::close() {
    const std::uint64_t end = pre_skip_ + total_ * (48000 / static_cast<std::uint64_t>(rate_));
    if (!holding_ || end > decoded_)
        throw Error(ExitCode::internal, path_.string() + ": the Opus blocks hold " + std::to_string(decoded_) + " samples at 48 kHz, not " +
                                            std::to_string(end));
    pages_->add(held_.data(), held_.size(), static_cast<std::int64_t>(end), false, true, false);
    pages_->close();
}

}  // namespace sori
