#include "render/block_encoding.h"

#include "base/content_hash.h"
#include "base/error.h"

namespace sori {
namespace {

std::string codec_signature(AudioFormat format, int rate, const AudioSettings& settings) {
    if (format == AudioFormat::opus) return opus_signature(rate, settings.opus);
    throw Error(ExitCode::internal, format_name(format) + " is not encoded in blocks");
}

std::string block_key(const std::string& codec, const std::string& shaping, const AudioBlock& block, bool last, const RenderPlan& plan,
                      const Timeline& timeline) {
    ContentHasher hasher;
    hasher.add_field("sori-block", 1);
    hasher.add_field("codec", codec);
    hasher.add_field("shaping", shaping);
    hasher.add_field("last", last ? 1 : 0);
    hasher.add_field("length", static_cast<long long>(block.end - block.start));
    for (std::size_t i = block.first_item; i < block.end_item; ++i) {
        if (plan.keys[i].empty()) continue;
        hasher.add_field("at", static_cast<long long>(timeline.items[i].start - block.start));
        hasher.add_field("samples", static_cast<long long>(timeline.items[i].end - timeline.items[i].start));
        hasher.add_field("sentence", plan.keys[i]);
    }
    return hasher.hex128();
}

ShapeSettings shape_settings(const AudioSettings& settings, int engine_rate, double gain_db) {
    ShapeSettings shape;
    shape.engine_rate = engine_rate;
    shape.timeline_rate = engine_rate;
    shape.loudness = settings.loudness;
    shape.gain_db = gain_db;
    return shape;
}

}  // namespace

BlockEncoding::BlockEncoding(const RenderPlan& plan, const Timeline& timeline, const AudioSettings& settings,
                             const AudioOutputs& outputs, double gain_db, BlockCache cache)
    : shaper_(shape_settings(settings, timeline.sample_rate, gain_db), outputs.rates()),
      settings_(settings),
      cache_(std::move(cache)),
      timeline_(timeline) {
    for (std::size_t f = 0; f < settings.formats.size(); ++f) {
        if (!encoded_in_blocks(settings.formats[f])) continue;
        Format format{settings.formats[f], outputs.rates()[f], {}, {}};
        const std::string codec = codec_signature(format.format, format.rate, settings), shaping = shaper_.signature(format.rate);
        for (std::size_t b = 0; b < timeline.blocks.size(); ++b) {
            format.keys.push_back(block_key(codec, shaping, timeline.blocks[b], b + 1 == timeline.blocks.size(), plan, timeline));
            format.missing.push_back(!cache_.present(format.keys.back()));
        }
        formats_.push_back(std::move(format));
    }
}

bool BlockEncoding::missing(std::size_t b) const {
    for (const Format& format : formats_)
        if (format.missing[b]) return true;
    return false;
}

BlockSignal BlockEncoding::process(std::size_t b, std::vector<std::int16_t> raw) const {
    BlockSignal signal = shaper_.shape(std::move(raw), timeline_.blocks[b].start, timeline_.blocks[b].end);
    for (const Format& format : formats_) {
        if (!format.missing[b]) continue;
        const bool last = b + 1 == timeline_.blocks.size();
        const EncodedBlock encoded = encode_opus_block(floats_at(signal, format.rate), format.rate, settings_.opus, last);
        cache_.store(format.keys[b], serialize(encoded));
    }
    return signal;
}

void BlockEncoding::join_opus(const Format& format, const AudioOutputs& outputs, const std::string& title, bool& damaged) const {
    OggOpusFile file(outputs.block_file(format.format), format.rate, title, settings_.opus);
    for (std::size_t b = 0; b < timeline_.blocks.size() && !damaged; ++b) {
        const BlockEntry entry = cache_.load(format.keys[b]);
        std::string problem = entry.problem;
        std::optional<EncodedBlock> block;
        if (entry.state == BlockEntry::State::valid) block = parse_encoded_block(entry.bytes, problem);
        if (!block) {
            cache_.remove(format.keys[b]);
            damaged = true;
            return;
        }
        cache_.touch(format.keys[b]);
        file.add(*block);
    }
    file.close(at_rate(timeline_.total_samples, timeline_.sample_rate, format.rate));
}

bool BlockEncoding::join(const AudioOutputs& outputs, const std::string& title) {
    bool damaged = false;
    for (const Format& format : formats_) join_opus(format, outputs, title, damaged);
    return !damaged;
}

BlockCounts BlockEncoding::counts() const {
    BlockCounts counts;
    counts.blocks = timeline_.blocks.size();
    for (const Format& format : formats_)
        for (bool missing : format.missing) ++(missing ? counts.encoded : counts.cached);
    return counts;
}

}  // namespace sori
