#include "render/block_keys.h"

#include "base/content_hash.h"
#include "base/error.h"

namespace sori {

BlockContentHasher::BlockContentHasher() : hasher_(std::make_unique<ContentHasher>()) {}
BlockContentHasher::~BlockContentHasher() = default;

void BlockContentHasher::add_item(std::uint64_t offset, std::uint64_t samples, const std::string& sentence_key) {
    hasher_->add_field("at", static_cast<long long>(offset));
    hasher_->add_field("samples", static_cast<long long>(samples));
    hasher_->add_field("sentence", sentence_key);
}

std::string BlockContentHasher::finish(std::uint64_t length, bool last) {
    hasher_->add_field("length", static_cast<long long>(length));
    hasher_->add_field("last", last ? 1 : 0);
    const std::string key = hasher_->hex128();
    hasher_ = std::make_unique<ContentHasher>();
    return key;
}

std::vector<std::string> block_contents(const Timeline& timeline, const std::vector<std::string>& keys) {
    std::vector<std::string> contents;
    BlockContentHasher hasher;
    for (std::size_t b = 0; b < timeline.blocks.size(); ++b) {
        const AudioBlock& block = timeline.blocks[b];
        for (std::size_t i = block.first_item; i < block.end_item; ++i)
            if (!keys[i].empty())
                hasher.add_item(timeline.items[i].start - block.start, timeline.items[i].end - timeline.items[i].start, keys[i]);
        contents.push_back(hasher.finish(block.end - block.start, b + 1 == timeline.blocks.size()));
    }
    return contents;
}

namespace {

// Everything besides the samples that decides a format's block bytes.
std::string codec_signature(AudioFormat format, int rate, const AudioSettings& settings) {
    if (format == AudioFormat::opus) return opus_signature(rate, settings.opus);
    if (format == AudioFormat::flac) return flac_signature(rate, settings.flac);
    if (format == AudioFormat::mp3) return mp3_signature(rate, settings.mp3);
    if (format == AudioFormat::m4b) return aac_signature(rate, settings.m4b);
    throw Error(ExitCode::internal, format_name(format) + " is not encoded in blocks");
}

// Where a block lies on a format's own frame grid when that is not the blocks' grid (MP3 frames
// of 26 ms against cuts every 20 ms when Opus is encoded too): its bytes depend on it.
std::string block_placement(AudioFormat format, int rate, const AudioBlock& block, int timeline_rate) {
    if (format != AudioFormat::mp3 && format != AudioFormat::m4b) return "";
    const std::uint64_t frame = format == AudioFormat::mp3 ? mp3_frame_samples(rate) : aac_frame_samples;
    return "phase=" + std::to_string(at_rate(block.start, timeline_rate, rate) % frame) + "," +
           std::to_string(at_rate(block.end, timeline_rate, rate) % frame);
}

}  // namespace

std::string BlockKeyer::key(const std::string& content, const AudioBlock& block, int timeline_rate) const {
    ContentHasher hasher;
    hasher.add_field("sori-block", 2);  // raised whenever a block's bytes would change for the same inputs
    hasher.add_field("codec", codec);
    hasher.add_field("shaping", shaping);
    hasher.add_field("content", content);
    hasher.add_field("placement", block_placement(format, rate, block, timeline_rate));
    return hasher.hex128();
}

std::vector<BlockKeyer> block_keyers(const AudioSettings& settings, int engine_rate, const SignalShaper& shaper) {
    std::vector<BlockKeyer> keyers;
    for (AudioFormat format : settings.formats) {
        if (!encoded_in_blocks(format)) continue;
        const int rate = output_rate(format, settings, engine_rate);
        keyers.push_back({format, rate, codec_signature(format, rate, settings), shaper.signature(rate)});
    }
    return keyers;
}

}  // namespace sori
