#pragma once
// M4B audiobooks through the ffmpeg program (AAC in an iPod/MP4 container, chapters from the
// FFMETADATA1 file). Only this file runs ffmpeg.
#include <filesystem>

namespace sori {

bool ffmpeg_available();

// Throws Error(output) saying how to install ffmpeg when it is missing.
void require_ffmpeg_for_m4b();

// Encodes `wav` with the chapters of `ffmeta` into `m4b`. Throws Error(output) with ffmpeg's
// own last words when it fails.
void make_m4b(const std::filesystem::path& wav, const std::filesystem::path& ffmeta, const std::filesystem::path& m4b, int bitrate = 64000);

}  // namespace sori
