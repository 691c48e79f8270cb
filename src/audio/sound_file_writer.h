#pragma once
// WAV files through libsndfile: 16-bit PCM, with a `cue ` point and a LIST/adtl `labl` name for
// every chapter, so that players, ffprobe and exiftool show named chapters (the other formats are
// encoded in blocks: flac_blocks.h, opus_blocks.h, mp3_blocks.h, aac_blocks.h).
// One SoundFileWriter owns one SNDFILE handle; not thread-safe.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "audio/audio_format.h"

struct sf_private_tag;

namespace sori {

struct CuePoint {
    std::uint64_t sample = 0;  // offset from the start of the audio, in samples
    std::string label;         // chapter name (UTF-8)
};

class SoundFileWriter {
public:
    // Opens a WAV file for writing; cue points must be known before the first sample. A non-empty
    // `title` is stored as the file's title (LIST/INFO INAM), with sori as its software. A WAV of
    // more than `rf64_above` bytes of audio (`frames` expected) is written as RF64, its chapters
    // appended after the audio on close (libsndfile's RF64 writer drops cue points).
    SoundFileWriter(const std::filesystem::path& path, int sample_rate, const std::vector<CuePoint>& cues, const std::string& title = "",
                    std::uint64_t frames = 0, std::uint64_t rf64_above = wav_size_limit);
    ~SoundFileWriter();
    SoundFileWriter(const SoundFileWriter&) = delete;
    // Before the first sample: the artist, album and date (LIST/INFO IART, IPRD, ICRD); empty ones are left out.
    void tag(const std::string& artist, const std::string& album, const std::string& date);
    SoundFileWriter& operator=(const SoundFileWriter&) = delete;

    void write(const std::int16_t* samples, std::size_t count);
    void write_silence(std::size_t count);
    void close();  // flushes and closes; throws when the file could not be completed

private:
    std::filesystem::path path_;
    sf_private_tag* file_ = nullptr;
    std::vector<unsigned char> label_chunk_;  // must outlive the handle (libsndfile keeps a pointer)
    std::vector<CuePoint> rf64_cues_;         // chapters to append on close, for an RF64 file
    bool rf64_ = false;
};

// Appends `cue ` and LIST/adtl chapter chunks to the RF64 file at `path` and updates its ds64
// RIFF size. Throws Error(output).
void append_rf64_chapters(const std::filesystem::path& path, const std::vector<CuePoint>& cues);

// The LIST/adtl chunk body with one `labl` entry per cue (ids 1..n), each of the standard size
// (cue id, text, NUL; odd sizes padded to even), the whole padded with zeros to a multiple of
// four, since libsndfile rounds chunk lengths up to four.
std::vector<unsigned char> label_list_chunk(const std::vector<CuePoint>& cues);

}  // namespace sori
