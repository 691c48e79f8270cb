#include "base/content_hash.h"

#include <cstdio>
#include <fstream>
#include <vector>
#include <xxhash.h>

#include "base/error.h"

namespace sori {

ContentHasher::ContentHasher() : state_(XXH3_createState()) {
    if (!state_) throw std::bad_alloc();
    XXH3_128bits_reset(static_cast<XXH3_state_t*>(state_));
}

ContentHasher::~ContentHasher() { XXH3_freeState(static_cast<XXH3_state_t*>(state_)); }

void ContentHasher::add(const void* data, std::size_t size) {
    XXH3_128bits_update(static_cast<XXH3_state_t*>(state_), data, size);
}

void ContentHasher::add_field(std::string_view name, std::string_view value) {
    const std::string head = std::string(name) + "[" + std::to_string(value.size()) + "]=";
    add(head.data(), head.size());
    add(value.data(), value.size());
    add("\n", 1);
}

void ContentHasher::add_field(std::string_view name, long long value) { add_field(name, std::to_string(value)); }

void ContentHasher::add_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ExitCode::synthesis, path.string() + ": cannot read eSpeak NG's data file; reinstall espeak-ng-data");
    std::vector<char> block(1 << 16);
    while (in) {
        in.read(block.data(), static_cast<std::streamsize>(block.size()));
        add(block.data(), static_cast<std::size_t>(in.gcount()));
    }
}

std::string ContentHasher::hex128() const {
    const XXH128_hash_t digest = XXH3_128bits_digest(static_cast<XXH3_state_t*>(state_));
    char text[33];
    std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(digest.high64),
                  static_cast<unsigned long long>(digest.low64));
    return text;
}

Checksum64::Checksum64() : state_(XXH3_createState()) {
    if (!state_) throw std::bad_alloc();
    XXH3_64bits_reset(static_cast<XXH3_state_t*>(state_));
}

Checksum64::~Checksum64() { XXH3_freeState(static_cast<XXH3_state_t*>(state_)); }

void Checksum64::add(const void* data, std::size_t size) { XXH3_64bits_update(static_cast<XXH3_state_t*>(state_), data, size); }

std::uint64_t Checksum64::value() const { return XXH3_64bits_digest(static_cast<XXH3_state_t*>(state_)); }

std::uint64_t checksum64(const void* data, std::size_t size) { return XXH3_64bits(data, size); }

}  // namespace sori
