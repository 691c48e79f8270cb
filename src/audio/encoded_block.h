#pragma once
// What a block encoder makes and the block cache keeps: the block's packets (Opus) or frames
// (FLAC) in order, each with its size in bytes and the samples it decodes to, and the bytes of
// them all. Serialized as a little-endian table followed by the bytes; parse() refuses anything
// whose table and bytes disagree, so a damaged entry is never joined into a file.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sori {

struct EncodedBlock {
    std::vector<unsigned char> bytes;    // every packet, back to back
    std::vector<std::uint32_t> sizes;    // bytes of each packet
    std::vector<std::uint32_t> samples;  // samples each packet decodes to (at the output rate)

    void add(const unsigned char* data, std::size_t size, std::uint32_t sample_count);
    std::uint64_t total_samples() const;
};

std::vector<unsigned char> serialize(const EncodedBlock& block);
// Nullopt, with `problem` set, when the table does not describe the bytes exactly.
std::optional<EncodedBlock> parse_encoded_block(const std::vector<unsigned char>& data, std::string& problem);

}  // namespace sori
