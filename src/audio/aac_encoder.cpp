#include "audio/aac_encoder.h"

#include <algorithm>
#include <array>
#include <dlfcn.h>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/channel_layout.h>
#include <libavutil/dict.h>
#include <libavutil/frame.h>
#include <libavutil/log.h>
#include <libavutil/version.h>
}

#include "base/error.h"

namespace sori {
namespace {

// libavcodec and libavutil are opened the first time an AAC encoder is made (dlopen), not linked:
// only M4B needs them, the ffmpeg program M4B needs brings them, and no other command pays for
// loading a codec library and its hundred dependencies (20 ms at every start).
struct Av {
    decltype(&::avcodec_find_encoder_by_name) find_encoder_by_name;
    decltype(&::avcodec_alloc_context3) alloc_context3;
    decltype(&::avcodec_open2) open2;
    decltype(&::avcodec_free_context) free_context;
    decltype(&::avcodec_send_frame) send_frame;
    decltype(&::avcodec_receive_packet) receive_packet;
    decltype(&::avcodec_version) version;
    decltype(&::av_packet_alloc) packet_alloc;
    decltype(&::av_packet_free) packet_free;
    decltype(&::av_packet_unref) packet_unref;
    decltype(&::av_frame_alloc) frame_alloc;
    decltype(&::av_frame_free) frame_free;
    decltype(&::av_frame_unref) frame_unref;
    decltype(&::av_frame_get_buffer) frame_get_buffer;
    decltype(&::av_channel_layout_default) channel_layout_default;
    decltype(&::av_channel_layout_copy) channel_layout_copy;
    decltype(&::av_dict_set) dict_set;
    decltype(&::av_dict_free) dict_free;
    decltype(&::av_strerror) strerror;
    decltype(&::av_log_set_level) log_set_level;
};

void* open_library(const std::string& name) {
    void* library = dlopen(name.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!library)
        throw Error(ExitCode::output, "M4B needs " + name + ", which the ffmpeg package brings (" + dlerror() +
                                          "); install ffmpeg (apt-get install ffmpeg) or choose another --format");
    return library;
}

template <typename F>
void find(void* library, const char* symbol, F& function) {
    function = reinterpret_cast<F>(dlsym(library, symbol));
    if (!function) throw Error(ExitCode::internal, std::string("libavcodec has no ") + symbol);
}

Av load_av() {
    void* codec = open_library("libavcodec.so." + std::to_string(LIBAVCODEC_VERSION_MAJOR));
    void* util = open_library("libavutil.so." + std::to_string(LIBAVUTIL_VERSION_MAJOR));
    Av av{};
    find(codec, "avcodec_find_encoder_by_name", av.find_encoder_by_name);
    find(codec, "avcodec_alloc_context3", av.alloc_context3);
    find(codec, "avcodec_open2", av.open2);
    find(codec, "avcodec_free_context", av.free_context);
    find(codec, "avcodec_send_frame", av.send_frame);
    find(codec, "avcodec_receive_packet", av.receive_packet);
    find(codec, "avcodec_version", av.version);
    find(codec, "av_packet_alloc", av.packet_alloc);
    find(codec, "av_packet_free", av.packet_free);
    find(codec, "av_packet_unref", av.packet_unref);
    find(util, "av_frame_alloc", av.frame_alloc);
    find(util, "av_frame_free", av.frame_free);
    find(util, "av_frame_unref", av.frame_unref);
    find(util, "av_frame_get_buffer", av.frame_get_buffer);
    find(util, "av_channel_layout_default", av.channel_layout_default);
    find(util, "av_channel_layout_copy", av.channel_layout_copy);
    find(util, "av_dict_set", av.dict_set);
    find(util, "av_dict_free", av.dict_free);
    find(util, "av_strerror", av.strerror);
    find(util, "av_log_set_level", av.log_set_level);
    av.log_set_level(AV_LOG_QUIET);  // the library prints nothing: errors come back as codes
    return av;
}

// Thread-safe: opened once (a failure is thrown to every caller that tries).
const Av& av() {
    static const Av api = load_av();
    return api;
}

constexpr std::array<int, 13> adts_rates{96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350};

[[noreturn]] void fail(const std::string& what, int code) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av().strerror(code, text, sizeof text);
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
    const AVCodec* codec = av().find_encoder_by_name("aac");
    if (!codec) throw Error(ExitCode::internal, "libavcodec has no AAC encoder");
    context_.reset(av().alloc_context3(codec));
    frame_.reset(av().frame_alloc());
    packet_.reset(av().packet_alloc());
    if (!context_ || !frame_ || !packet_) throw Error(ExitCode::internal, "libavcodec could not make an AAC encoder");
    context_->sample_fmt = AV_SAMPLE_FMT_FLTP;
    context_->sample_rate = rate;
    av().channel_layout_default(&context_->ch_layout, 1);
    context_->bit_rate = bitrate;
    context_->profile = FF_PROFILE_AAC_LOW;
    AVDictionary* options = nullptr;
    av().dict_set(&options, "aac_coder", "fast", 0);
    const int opened = av().open2(context_.get(), codec, &options);
    av().dict_free(&options);
    if (opened < 0) fail("cannot encode " + std::to_string(rate) + " Hz at " + std::to_string(bitrate) + " bits a second", opened);
}

AacEncoder::~AacEncoder() = default;

void AacEncoder::Free::operator()(AVCodecContext* context) const { av().free_context(&context); }
void AacEncoder::Free::operator()(AVFrame* frame) const { av().frame_free(&frame); }
void AacEncoder::Free::operator()(AVPacket* packet) const { av().packet_free(&packet); }

std::string AacEncoder::version() {
    const unsigned v = av().version();
    return "libavcodec " + std::to_string(AV_VERSION_MAJOR(v)) + "." + std::to_string(AV_VERSION_MINOR(v)) + "." +
           std::to_string(AV_VERSION_MICRO(v));
}

void AacEncoder::send(const AVFrame* frame, const std::function<void(const unsigned char*, std::size_t)>& out) {
    int status = av().send_frame(context_.get(), frame);
    if (status < 0) fail("refused samples", status);
    std::vector<unsigned char> adts;
    while ((status = av().receive_packet(context_.get(), packet_.get())) == 0) {
        const std::size_t length = 7 + static_cast<std::size_t>(packet_->size);
        adts.resize(length);
        put_adts_header(adts.data(), rate_index_, length);
        std::copy(packet_->data, packet_->data + packet_->size, adts.begin() + 7);
        av().packet_unref(packet_.get());
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
        if (av().channel_layout_copy(&frame_->ch_layout, &context_->ch_layout) < 0 || av().frame_get_buffer(frame_.get(), 0) < 0)
            throw Error(ExitCode::internal, "libavcodec could not make a frame of samples");
        auto* out = reinterpret_cast<float*>(frame_->data[0]);
        for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<float>(samples[at + i]) / 32768.0f;
        frame_->pts = pts;
        pts += static_cast<std::int64_t>(n);
        send(frame_.get(), frame);
        av().frame_unref(frame_.get());
    }
    send(nullptr, frame);  // drains the frames still in the encoder
}

}  // namespace sori
