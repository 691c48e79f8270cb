#include "render/block_encoding.h"

#include "base/error.h"
#include "render/block_keys.h"

namespace sori {
namespace {

ShapeSettings shape_settings(const AudioSettings& settings, int engine_rate, double gain_db) {
    ShapeSettings shape;
    shape.engine_rate = engine_rate;
    shape.timeline_rate = engine_rate;
    shape.loudness = settings.loudness;
    shape.gain_db = gain_db;
    return shape;
}

}  // namespace

BlockEncoding::BlockEncoding(const RenderPlan& plan, const Timeline& timeline, const AudioSettings& settings, const AudioOutputs& outputs,
                             const std::string& title, double gain_db, BlockCache cache)
    : shaper_(shape_settings(settings, timeline.sample_rate, gain_db), outputs.rates()),
      settings_(settings),
      cache_(std::move(cache)),
      timeline_(timeline) {
    const std::vector<std::string> contents = block_contents(timeline, plan.keys);
    for (std::size_t f = 0; f < settings.formats.size(); ++f) {
        if (!encoded_in_blocks(settings.formats[f])) continue;
        Format format{settings.formats[f], outputs.rates()[f], {}, {}, nullptr, nullptr};
        const std::string codec = codec_signature(format.format, format.rate, settings), shaping = shaper_.signature(format.rate);
        for (const std::string& content : contents) {
            format.keys.push_back(block_key(codec, shaping, content));
            format.missing.push_back(!cache_.present(format.keys.back()));
        }
        const std::filesystem::path path = outputs.block_file(format.format);
        if (format.format == AudioFormat::opus) format.opus = std::make_unique<OggOpusFile>(path, format.rate, title, settings.opus);
        else format.flac = std::make_unique<FlacFile>(path, format.rate, title, at_rate(timeline.total_samples, timeline.sample_rate, format.rate));
        formats_.push_back(std::move(format));
    }
}

BlockEncoding::~BlockEncoding() = default;

bool BlockEncoding::missing(std::size_t b) const {
    for (const Format& format : formats_)
        if (format.missing[b]) return true;
    return false;
}

bool BlockEncoding::needs_every_block() const {
    for (const Format& format : formats_)
        if (format.flac) return true;
    return false;
}

EncodedBlock BlockEncoding::encode(const Format& format, const BlockSignal& signal, bool last) const {
    if (format.flac) return encode_flac_block(pcm16_at(signal, format.rate), format.rate, settings_.flac);
    std::vector<float> scratch;
    return encode_opus_block(floats_at(signal, format.rate, scratch), format.rate, settings_.opus, last);
}

BlockSignal BlockEncoding::process(std::size_t b, std::vector<std::int16_t> raw) const {
    const AudioBlock& block = timeline_.blocks[b];
    BlockSignal signal = shaper_.shape(std::move(raw), block.start, block.end);
    for (const Format& format : formats_)
        if (format.missing[b]) cache_.store(format.keys[b], serialize(encode(format, signal, b + 1 == timeline_.blocks.size())));
    return signal;
}

void BlockEncoding::deliver(const BlockSignal& signal) {
    for (Format& format : formats_)
        if (format.flac) format.flac->add_samples(pcm16_at(signal, format.rate));
}

bool BlockEncoding::join(Format& format) {
    for (std::size_t b = 0; b < timeline_.blocks.size(); ++b) {
        const BlockEntry entry = cache_.load(format.keys[b]);
        std::string problem = entry.problem;
        std::optional<EncodedBlock> block;
        if (entry.state == BlockEntry::State::valid) block = parse_encoded_block(entry.bytes, problem);
        if (!block) {
            cache_.remove(format.keys[b]);
            return false;
        }
        cache_.touch(format.keys[b]);
        if (format.opus) format.opus->add(*block);
        else format.flac->add(*block);
    }
    if (format.opus) format.opus->close(at_rate(timeline_.total_samples, timeline_.sample_rate, format.rate));
    else format.flac->close();
    return true;
}

bool BlockEncoding::join() {
    for (Format& format : formats_)
        if (!join(format)) return false;
    return true;
}

BlockCounts BlockEncoding::counts() const {
    BlockCounts counts;
    counts.blocks = timeline_.blocks.size();
    for (const Format& format : formats_)
        for (bool missing : format.missing) ++(missing ? counts.encoded : counts.cached);
    return counts;
}

}  // namespace sori
