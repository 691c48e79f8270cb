#pragma once
// Cover art (--cover): a JPEG or PNG read and checked once, then embedded as each container
// wants it — FLAC's PICTURE block, the same block base64-encoded as Opus's
// METADATA_BLOCK_PICTURE comment, an ID3v2 APIC frame in MP3, an attached picture (covr) in M4B.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace sori {

struct CoverArt {
    std::filesystem::path path;       // where it was read from (ffmpeg takes it from there for M4B)
    std::string mime;                 // image/jpeg or image/png
    std::vector<unsigned char> bytes; // the file as it is
    std::uint32_t width = 0, height = 0;
    std::uint32_t depth = 0;          // bits a pixel
    std::uint32_t colors = 0;         // palette entries of an indexed PNG, else 0
};

// Reads and checks the image: a JPEG or PNG whose header gives its size, under 16 MB (FLAC's
// limit for a metadata block). Throws Error(usage) naming the file and saying what to give.
CoverArt read_cover(const std::filesystem::path& path);

// The body of a FLAC PICTURE block (RFC 9639 §8.8) holding `cover` as the front cover.
std::vector<unsigned char> flac_picture(const CoverArt& cover);

// RFC 4648 base64, with padding.
std::string base64(const std::vector<unsigned char>& bytes);

}  // namespace sori
