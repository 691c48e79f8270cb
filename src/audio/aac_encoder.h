#pragma once
// ffmpeg's native AAC encoder (libavcodec; the only AAC encoder Debian's ffmpeg has) in this
// process: mono 16-bit samples in, AAC-LC frames out, each behind its 7-byte ADTS header (ISO
// 14496-3 1.A.2), as `ffmpeg -c:a aac -aac_coder fast -f adts` writes them. One encoder per
// block: an encoder is not shared between threads. The libraries are opened (dlopen) when the
// first encoder is made: M4B needs the ffmpeg program, which brings them.
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>

struct AVCodecContext;
struct AVFrame;
struct AVPacket;

namespace sori {

class AacEncoder {
public:
    // Throws Error(internal) when libavcodec has no AAC encoder for `rate` Hz at `bitrate`.
    AacEncoder(int rate, int bitrate);
    ~AacEncoder();
    AacEncoder(const AacEncoder&) = delete;
    AacEncoder& operator=(const AacEncoder&) = delete;

    // Encodes `samples` and drains the encoder: `frame` gets every ADTS frame in order, the first
    // holding the encoder's priming (1024 samples). Once per encoder.
    void encode(std::span<const std::int16_t> samples, const std::function<void(const unsigned char*, std::size_t)>& frame);

    // The library and its version, for block keys ("libavcodec 59.37.100").
    static std::string version();

private:
    void send(const AVFrame* frame, const std::function<void(const unsigned char*, std::size_t)>& out);

    struct Free {
        void operator()(AVCodecContext* context) const;
        void operator()(AVFrame* frame) const;
        void operator()(AVPacket* packet) const;
    };
    std::unique_ptr<AVCodecContext, Free> context_;
    std::unique_ptr<AVFrame, Free> frame_;
    std::unique_ptr<AVPacket, Free> packet_;
    int rate_index_ = 0;  // the ADTS sampling-frequency index
};

}  // namespace sori
