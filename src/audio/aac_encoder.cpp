#include "audio/aac_encoder.h"

#include <algorithm>
#include <array>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/channel_layout.h>
#include <libavutil/dict.h>
#include <libavutil/frame.h>
#include <libavutil/log.h>
}

#include <mutex>

#include "base/error.h"

namespace sori {
namespace {

constexpr std::array<int, 13> adts_rates{96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350};

[[noreturn]] void fail(const std::string& what, int code) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    throw Error(ExitCode::internal, "libavcodec's AAC encoder " + what + " (" + text + ")");
}

// ADTS without CRC: MPEG-4, AAC LC, one channel, buffer fullness 0x7FF (variable rate), one raw block.
void put_adts_header(unsigned char* out, int rate_index, std::size_t length) {
    out[0] = 0xFF;
    out[1] = 0xF1;
    out[2] = static_cast<unsigned char>((1 << 6) | (rate_index << 2) | (1 >> 2));
    out[3] = static_cast<unsigned char>(((1 & 3) << 6) | (length >> 11));
    out[4] = static_cast<unsigned char>((length >> 3) & 0xFF);
    out[5] = static_cast<unsigned char>(((length & 7) << 5) | 0x1F);
    out[6] = 0xFC;
}

}  // namespace

AacEncoder::AacEncoder(int rate, int bitrate) {
    const auto index = std::find(adts_rates.begin(), adts_rates.end(), rate);
    if (index == adts_rates.end()) throw Error(ExitCode::internal, "AAC has no " + std::to_string(rate) + " Hz");
    rate_index_ = static_cast<int>(index - adts_rates.begin());
    static std::once_flag quiet;
    std::call_once(quiet, [] { av_log_set_level(AV_LOG_QUIET); });  // the library prints nothing: errors come back as codes
    const AVCodec* codec = avcodec_find_encoder_by_name("aac");
    if (!codec) throw Error(ExitCode::internal, "libavcodec has no AAC encoder");
    context_.reset(avcodec_alloc_context3(codec));
    frame_.reset(av_frame_alloc());
    packet_.reset(av_packet_alloc());
    if (!context_ || !frame_ || !packet_) throw Error(ExitCode::internal, "libavcodec could not make an AAC encoder");
    context_->sample_fmt = AV_SAMPLE_FMT_FLTP;
    context_->sample_rate = rate;
    av_channel_layout_default(&context_->ch_layout, 1);
    context_->bit_rate = bitrate;
    context_->profile = FF_PROFILE_AAC_LOW;
    AVDictionary* options = nullptr;
    av_dict_set(&options, "aac_coder", "fast", 0);
    const int opened = avcodec_open2(context_.get(), codec, &options);
    av_dict_free(&options);
    if (opened < 0) fail("cannot encode " + std::to_string(rate) + " Hz at " + std::to_string(bitrate) + " bits a second", opened);
}

AacEncoder::~AacEncoder() = default;

void AacEncoder::Free::operator()(AVCodecContext* context) const { avcodec_free_context(&context); }
void AacEncoder::Free::operator()(AVFrame* frame) const { av_frame_free(&frame); }
void AacEncoder::Free::operator()(AVPacket* packet) const { av_packet_free(&packet); }

std::string AacEncoder::version() {
    const unsigned v = avcodec_version();
    return "libavcodec " + std::to_string(AV_VERSION_MAJOR(v)) + "." + std::to_string(AV_VERSION_MINOR(v)) + "." +
           std::to_string(AV_VERSION_MICRO(v));
}

void AacEncoder::send(const AVFrame* frame, const std::function<void(const unsigned char*, std::size_t)>& out) {
    int status = avcodec_send_frame(context_.get(), frame);
    if (status < 0) fail("refused samples", status);
    std::vector<unsigned char> adts;
    while ((status = avcodec_receive_packet(context_.get(), packet_.get())) == 0) {
        const std::size_t length = 7 + static_cast<std::size_t>(packet_->size);
        adts.resize(length);
        put_adts_header(adts.data(), rate_index_, length);
        std::copy(packet_->data, packet_->data + packet_->size, adts.begin() + 7);
        av_packet_unref(packet_.get());
        out(adts.data(), adts.size());
    }
    if (status != AVERROR(EAGAIN) && status != AVERROR_EOF) fail("failed", status);
}

void AacEncoder::encode(std::span<const std::int16_t> samples, const std::function<void(const unsigned char*, std::size_t)>& frame) {
    const std::size_t size = static_cast<std::size_t>(context_->frame_size);
    std::int64_t pts = 0;
    for (std::size_t at = 0; at < samples.size(); at += size) {
        const std::size_t n = std::min(size, samples.size() - at);
        frame_->nb_samples = static_cast<int>(n);
        frame_->format = AV_SAMPLE_FMT_FLTP;
        frame_->sample_rate = context_->sample_rate;
        if (av_channel_layout_copy(&frame_->ch_layout, &context_->ch_layout) < 0 || av_frame_get_buffer(frame_.get(), 0) < 0)
            throw Error(ExitCode::internal, "libavcodec could not make a frame of samples");
        auto* out = reinterpret_cast<float*>(frame_->data[0]);
        for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<float>(samples[at + i]) / 32768.0f;
        frame_->pts = pts;
        pts += static_cast<std::int64_t>(n);
        send(frame_.get(), frame);
        av_frame_unref(frame_.get());
    }
    send(nullptr, frame);  // drains the frames still in the encoder
}

}  // namespace sori
