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
        Format format;
        format.format = settings.formats[f];
        format.rate = outputs.rates()[f];
        const std::string codec = codec_signature(format.format, format.rate, settings), shaping = shaper_.signature(format.rate);
        for (std::size_t b = 0; b < contents.size(); ++b) {
            const std::string placement = block_placement(format.format, format.rate, timeline.blocks[b], timeline.sample_rate);
            format.keys.push_back(block_key(codec, shaping, contents[b], placement));
            format.missing.push_back(!cache_.present(format.keys.back()));
        }
        const std::filesystem::path path = outputs.block_file(format.format);
        const std::uint64_t total = at_rate(timeline.total_samples, timeline.sample_rate, format.rate);
        if (format.format == AudioFormat::opus) format.opus = std::make_unique<OggOpusFile>(path, format.rate, title, settings.opus);
        else if (format.format == AudioFormat::flac) format.flac = std::make_unique<FlacFile>(path, format.rate, title, total);
        else if (format.format == AudioFormat::mp3) format.mp3 = std::make_unique<Mp3File>(path, format.rate, settings.mp3, total);
        else format.m4b = std::make_unique<M4bFile>(path, format.rate, outputs.ffmeta(), total);
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

EncodedBlock BlockEncoding::encode(const Format& format, const BlockSignal& signal, std::size_t b) const {
    const bool last = b + 1 == timeline_.blocks.size();
    if (format.flac) return encode_flac_block(pcm16_at(signal, format.rate), format.rate, settings_.flac);
    const AudioBlock& block = timeline_.blocks[b];
    const int from = timeline_.sample_rate;
    const std::uint64_t start = at_rate(block.start, from, format.rate), end = at_rate(block.end, from, format.rate),
                        total = at_rate(timeline_.total_samples, from, format.rate);
    if (format.mp3) return encode_mp3_block(pcm16_at(signal, format.rate), format.rate, settings_.mp3, start, end, total);
    if (format.m4b) return encode_aac_block(pcm16_at(signal, format.rate), format.rate, settings_.m4b, start, end, total, cache_.folder() / "tmp");
    std::vector<float> scratch;
    return encode_opus_block(floats_at(signal, format.rate, scratch), format.rate, settings_.opus, last);
}

BlockResult BlockEncoding::process(std::size_t b, std::vector<std::int16_t> raw, bool read) const {
    const AudioBlock& block = timeline_.blocks[b];
    BlockResult result;
    result.read = read;
    if (read) result.signal = shaper_.shape(std::move(raw), block.start, block.end);
    for (const Format& format : formats_) {
        if (format.missing[b]) {
            if (!read) throw Error(ExitCode::internal, "block " + std::to_string(b + 1) + " is to be encoded but was not read");
            result.encoded.push_back(encode(format, result.signal, b));
            cache_.store(format.keys[b], serialize(*result.encoded.back()));
            continue;
        }
        const BlockEntry entry = cache_.load(format.keys[b]);
        std::string problem = entry.problem;
        if (entry.state == BlockEntry::State::valid) result.encoded.push_back(parse_encoded_block(entry.bytes, problem));
        if (entry.state != BlockEntry::State::valid || !result.encoded.back()) {
            cache_.remove(format.keys[b]);
            result.damaged = true;
            return result;
        }
        cache_.touch(format.keys[b]);
    }
    return result;
}

void BlockEncoding::deliver(const BlockResult& result) {
    damaged_ |= result.damaged;
    if (damaged_) return;
    for (std::size_t f = 0; f < formats_.size(); ++f) {
        Format& format = formats_[f];
        if (format.opus) {
            format.opus->add(*result.encoded[f]);
        } else if (format.mp3) {
            format.mp3->add(*result.encoded[f]);
        } else if (format.m4b) {
            format.m4b->add(*result.encoded[f]);
        } else {
            format.flac->add_samples(pcm16_at(result.signal, format.rate));
            format.flac->add(*result.encoded[f]);
        }
    }
}

bool BlockEncoding::finish() {
    if (damaged_) return false;
    for (Format& format : formats_) {
        if (format.opus) format.opus->close(at_rate(timeline_.total_samples, timeline_.sample_rate, format.rate));
        else if (format.mp3) format.mp3->close();
        else if (format.m4b) format.m4b->close();
        else format.flac->close();
    }
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
