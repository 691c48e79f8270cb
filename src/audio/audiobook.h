#pragma once
// The ffmpeg program, for the iPod/MP4 container of an M4B audiobook with its chapters (a stream
// copy of the AAC that aac_encoder.h made). Only this file runs ffmpeg.
#include <filesystem>
#include <string>
#include <vector>

namespace sori {

bool ffmpeg_available();

// Throws Error(output) saying how to install ffmpeg when it is missing.
void require_ffmpeg_for_m4b();

// `ffmpeg -nostdin -hide_banner -loglevel error -y ARGS…`; throws Error(output) naming `what`
// with ffmpeg's own last words when it fails.
void run_ffmpeg(const std::vector<std::string>& args, const std::filesystem::path& what);

// The M4B `m4b` from the ADTS stream `aac` whose first `priming` samples at `rate` are the
// encoder's (an edit list hides them), with the title and chapters of the FFMETADATA1 `ffmeta`.
// `language`: the audio stream's ISO 639-2 language ("" for none); `cover`: a JPEG or PNG to
// attach as the cover (empty for none).
void mux_m4b(const std::filesystem::path& aac, int rate, long priming, const std::filesystem::path& ffmeta, const std::filesystem::path& m4b,
             const std::string& language = "", const std::filesystem::path& cover = {});

}  // namespace sori
