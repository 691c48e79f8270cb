#pragma once
// Sample-rate conversion with libsoxr at its very high quality setting, streamed block by block.
// One Resampler owns one soxr_t; not thread-safe. Output length is the input length times the
// rate ratio (rounded), so timeline positions scale exactly.
#include <vector>

struct soxr;

namespace sori {

class Resampler {
public:
    Resampler(int input_rate, int output_rate);
    ~Resampler();
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;

    // Appends the converted samples that are ready to `out` (float, full scale ±1.0).
    void process(const float* in, std::size_t count, std::vector<float>& out);
    // At the end: appends what the filter still holds.
    void flush(std::vector<float>& out);

private:
    soxr* handle_ = nullptr;
};

}  // namespace sori
