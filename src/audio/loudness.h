#pragma once
// Loudness: measure the finished programme with libebur128 (integrated loudness, true peak) and
// bring it to a target with one gain for the whole file, never per sentence; a look-ahead
// limiter keeps peaks under the true-peak ceiling when the gain alone would push them over.
#include <cstdint>
#include <deque>
#include <vector>

namespace sori {

class LoudnessMeter {
public:
    explicit LoudnessMeter(int sample_rate);
    ~LoudnessMeter();
    LoudnessMeter(const LoudnessMeter&) = delete;
    LoudnessMeter& operator=(const LoudnessMeter&) = delete;

    void add(const float* samples, std::size_t count);
    double integrated_lufs() const;   // -HUGE_VAL for silence
    double true_peak_dbtp() const;

private:
    void* state_ = nullptr;  // ebur128_state (an anonymous struct in ebur128.h)
};

struct LoudnessTarget {
    double lufs = -19;          // integrated loudness to reach (-16 podcast stereo, -19 mono speech, -23 broadcast)
    double true_peak_dbtp = -1; // ceiling for true peaks
};

// Gain, then a look-ahead peak limiter (10 ms) holding sample peaks `margin_db` under the
// ceiling, so that true peaks between samples stay under it too. Delays the signal by the look-
// ahead; finish() returns the rest.
class GainLimiter {
public:
    GainLimiter(int sample_rate, double gain_db, double ceiling_dbtp, double margin_db = 0.5);
    void process(const float* in, std::size_t count, std::vector<float>& out);
    void finish(std::vector<float>& out);
    double gain_reduction_db() const;  // the most the limiter took off

private:
    void push(float sample, std::vector<float>& out);
    float gain_;
    float ceiling_;
    std::size_t window_;
    std::deque<float> delay_;            // gained samples waiting to go out
    std::deque<std::pair<std::size_t, float>> minima_;  // sliding minimum of the needed gain
    std::deque<float> recent_;           // the last `window_` window minima, averaged
    double recent_sum_ = 0;
    std::size_t index_ = 0;
    float deepest_ = 1;
};

}  // namespace sori
