#include "audio/loudness.h"

#include <algorithm>
#include <cmath>
#include <ebur128.h>

#include "base/error.h"

namespace sori {

namespace {
ebur128_state* meter_state(void* state) { return static_cast<ebur128_state*>(state); }
}  // namespace

LoudnessMeter::LoudnessMeter(int sample_rate)
    : state_(ebur128_init(1, static_cast<unsigned long>(sample_rate), EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK)) {
    if (!state_) throw Error(ExitCode::internal, "libebur128 could not start");
}

LoudnessMeter::~LoudnessMeter() {
    ebur128_state* state = meter_state(state_);
    ebur128_destroy(&state);
}

void LoudnessMeter::add(const float* samples, std::size_t count) {
    if (count > 0 && ebur128_add_frames_float(meter_state(state_), samples, count) != EBUR128_SUCCESS)
        throw Error(ExitCode::internal, "libebur128 could not measure the audio");
}

double LoudnessMeter::integrated_lufs() const {
    double lufs = -HUGE_VAL;
    ebur128_loudness_global(meter_state(state_), &lufs);
    return lufs;
}

double LoudnessMeter::true_peak_dbtp() const {
    double peak = 0;
    ebur128_true_peak(meter_state(state_), 0, &peak);
    return peak > 0 ? 20 * std::log10(peak) : -HUGE_VAL;
}

GainLimiter::GainLimiter(int sample_rate, double gain_db, double ceiling_dbtp, double margin_db)
    : gain_(static_cast<float>(std::pow(10.0, gain_db / 20))),
      ceiling_(static_cast<float>(std::pow(10.0, (ceiling_dbtp - margin_db) / 20))),
      window_(std::max<std::size_t>(1, static_cast<std::size_t>(sample_rate / 100))) {}

// Each sample's needed gain enters a sliding minimum over the next `window_` samples (look-ahead);
// the minima are averaged over `window_` more, so the gain falls smoothly before a peak and is at
// or below what the peak needs when it arrives.
void GainLimiter::push(float sample, std::vector<float>& out) {
    const float x = sample * gain_;
    const float magnitude = std::fabs(x);
    const float needed = magnitude > ceiling_ ? ceiling_ / magnitude : 1.0f;
    while (!minima_.empty() && minima_.back().second >= needed) minima_.pop_back();
    minima_.emplace_back(index_, needed);
    while (minima_.front().first + window_ <= index_) minima_.pop_front();
    delay_.push_back(x);
    const float window_min = minima_.front().second;
    recent_.push_back(window_min);
    recent_sum_ += window_min;
    if (recent_.size() > window_) {
        recent_sum_ -= recent_.front();
        recent_.pop_front();
    }
    ++index_;
    if (delay_.size() > window_) {
        const float g = std::min(1.0f, static_cast<float>(recent_sum_ / static_cast<double>(recent_.size())));
        // Never above what the sample itself needs (guards rounding in the average).
        const float y = delay_.front();
        const float limited = std::fabs(y * g) > ceiling_ ? std::copysign(ceiling_, y) : y * g;
        deepest_ = std::min(deepest_, g);
        out.push_back(limited);
        delay_.pop_front();
    }
}

void GainLimiter::process(const float* in, std::size_t count, std::vector<float>& out) {
    for (std::size_t i = 0; i < count; ++i) push(in[i], out);
}

void GainLimiter::finish(std::vector<float>& out) {
    for (std::size_t i = 0; i < window_; ++i) push(0.0f, out);
}

double GainLimiter::gain_reduction_db() const { return std::max(0.0, -20 * std::log10(static_cast<double>(deepest_))); }

}  // namespace sori
