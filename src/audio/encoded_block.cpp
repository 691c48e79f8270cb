#include "audio/encoded_block.h"

#include <bit>
#include <cstring>

namespace sori {
namespace {

static_assert(std::endian::native == std::endian::little, "encoded blocks are serialized little-endian");

void put_u32(std::vector<unsigned char>& out, std::uint32_t value) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(&value);
    out.insert(out.end(), bytes, bytes + 4);
}

std::uint32_t get_u32(const std::vector<unsigned char>& data, std::size_t at) {
    std::uint32_t value = 0;
    std::memcpy(&value, data.data() + at, 4);
    return value;
}

}  // namespace

void EncodedBlock::add(const unsigned char* data, std::size_t size, std::uint32_t sample_count) {
    bytes.insert(bytes.end(), data, data + size);
    sizes.push_back(static_cast<std::uint32_t>(size));
    samples.push_back(sample_count);
}

std::uint64_t EncodedBlock::total_samples() const {
    std::uint64_t total = 0;
    for (std::uint32_t n : samples) total += n;
    return total;
}

std::vector<unsigned char> serialize(const EncodedBlock& block) {
    std::vector<unsigned char> out;
    out.reserve(4 + 8 * block.sizes.size() + block.bytes.size());
    put_u32(out, static_cast<std::uint32_t>(block.sizes.size()));
    for (std::size_t i = 0; i < block.sizes.size(); ++i) {
        put_u32(out, block.sizes[i]);
        put_u32(out, block.samples[i]);
    }
    out.insert(out.end(), block.bytes.begin(), block.bytes.end());
    return out;
}

std::optional<EncodedBlock> parse_encoded_block(const std::vector<unsigned char>& data, std::string& problem) {
    if (data.size() < 4) {
        problem = "too short for its packet table";
        return std::nullopt;
    }
    const std::uint64_t count = get_u32(data, 0);
    if ((data.size() - 4) / 8 < count) {
        problem = "its packet table runs past the end";
        return std::nullopt;
    }
    EncodedBlock block;
    std::uint64_t total = 0;
    for (std::uint64_t i = 0; i < count; ++i) {
        block.sizes.push_back(get_u32(data, 4 + 8 * i));
        block.samples.push_back(get_u32(data, 8 + 8 * i));
        total += block.sizes.back();
    }
    const std::size_t table = 4 + 8 * static_cast<std::size_t>(count);
    if (data.size() - table != total) {
        problem = "its packets add up to " + std::to_string(total) + " bytes, not " + std::to_string(data.size() - table);
        return std::nullopt;
    }
    block.bytes.assign(data.begin() + static_cast<std::ptrdiff_t>(table), data.end());
    return block;
}

}  // namespace sori
