#include "audio/block_signal.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <soxr.h>

#include "audio/block_plan.h"
#include "audio/resampler.h"

namespace sori {

SignalShaper::SignalShaper(const ShapeSettings& settings, std::vector<int> rates) : settings_(settings), rates_(std::move(rates)) {
    std::sort(rates_.begin(), rates_.end());
    rates_.erase(std::unique(rates_.begin(), rates_.end()), rates_.end());
}

bool SignalShaper::exact(int rate) const { return rate == settings_.engine_rate && !settings_.loudness; }

std::string SignalShaper::signature(int rate) const {
    if (exact(rate)) return "pcm16";
    char text[160];
    std::snprintf(text, sizeof text, "engine=%d rate=%d", settings_.engine_rate, rate);
    std::string signature = text;
    if (settings_.loudness) {
        std::snprintf(text, sizeof text, " gain=%.17g ceiling=%.17g", settings_.gain_db, settings_.loudness->true_peak_dbtp);
        signature += text;
    }
    if (rate != settings_.engine_rate) signature += std::string(" soxr-vhq ") + soxr_version();
    return signature;
}

BlockSignal SignalShaper::shape(std::vector<std::int16_t> raw, std::uint64_t start, std::uint64_t end, int only) const {
    BlockSignal signal;
    signal.raw = std::move(raw);
    std::vector<float> source;  // made only when some rate is not exact
    bool converted = false;
    for (int rate : rates_) {
        if (exact(rate) || (only != 0 && rate != only)) continue;
        if (!converted) {
            source.resize(signal.raw.size());
            for (std::size_t i = 0; i < source.size(); ++i) source[i] = static_cast<float>(signal.raw[i]) / 32768.0f;
            if (settings_.loudness) {
                GainLimiter limiter(settings_.engine_rate, settings_.gain_db, settings_.loudness->true_peak_dbtp);
                std::vector<float> limited;
                limited.reserve(source.size() + 512);
                limiter.process(source.data(), source.size(), limited);
                limiter.finish(limited);
                signal.limited_db = limiter.gain_reduction_db();
                source = std::move(limited);
            }
            converted = true;
        }
        std::vector<float> out;
        if (rate == settings_.engine_rate) {
            out = source;
        } else {
            Resampler resampler(settings_.engine_rate, rate);
            out.reserve(static_cast<std::size_t>(at_rate(source.size(), settings_.engine_rate, rate)) + 64);
            resampler.process(source.data(), source.size(), out);
            resampler.flush(out);
        }
        const std::uint64_t wanted = at_rate(end, settings_.timeline_rate, rate) - at_rate(start, settings_.timeline_rate, rate);
        out.resize(static_cast<std::size_t>(wanted), 0.0f);  // the filter's rounding at the ends lies in silence
        signal.shaped.emplace_back(rate, std::move(out));
    }
    return signal;
}

std::span<const float> floats_at(const BlockSignal& signal, int rate, std::vector<float>& scratch) {
    for (const auto& [r, samples] : signal.shaped)
        if (r == rate) return samples;
    scratch.resize(signal.raw.size());
    for (std::size_t i = 0; i < scratch.size(); ++i) scratch[i] = static_cast<float>(signal.raw[i]) / 32768.0f;
    return scratch;
}

std::span<const std::int16_t> pcm16_at(const BlockSignal& signal, int rate, std::vector<std::int16_t>& scratch) {
    for (const auto& [r, samples] : signal.shaped) {
        if (r != rate) continue;
        scratch.resize(samples.size());
        for (std::size_t i = 0; i < scratch.size(); ++i) {
            const float scaled = samples[i] * 32768.0f;
            scratch[i] = scaled >= 32767.0f ? 32767 : scaled <= -32768.0f ? -32768 : static_cast<std::int16_t>(std::lrintf(scaled));
        }
        return scratch;
    }
    return signal.raw;
}

}  // namespace sori
