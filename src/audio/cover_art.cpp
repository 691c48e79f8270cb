#include "audio/cover_art.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "base/error.h"

namespace sori {
namespace {

constexpr std::size_t largest = (1u << 24) - 64;  // a FLAC metadata block's length has 24 bits

std::uint32_t be16(const std::vector<unsigned char>& b, std::size_t at) { return static_cast<std::uint32_t>(b[at] << 8 | b[at + 1]); }
std::uint32_t be32(const std::vector<unsigned char>& b, std::size_t at) { return be16(b, at) << 16 | be16(b, at + 2); }

// PNG: the IHDR chunk comes first (width, height, bit depth, colour type); PLTE gives the palette.
bool read_png(CoverArt& cover) {
    const auto& b = cover.bytes;
    static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (b.size() < 33 || !std::equal(signature, signature + 8, b.begin()) || std::string(b.begin() + 12, b.begin() + 16) != "IHDR") return false;
    cover.mime = "image/png";
    cover.width = be32(b, 16);
    cover.height = be32(b, 20);
    const std::uint32_t bits = b[24], type = b[25];
    const std::uint32_t channels = type == 2 ? 3 : type == 4 ? 2 : type == 6 ? 4 : 1;
    cover.depth = bits * channels;
    for (std::size_t at = 8; type == 3 && at + 8 <= b.size();) {
        const std::uint32_t length = be32(b, at);
        if (std::string(b.begin() + static_cast<std::ptrdiff_t>(at + 4), b.begin() + static_cast<std::ptrdiff_t>(at + 8)) == "PLTE") {
            cover.colors = length / 3;
            break;
        }
        at += 12 + static_cast<std::size_t>(length);
    }
    return cover.width > 0 && cover.height > 0;
}

// JPEG: markers up to a start of frame (SOF0–SOF15 but DHT, JPG and DAC), which gives the size.
bool read_jpeg(CoverArt& cover) {
    const auto& b = cover.bytes;
    if (b.size() < 4 || b[0] != 0xFF || b[1] != 0xD8) return false;
    for (std::size_t at = 2; at + 9 < b.size();) {
        if (b[at] != 0xFF) return false;
        const unsigned marker = b[at + 1];
        if (marker == 0xFF) {  // fill byte
            ++at;
            continue;
        }
        const std::uint32_t length = be16(b, at + 2);
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            cover.mime = "image/jpeg";
            cover.height = be16(b, at + 5);
            cover.width = be16(b, at + 7);
            cover.depth = b[at + 4] * static_cast<std::uint32_t>(b[at + 9]);
            return cover.width > 0 && cover.height > 0;
        }
        if (marker == 0xDA || marker == 0xD9 || length < 2) return false;  // image data before any frame header
        at += 2 + length;
    }
    return false;
}

void put32(std::vector<unsigned char>& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<unsigned char>(value >> shift));
}

}  // namespace

CoverArt read_cover(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ExitCode::usage, path.string() + ": cannot read the cover image; give --cover a JPEG or PNG file that exists");
    CoverArt cover;
    cover.path = path;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0 || static_cast<std::uint64_t>(size) > largest)
        throw Error(ExitCode::usage, path.string() + ": the cover image is over 16 MB; give --cover a smaller JPEG or PNG");
    in.seekg(0);
    cover.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (!read_png(cover) && !read_jpeg(cover))
        throw Error(ExitCode::usage, path.string() + ": not a JPEG or PNG image (or its header is damaged); give --cover a .jpg or .png");
    return cover;
}

std::vector<unsigned char> flac_picture(const CoverArt& cover) {
    std::vector<unsigned char> out;
    put32(out, 3);  // front cover
    put32(out, static_cast<std::uint32_t>(cover.mime.size()));
    out.insert(out.end(), cover.mime.begin(), cover.mime.end());
    put32(out, 0);  // no description
    put32(out, cover.width);
    put32(out, cover.height);
    put32(out, cover.depth);
    put32(out, cover.colors);
    put32(out, static_cast<std::uint32_t>(cover.bytes.size()));
    out.insert(out.end(), cover.bytes.begin(), cover.bytes.end());
    return out;
}

std::string base64(const std::vector<unsigned char>& bytes) {
    static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::uint32_t n = static_cast<std::uint32_t>(bytes[i]) << 16 | (i + 1 < bytes.size() ? bytes[i + 1] << 8 : 0) |
                                (i + 2 < bytes.size() ? bytes[i + 2] : 0);
        out += alphabet[n >> 18 & 63];
        out += alphabet[n >> 12 & 63];
        out += i + 1 < bytes.size() ? alphabet[n >> 6 & 63] : '=';
        out += i + 2 < bytes.size() ? alphabet[n & 63] : '=';
    }
    return out;
}

}  // namespace sori
