#pragma once
// What the codec tests share: a speech-like test signal with silences to cut in, an ffmpeg
// decode of a file (the reader that does not share the writer's logic), and the RMS difference
// of two signals over a range.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "support/process_runner.h"

namespace test::codec {

// Bursts of a gliding tone, 2 s each under a sine envelope, with 400 ms of silence between them;
// `peak` is the amplitude at full scale 1.
inline std::vector<float> bursts(std::size_t count, int rate, double peak = 0.4) {
    std::vector<float> samples(count, 0.0f);
    const std::size_t period = static_cast<std::size_t>(rate) * 24 / 10, on = static_cast<std::size_t>(rate) * 2;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t in = i % period;
        if (in >= on) continue;
        const double t = static_cast<double>(in) / rate, envelope = std::sin(M_PI * static_cast<double>(in) / static_cast<double>(on));
        samples[i] = static_cast<float>(peak * envelope * std::sin(2 * M_PI * (180.0 + 60.0 * t) * t));
    }
    return samples;
}

inline std::vector<std::int16_t> bursts16(std::size_t count, int rate) {
    const std::vector<float> floats = bursts(count, rate, 12000.0 / 32768.0);
    std::vector<std::int16_t> samples(count);
    for (std::size_t i = 0; i < count; ++i) samples[i] = static_cast<std::int16_t>(std::lround(floats[i] * 32768.0f));
    return samples;
}

// The file decoded by ffmpeg to mono floats at `rate` (0: the file's own); empty when it fails.
inline std::vector<float> decode(const std::filesystem::path& path, int rate = 0) {
    std::vector<std::string> argv{"ffmpeg", "-v", "error", "-i", path.string(), "-f", "f32le", "-ac", "1"};
    if (rate > 0) argv.insert(argv.end(), {"-ar", std::to_string(rate)});
    argv.push_back("-");
    const test::Result r = test::run(argv, std::filesystem::temp_directory_path());
    if (r.exit_code != 0) return {};
    std::vector<float> samples(r.out.size() / 4);
    std::memcpy(samples.data(), r.out.data(), samples.size() * 4);
    return samples;
}

inline double rms_difference(const std::vector<float>& a, const std::vector<float>& b, std::size_t from, std::size_t to) {
    double sum = 0;
    for (std::size_t i = from; i < to; ++i) sum += (a[i] - b[i]) * (a[i] - b[i]);
    return std::sqrt(sum / static_cast<double>(std::max<std::size_t>(1, to - from)));
}

inline std::vector<float> as_floats(const std::vector<std::int16_t>& samples) {
    std::vector<float> out(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i) out[i] = static_cast<float>(samples[i]) / 32768.0f;
    return out;
}

}  // namespace test::codec
