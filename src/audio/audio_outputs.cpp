#include "audio/audio_outputs.h"

#include "audio/audiobook.h"
#include "audio/opus_writer.h"
#include "audio/resampler.h"
#include "base/error.h"

namespace sori {

struct AudioOutputs::Group {
    int rate = 0;
    std::unique_ptr<Resampler> resampler;                 // when rate differs from the engine's
    std::vector<std::unique_ptr<AudioWriter>> writers;
    std::vector<AudioFormat> formats;                     // parallel to writers
    std::vector<std::size_t> file_index;                  // into files_, or SIZE_MAX for the M4B source
    std::unique_ptr<LoudnessMeter> meter;                 // the finished signal, when loudness is set
    bool exact = false;                                   // 16-bit samples pass through untouched
};

AudioOutputs::AudioOutputs(const std::filesystem::path& base, const AudioSettings& settings, int engine_rate, const Timeline& timeline,
                           const std::string& title, const std::filesystem::path& ffmeta, double gain_db)
    : base_(base), settings_(settings), engine_rate_(engine_rate), title_(title), ffmeta_(ffmeta) {
    const int wanted = settings.sample_rate > 0 ? settings.sample_rate : engine_rate;
    if (settings.loudness) limiter_ = std::make_unique<GainLimiter>(engine_rate, gain_db, settings.loudness->true_peak_dbtp);
    for (const ChapterMark& mark : timeline.chapters)
        chapters_.push_back({mark.title, samples_to_seconds(mark.start, timeline.sample_rate), samples_to_seconds(mark.end, timeline.sample_rate)});

    auto group_for = [&](int rate) -> Group& {
        for (auto& g : groups_)
            if (g->rate == rate) return *g;
        auto g = std::make_unique<Group>();
        g->rate = rate;
        if (rate != engine_rate) g->resampler = std::make_unique<Resampler>(engine_rate, rate);
        if (settings.loudness) g->meter = std::make_unique<LoudnessMeter>(rate);
        g->exact = rate == engine_rate && !settings.loudness;
        groups_.push_back(std::move(g));
        return *groups_.back();
    };
    auto open = [&](const std::filesystem::path& path, AudioFormat format, int rate, std::size_t index) {
        std::vector<CuePoint> cues;
        for (const ChapterMark& mark : timeline.chapters)
            cues.push_back({mark.start * static_cast<std::uint64_t>(rate) / static_cast<std::uint64_t>(timeline.sample_rate), mark.title});
        Group& g = group_for(rate);
        const std::uint64_t frames = timeline.total_samples * static_cast<std::uint64_t>(rate) / static_cast<std::uint64_t>(timeline.sample_rate);
        if (format == AudioFormat::opus) g.writers.push_back(std::make_unique<OpusWriter>(path, rate, title));
        else g.writers.push_back(std::make_unique<SoundFileWriter>(path, format, rate, cues, title, frames, settings.rf64_above_bytes));
        g.formats.push_back(format);
        g.file_index.push_back(index);
    };
    bool wav_for_m4b = false;
    for (std::size_t i = 0; i < settings.formats.size(); ++i) {
        const AudioFormat format = settings.formats[i];
        files_.push_back(std::make_unique<OutputFile>(base.string() + extension(format)));
        if (format == AudioFormat::m4b) continue;
        open(files_.back()->temp_path(), format, rate_for(format, wanted), i);
        wav_for_m4b |= format == AudioFormat::wav;
    }
    for (AudioFormat format : settings.formats)
        if (format == AudioFormat::m4b && !wav_for_m4b) {
            require_ffmpeg_for_m4b();
            m4b_source_ = std::make_unique<OutputFile>(base.string() + ".m4b-source.wav");
            open(m4b_source_->temp_path(), AudioFormat::wav, wanted, SIZE_MAX);
        }
}

AudioOutputs::~AudioOutputs() = default;

void AudioOutputs::deliver(Group& group, const float* samples, std::size_t count) {
    const float* out = samples;
    std::size_t n = count;
    if (group.resampler) {
        resampled_.clear();
        group.resampler->process(samples, count, resampled_);
        out = resampled_.data();
        n = resampled_.size();
    }
    for (auto& writer : group.writers) writer->write(out, n);
    if (group.meter) group.meter->add(out, n);
}

void AudioOutputs::write(const std::int16_t* samples, std::size_t count) {
    bool need_float = false;
    for (auto& g : groups_) {
        if (g->exact) {
            for (auto& writer : g->writers) writer->write(samples, count);
        } else {
            need_float = true;
        }
    }
    if (!need_float) return;
    scratch_.resize(count);
    for (std::size_t i = 0; i < count; ++i) scratch_[i] = static_cast<float>(samples[i]) / 32768.0f;
    const float* source = scratch_.data();
    std::size_t n = count;
    if (limiter_) {
        limited_.clear();
        limiter_->process(scratch_.data(), count, limited_);
        source = limited_.data();
        n = limited_.size();
    }
    for (auto& g : groups_)
        if (!g->exact) deliver(*g, source, n);
}

void AudioOutputs::finish() {
    if (limiter_) {
        limited_.clear();
        limiter_->finish(limited_);
        for (auto& g : groups_)
            if (!g->exact) deliver(*g, limited_.data(), limited_.size());
    }
    for (auto& g : groups_) {
        if (g->resampler) {
            std::vector<float> rest;
            g->resampler->flush(rest);
            for (auto& writer : g->writers) writer->write(rest.data(), rest.size());
            if (g->meter) g->meter->add(rest.data(), rest.size());
        }
        for (auto& writer : g->writers) writer->close();
    }
    for (std::size_t i = 0; i < settings_.formats.size(); ++i) {
        const AudioFormat format = settings_.formats[i];
        if (format == AudioFormat::flac || format == AudioFormat::opus || format == AudioFormat::mp3)
            write_chapter_tags(files_[i]->temp_path(), format, title_, "sori", chapters_);
    }
    for (std::size_t i = 0; i < settings_.formats.size(); ++i) {
        if (settings_.formats[i] != AudioFormat::m4b) continue;
        std::filesystem::path source = m4b_source_ ? m4b_source_->temp_path() : std::filesystem::path();
        for (std::size_t j = 0; j < settings_.formats.size() && source.empty(); ++j)
            if (settings_.formats[j] == AudioFormat::wav) source = files_[j]->temp_path();
        make_m4b(source, ffmeta_, files_[i]->temp_path());
    }
}

std::vector<OutputFile*> AudioOutputs::files() {
    std::vector<OutputFile*> files;
    for (auto& f : files_) files.push_back(f.get());
    return files;
}

double AudioOutputs::output_lufs() const { return groups_.empty() || !groups_[0]->meter ? 0 : groups_[0]->meter->integrated_lufs(); }
double AudioOutputs::output_true_peak() const {
    return groups_.empty() || !groups_[0]->meter ? 0 : groups_[0]->meter->true_peak_dbtp();
}
double AudioOutputs::limited_db() const { return limiter_ ? limiter_->gain_reduction_db() : 0; }

}  // namespace sori
