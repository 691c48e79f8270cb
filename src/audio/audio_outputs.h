#pragma once
// The finished programme into every audio format asked for. Formats encoded in blocks (all but
// WAV) are joined by the caller into block_file(); the WAV is written here from the blocks'
// signals (block_signal.h), fed in order, and the first format's signal is measured when loudness
// is set. finish() then tags the MP3's chapters (TagLib); FLAC and Opus have them in their headers. Every file is an
// OutputFile: nothing replaces the previous outputs until the caller commits.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "audio/aac_blocks.h"
#include "audio/audio_format.h"
#include "audio/block_signal.h"
#include "audio/chapter_tags.h"
#include "audio/cover_art.h"
#include "audio/flac_blocks.h"
#include "audio/loudness.h"
#include "audio/mp3_blocks.h"
#include "audio/opus_blocks.h"
#include "audio/sound_file_writer.h"
#include "audio/timeline.h"
#include "base/output_file.h"

namespace sori {

struct AudioSettings {
    std::vector<AudioFormat> formats{AudioFormat::wav};  // --format
    int sample_rate = 0;                                 // --sample-rate; 0: the engine's own (22050)
    std::optional<LoudnessTarget> loudness;              // --loudness / --true-peak; none: as synthesized
    std::uint64_t rf64_above_bytes = wav_size_limit;     // a WAV with more audio is RF64 (tests lower it)
    OpusSettings opus;                                   // --bitrate opus=…, --opus-complexity
    FlacSettings flac;                                   // --flac-level
    Mp3Settings mp3;                                     // --bitrate mp3=…
    AacSettings m4b;                                     // --bitrate m4b=…
    AudioTags tags;                                      // --author, --album, --date, --language
    std::optional<CoverArt> cover;                       // --cover
};

// The rate `format` is written at: --sample-rate (or the engine's), raised to one Opus has for Opus.
int output_rate(AudioFormat format, const AudioSettings& settings, int engine_rate);

// Formats whose audio is encoded block by block and cached (issue 15), all but WAV: the WAV is
// written from the whole signal here.
bool encoded_in_blocks(AudioFormat format);

// Applies one `--bitrate` value, "FORMAT=RATE" (opus=24k, m4b=96000), checked against what the
// encoder takes. Throws Error(usage) saying what is allowed.
void apply_bitrate(const std::string& spec, AudioSettings& settings);

// Where blocks may be cut (audio/block_plan.h): on one lossy format's frame grid, so that an edit
// moves its later blocks by whole frames (the 20 ms grid with Opus or without a lossy format).
BlockPlanOptions block_plan_for(const AudioSettings& settings, int engine_rate);

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
                 const std::string& title, const std::filesystem::path& ffmeta);
    ~AudioOutputs();
    AudioOutputs(const AudioOutputs&) = delete;
    AudioOutputs& operator=(const AudioOutputs&) = delete;

    // The rate of each format, in the order of the formats.
    const std::vector<int>& rates() const { return rates_; }
    // True when some output here needs the signal of every block (the WAV, the meter).
    bool needs_every_block() const { return wav_ || meter_; }
    // Where the caller writes a format encoded in blocks (before finish()).
    std::filesystem::path block_file(AudioFormat format) const;
    // The title, artist and chapters as Vorbis comments (for FLAC and Opus).
    std::vector<std::string> vorbis_comments() const;
    // The FFMETADATA1 file with the title and chapters (for the M4B).
    const std::filesystem::path& ffmeta() const { return ffmeta_; }

    void write(const BlockSignal& signal);  // the next block
    // True when the only output is a WAV of the samples as synthesized (its rate, no loudness):
    // then write_raw() may be given them as they come, without blocks.
    bool takes_raw_samples() const;
    void write_raw(const std::int16_t* samples, std::size_t count);
    void finish();  // closes the WAV, tags the MP3's chapters

    std::vector<OutputFile*> files();  // in the order of the formats
    double output_lufs() const;
    double output_true_peak() const;
    double limited_db() const;

private:
    std::filesystem::path base_;
    AudioSettings settings_;
    int engine_rate_;
    std::string title_;
    std::filesystem::path ffmeta_;
    std::vector<std::unique_ptr<OutputFile>> files_;  // parallel to settings_.formats
    std::unique_ptr<SoundFileWriter> wav_;           // when WAV is asked for
    int wav_rate_ = 0;
    std::vector<std::int16_t> pcm16_scratch_;
    std::vector<int> rates_;                      // parallel to settings_.formats
    std::unique_ptr<LoudnessMeter> meter_;        // the first format's signal, with --loudness
    std::vector<float> scratch_;                  // 16-bit samples as floats
    std::vector<TaggedChapter> chapters_;
    double limited_db_ = 0;
};

}  // namespace sori
