#include "audio/audio_outputs.h"

#include <algorithm>

#include "audio/block_plan.h"
#include "base/error.h"

namespace sori {

bool encoded_in_blocks(AudioFormat format) {
    return format != AudioFormat::wav;
}

// The grid of the first lossy format asked for of Opus (20 ms), MP3 (its frame), AAC (1024
// samples); the others' frames then fall where they fall, and their phase is in their keys.
BlockPlanOptions block_plan_for(const AudioSettings& settings, int engine_rate) {
    BlockPlanOptions options;
    const auto has = [&](AudioFormat f) { return std::find(settings.formats.begin(), settings.formats.end(), f) != settings.formats.end(); };
    if (has(AudioFormat::opus) || (!has(AudioFormat::mp3) && !has(AudioFormat::m4b))) return options;
    const AudioFormat format = has(AudioFormat::mp3) ? AudioFormat::mp3 : AudioFormat::m4b;
    const int rate = output_rate(format, settings, engine_rate);
    const std::uint64_t frame = (format == AudioFormat::mp3 ? mp3_frame_samples(rate) : aac_frame_samples) * static_cast<std::uint64_t>(engine_rate);
    if (frame % static_cast<std::uint64_t>(rate) == 0) options.grid = frame / static_cast<std::uint64_t>(rate);
    return options;
}

namespace {

// "24k", "24000", "0.5M" → bits a second; 0 when not a number with an optional k or M.
int parse_bits(const std::string& text) {
    std::size_t used = 0;
    double value = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        return 0;
    }
    const std::string unit = text.substr(used);
    const double factor = unit.empty() ? 1 : unit == "k" || unit == "K" ? 1e3 : unit == "M" ? 1e6 : 0;
    return value > 0 && value * factor < 1e7 ? static_cast<int>(value * factor) : 0;
}

}  // namespace

void apply_bitrate(const std::string& spec, AudioSettings& settings) {
    const std::size_t equals = spec.find('=');
    const std::string format = spec.substr(0, equals), value = equals == std::string::npos ? "" : spec.substr(equals + 1);
    const int bits = parse_bits(value);
    auto check = [&](int low, int high, int& field) {
        if (bits < low || bits > high)
            throw Error(ExitCode::usage, "--bitrate " + spec + ": " + format + " takes " + std::to_string(low / 1000) + "k to " +
                                             std::to_string(high / 1000) + "k bits a second, e.g. " + format + "=" + std::to_string(field / 1000) + "k");
        field = bits;
    };
    if (format == "opus") check(6000, 256000, settings.opus.bitrate);
    else if (format == "m4b") check(24000, 256000, settings.m4b.bitrate);
    else if (format == "mp3") check(32000, 160000, settings.mp3.bitrate);  // what MPEG-1 and MPEG-2 layer III both have
    else
        throw Error(ExitCode::usage, "--bitrate " + spec + ": write FORMAT=RATE for a lossy format, e.g. opus=24k, mp3=96k or m4b=96k "
                                                           "(wav and flac are lossless)");
}

int output_rate(AudioFormat format, const AudioSettings& settings, int engine_rate) {
    return rate_for(format, settings.sample_rate > 0 ? settings.sample_rate : engine_rate);
}

AudioOutputs::AudioOutputs(const std::filesystem::path& base, const AudioSettings& settings, int engine_rate, const Timeline& timeline,
                           const std::string& title, const std::filesystem::path& ffmeta)
    : base_(base), settings_(settings), engine_rate_(engine_rate), title_(title), ffmeta_(ffmeta) {
    for (const ChapterMark& mark : timeline.chapters)
        chapters_.push_back({mark.title, samples_to_seconds(mark.start, timeline.sample_rate), samples_to_seconds(mark.end, timeline.sample_rate)});
    for (AudioFormat format : settings.formats) {
        files_.push_back(std::make_unique<OutputFile>(base.string() + extension(format)));
        rates_.push_back(output_rate(format, settings, engine_rate));
        if (encoded_in_blocks(format)) continue;
        wav_rate_ = rates_.back();
        std::vector<CuePoint> cues;
        for (const ChapterMark& mark : timeline.chapters) cues.push_back({at_rate(mark.start, timeline.sample_rate, wav_rate_), mark.title});
        wav_ = std::make_unique<SoundFileWriter>(files_.back()->temp_path(), wav_rate_, cues, title,
                                                 at_rate(timeline.total_samples, timeline.sample_rate, wav_rate_), settings.rf64_above_bytes);
        wav_->tag(settings.tags.author, settings.tags.album, settings.tags.date);
    }
    if (settings.loudness) meter_ = std::make_unique<LoudnessMeter>(rates_.front());  // the first format, as finished
}

AudioOutputs::~AudioOutputs() = default;

std::filesystem::path AudioOutputs::block_file(AudioFormat format) const {
    for (std::size_t i = 0; i < settings_.formats.size(); ++i)
        if (settings_.formats[i] == format) return files_[i]->temp_path();
    throw Error(ExitCode::internal, "no " + format_name(format) + " output in this render");
}

void AudioOutputs::write(const BlockSignal& signal) {
    limited_db_ = std::max(limited_db_, signal.limited_db);
    if (wav_) {
        const std::span<const std::int16_t> samples = pcm16_at(signal, wav_rate_, pcm16_scratch_);
        wav_->write(samples.data(), samples.size());
    }
    if (meter_) {
        const std::span<const float> samples = floats_at(signal, rates_.front(), scratch_);
        meter_->add(samples.data(), samples.size());
    }
}

bool AudioOutputs::takes_raw_samples() const {
    return settings_.formats.size() == 1 && wav_ && wav_rate_ == engine_rate_ && !settings_.loudness;
}

void AudioOutputs::write_raw(const std::int16_t* samples, std::size_t count) { wav_->write(samples, count); }

void AudioOutputs::finish() {
    if (wav_) wav_->close();
    for (std::size_t i = 0; i < settings_.formats.size(); ++i) {
        const AudioFormat format = settings_.formats[i];
        if (format == AudioFormat::mp3) write_chapter_tags(files_[i]->temp_path(), format, title_, settings_.tags, chapters_,
                                                             settings_.cover ? &*settings_.cover : nullptr);
    }
}

std::vector<std::string> AudioOutputs::vorbis_comments() const { return sori::vorbis_comments(title_, settings_.tags, chapters_); }

std::vector<OutputFile*> AudioOutputs::files() {
    std::vector<OutputFile*> files;
    for (auto& f : files_) files.push_back(f.get());
    return files;
}

double AudioOutputs::output_lufs() const { return meter_ ? meter_->integrated_lufs() : 0; }
double AudioOutputs::output_true_peak() const { return meter_ ? meter_->true_peak_dbtp() : 0; }
double AudioOutputs::limited_db() const { return limited_db_; }

}  // namespace sori
