#include "audio/resampler.h"

#include <soxr.h>

#include "base/error.h"

namespace sori {

Resampler::Resampler(int input_rate, int output_rate) {
    soxr_error_t error = nullptr;
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_VHQ, 0);
    handle_ = soxr_create(input_rate, output_rate, 1, &error, &io, &quality, nullptr);
    if (!handle_ || error)
        throw Error(ExitCode::internal, std::string("cannot resample ") + std::to_string(input_rate) + " → " +
                                            std::to_string(output_rate) + " Hz: " + (error ? error : "libsoxr failed"));
}

Resampler::~Resampler() { soxr_delete(handle_); }

// A null `in` tells soxr the input has ended; it then gives back what its filter holds.
void Resampler::process(const float* in, std::size_t count, std::vector<float>& out) {
    constexpr std::size_t capacity = 8192;
    float buffer[capacity];
    const bool flushing = in == nullptr;
    std::size_t done = 0;
    while (true) {
        std::size_t used = 0, made = 0;
        const soxr_error_t error = soxr_process(handle_, flushing ? nullptr : in + done, flushing ? 0 : count - done, &used, buffer,
                                                capacity, &made);
        if (error) throw Error(ExitCode::internal, std::string("resampling failed: ") + error);
        out.insert(out.end(), buffer, buffer + made);
        done += used;
        if (flushing ? made == 0 : (done >= count && made < capacity) || (used == 0 && made == 0)) return;
    }
}

void Resampler::flush(std::vector<float>& out) { process(nullptr, 0, out); }

}  // namespace sori
