#pragma once
// The finished programme into every audio format asked for: fed 16-bit blocks at the engine's
// rate, it applies the loudness gain and limiter (once, for all formats), resamples per output
// rate with libsoxr, writes each format, then tags chapters (TagLib) and makes the M4B (ffmpeg).
// Every file is an OutputFile: nothing replaces the previous outputs until the caller commits.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "audio/chapter_tags.h"
#include "audio/loudness.h"
#include "audio/sound_file_writer.h"
#include "audio/timeline.h"
#include "base/output_file.h"

namespace sori {

struct AudioSettings {
    std::vector<AudioFormat> formats{AudioFormat::wav};  // --format
    int sample_rate = 0;                                 // --sample-rate; 0: the engine's own (22050)
    std::optional<LoudnessTarget> loudness;              // --loudness / --true-peak; none: as synthesized
    std::uint64_t rf64_above_bytes = wav_size_limit;     // a WAV with more audio is RF64 (tests lower it)
};

struct LoudnessReport {
    double target_lufs = 0;      // what --loudness asked for
    double measured_lufs = 0;    // the programme as synthesized
    double gain_db = 0;          // applied to all of it
    double limited_db = 0;       // the most the limiter took off a peak
    double output_lufs = 0;      // the finished file, measured again
    double output_true_peak = 0; // dBTP
};

class AudioOutputs {
public:
    // `base` is OUTPUT/NAME; `ffmeta` the FFMETADATA1 temporary file (for the M4B's chapters).
    AudioOutputs(const std::filesystem::path& base, const AudioSettings& settings, int engine_rate, const Timeline& timeline,
                 const std::string& title, const std::filesystem::path& ffmeta, double gain_db);
    ~AudioOutputs();
    AudioOutputs(const AudioOutputs&) = delete;
    AudioOutputs& operator=(const AudioOutputs&) = delete;

    void write(const std::int16_t* samples, std::size_t count);
    void finish();  // flushes, closes, tags, makes the M4B

    std::vector<OutputFile*> files();  // in the order of the formats
    double output_lufs() const;
    double output_true_peak() const;
    double limited_db() const;

private:
    struct Group;
    void deliver(Group& group, const float* samples, std::size_t count);

    std::filesystem::path base_;
    AudioSettings settings_;
    int engine_rate_;
    std::string title_;
    std::filesystem::path ffmeta_;
    std::vector<std::unique_ptr<OutputFile>> files_;  // parallel to settings_.formats
    std::vector<std::unique_ptr<Group>> groups_;
    std::unique_ptr<GainLimiter> limiter_;
    std::unique_ptr<OutputFile> m4b_source_;  // a WAV made only for ffmpeg
    std::vector<float> scratch_, limited_, resampled_;
    std::vector<TaggedChapter> chapters_;
};

}  // namespace sori
