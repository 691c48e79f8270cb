#include "audio/opus_writer.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ogg/ogg.h>
#include <opus/opus.h>

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

// RFC 7845 §5.2: the vendor (libopus) and the comments (chapters are tagged after: chapter_tags).
std::vector<unsigned char> opus_tags(const std::string& title) {
    std::vector<unsigned char> tags{'O', 'p', 'u', 's', 'T', 'a', 'g', 's'};
    put_text(tags, opus_get_version_string());
    std::vector<std::string> comments{"ENCODER=sori " SORI_VERSION};
    if (!title.empty()) comments.push_back("TITLE=" + title);
    put_u32(tags, static_cast<std::uint32_t>(comments.size()));
    for (const std::string& c : comments) put_text(tags, c);
    return tags;
}

}  // namespace

// One Ogg logical stream written to one file (libogg).
class OggPageFile {
public:
    explicit OggPageFile(const std::filesystem::path& path) : path_(path), file_(std::fopen(path.c_str(), "wb")) {
        if (!file_) throw Error(ExitCode::output, path.string() + ": cannot create the opus file (" + std::strerror(errno) + ")");
        ogg_stream_init(&stream_, serial_number);
    }
    ~OggPageFile() {
        ogg_stream_clear(&stream_);
        if (file_) std::fclose(file_);
    }
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
        if (ogg_stream_packetin(&stream_, &packet) != 0) fail("libogg refused a packet");
        ogg_page page;
        while (flush ? ogg_stream_flush(&stream_, &page) : ogg_stream_pageout(&stream_, &page)) write(page);
    }

    void close() {
        ogg_page page;
        while (ogg_stream_flush(&stream_, &page)) write(page);
        const int closed = std::fclose(file_);
        file_ = nullptr;
        if (closed != 0) fail(std::strerror(errno));
    }

private:
    [[noreturn]] void fail(const std::string& why) { throw Error(ExitCode::output, path_.string() + ": cannot write the opus file (" + why + ")"); }
    void write(const ogg_page& page) {
        if (std::fwrite(page.header, 1, static_cast<std::size_t>(page.header_len), file_) != static_cast<std::size_t>(page.header_len) ||
            std::fwrite(page.body, 1, static_cast<std::size_t>(page.body_len), file_) != static_cast<std::size_t>(page.body_len))
            fail(std::strerror(errno));
    }

    std::filesystem::path path_;
    std::FILE* file_;
    ogg_stream_state stream_{};
    std::int64_t packets_ = 0;
};

OpusWriter::OpusWriter(const std::filesystem::path& path, int sample_rate, const std::string& title, const OpusSettings& settings)
    : path_(path), encoder_(nullptr, opus_encoder_destroy), rate_(sample_rate), frame_(static_cast<std::size_t>(sample_rate / 50)) {
    int error = OPUS_OK;
    encoder_.reset(opus_encoder_create(sample_rate, 1, OPUS_APPLICATION_AUDIO, &error));
    if (error != OPUS_OK || !encoder_)
        throw Error(ExitCode::internal, path.string() + ": libopus cannot encode at " + std::to_string(sample_rate) + " Hz (" + opus_strerror(error) + ")");
    opus_encoder_ctl(encoder_.get(), OPUS_SET_BITRATE(settings.bitrate));
    opus_encoder_ctl(encoder_.get(), OPUS_SET_VBR(0));
    opus_encoder_ctl(encoder_.get(), OPUS_SET_COMPLEXITY(settings.complexity));
    opus_int32 lookahead = 0;
    opus_encoder_ctl(encoder_.get(), OPUS_GET_LOOKAHEAD(&lookahead));
    pre_skip_ = static_cast<std::uint64_t>(lookahead) * 48000 / static_cast<std::uint64_t>(sample_rate);
    pages_ = std::make_unique<OggPageFile>(path);
    const std::vector<unsigned char> head = opus_head(pre_skip_, sample_rate), tags = opus_tags(title);
    pages_->add(head.data(), head.size(), 0, true, false, true);
    pages_->add(tags.data(), tags.size(), 0, false, false, true);
    pending_.reserve(frame_);
    packet_.resize(4000);  // RFC 6716's largest packet is 1275 bytes a frame
}

OpusWriter::~OpusWriter() = default;

void OpusWriter::write(const float* samples, std::size_t count) {
    written_ += count;
    while (count > 0) {
        const std::size_t take = std::min(count, frame_ - pending_.size());
        if (pending_.empty() && take == frame_) {
            encode_frame(samples, false);  // a whole frame straight from the caller
        } else {
            pending_.insert(pending_.end(), samples, samples + take);
            if (pending_.size() == frame_) {
                encode_frame(pending_.data(), false);
                pending_.clear();
            }
        }
        samples += take;
        count -= take;
    }
}

void OpusWriter::write(const std::int16_t* samples, std::size_t count) {
    std::vector<float> converted(count);
    for (std::size_t i = 0; i < count; ++i) converted[i] = static_cast<float>(samples[i]) / 32768.0f;
    write(converted.data(), count);
}

// Granule positions count decoded 48 kHz samples, the pre-skip among them; the last one ends the
// stream on the last sample written (RFC 7845 §4), so frames of silence are added until the
// decoder has that much.
void OpusWriter::encode_frame(const float* frame, bool last) {
    const std::uint64_t scale = 48000 / static_cast<std::uint64_t>(rate_);
    const opus_int32 bytes = opus_encode_float(encoder_.get(), frame, static_cast<int>(frame_), packet_.data(),
                                               static_cast<opus_int32>(packet_.size()));
    if (bytes < 0) throw Error(ExitCode::output, path_.string() + ": libopus could not encode (" + opus_strerror(bytes) + ")");
    encoded_ += frame_;
    const std::uint64_t granule = last ? pre_skip_ + written_ * scale : encoded_ * scale;
    pages_->add(packet_.data(), static_cast<std::size_t>(bytes), static_cast<std::int64_t>(granule), false, last, false);
}

void OpusWriter::close() {
    if (closed_) return;
    closed_ = true;
    const std::uint64_t scale = 48000 / static_cast<std::uint64_t>(rate_);
    const std::uint64_t needed = pre_skip_ + written_ * scale;  // decoded samples the last granule names
    pending_.resize(frame_, 0.0f);
    std::vector<float> silence(frame_, 0.0f);
    const float* next = pending_.data();
    while (true) {
        const bool last = (encoded_ + frame_) * scale >= needed;
        encode_frame(next, last);
        if (last) break;
        next = silence.data();
    }
    pages_->close();
}

}  // namespace sori
