#pragma once
// An independent RIFF/WAVE reader for tests: walks the chunks itself (no libsndfile) and returns
// the format, the sample count, the cue points and their labl names.
#include <cstdint>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace riff {

struct Wave {
    std::uint16_t format = 0, channels = 0, bits = 0;
    std::uint32_t sample_rate = 0;
    std::uint64_t frames = 0;
    std::vector<std::int16_t> samples;
    std::map<std::uint32_t, std::uint32_t> cue_positions;  // cue id → sample offset
    std::map<std::uint32_t, std::string> labels;            // cue id → labl text
    std::vector<std::string> chunk_order;
    std::string title;  // LIST/INFO INAM
    bool rf64 = false;  // an RF64 file (sizes in ds64), as written past 4 GiB
};

inline std::uint32_t u32(const std::string& b, std::size_t at) {
    if (at + 4 > b.size()) throw std::runtime_error("truncated RIFF field");
    return static_cast<std::uint8_t>(b[at]) | static_cast<std::uint8_t>(b[at + 1]) << 8 |
           static_cast<std::uint8_t>(b[at + 2]) << 16 | static_cast<std::uint32_t>(static_cast<std::uint8_t>(b[at + 3])) << 24;
}
inline std::uint16_t u16(const std::string& b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<std::uint8_t>(b[at]) | static_cast<std::uint8_t>(b[at + 1]) << 8);
}

inline Wave read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    const std::string b((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Wave w;
    w.rf64 = b.size() >= 12 && b.compare(0, 4, "RF64") == 0;
    if (b.size() < 12 || (b.compare(0, 4, "RIFF") != 0 && !w.rf64) || b.compare(8, 4, "WAVE") != 0)
        throw std::runtime_error("not RIFF/WAVE or RF64/WAVE");
    // RF64 (EBU Tech 3306): the 32-bit sizes are -1 and the real ones are in the ds64 chunk.
    auto u64 = [&](std::size_t at) { return static_cast<std::uint64_t>(u32(b, at)) | static_cast<std::uint64_t>(u32(b, at + 4)) << 32; };
    if (w.rf64 && (b.compare(12, 4, "ds64") != 0 || u32(b, 4) != 0xFFFFFFFFu)) throw std::runtime_error("RF64 without a ds64 chunk");
    const std::uint64_t riff_size = w.rf64 ? u64(20) : u32(b, 4);
    const std::uint64_t rf64_data_size = w.rf64 ? u64(28) : 0;
    if (riff_size + 8 != b.size()) throw std::runtime_error("RIFF size does not match the file size");
    std::size_t pos = 12;
    while (pos + 8 <= b.size()) {
        const std::string id = b.substr(pos, 4);
        const std::uint64_t size = id == "data" && w.rf64 && u32(b, pos + 4) == 0xFFFFFFFFu ? rf64_data_size : u32(b, pos + 4);
        const std::size_t body = pos + 8;
        if (body + size > b.size()) throw std::runtime_error("chunk " + id + " runs past the end of the file");
        w.chunk_order.push_back(id);
        if (id == "fmt ") {
            w.format = u16(b, body);
            w.channels = u16(b, body + 2);
            w.sample_rate = u32(b, body + 4);
            w.bits = u16(b, body + 14);
        } else if (id == "data") {
            w.frames = size / 2;
            w.samples.resize(size / 2);
            for (std::size_t i = 0; i < w.samples.size(); ++i) w.samples[i] = static_cast<std::int16_t>(u16(b, body + 2 * i));
        } else if (id == "cue ") {
            const std::uint32_t count = u32(b, body);
            if (4 + 24ull * count != size) throw std::runtime_error("cue chunk size does not match its count");
            for (std::uint32_t i = 0; i < count; ++i) {
                const std::size_t p = body + 4 + 24 * i;
                if (b.compare(p + 8, 4, "data") != 0) throw std::runtime_error("cue point not in the data chunk");
                w.cue_positions[u32(b, p)] = u32(b, p + 20);  // sample offset
            }
        } else if (id == "LIST" && b.compare(body, 4, "INFO") == 0) {
            for (std::size_t sub = body + 4; sub + 8 <= body + size;) {
                const std::uint32_t ssize = u32(b, sub + 4);
                if (b.compare(sub, 4, "INAM") == 0) w.title = b.substr(sub + 8, ssize).c_str();
                sub += 8 + ssize + (ssize & 1);
            }
        } else if (id == "LIST" && b.compare(body, 4, "adtl") == 0) {
            std::size_t sub = body + 4;
            while (sub + 8 <= body + size) {
                const std::string sid = b.substr(sub, 4);
                const std::uint32_t ssize = u32(b, sub + 4);
                if (sub + 8 + ssize > body + size) throw std::runtime_error("labl runs past its LIST");
                if (sid == "labl") {
                    const std::string text = b.substr(sub + 12, ssize - 4);
                    w.labels[u32(b, sub + 8)] = text.substr(0, text.find('\0'));
                }
                sub += 8 + ssize + (ssize & 1);
            }
        }
        pos = static_cast<std::size_t>(body + size + (size & 1));
    }
    return w;
}

}  // namespace riff
