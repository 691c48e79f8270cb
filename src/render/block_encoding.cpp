#include "render/block_encoding.h"

#include "audio/aac_blocks.h"
#include "audio/flac_blocks.h"
#include "audio/mp3_blocks.h"
#include "audio/opus_blocks.h"
#include "audio/sample_md5.h"
#include "base/error.h"
#include "render/sample_states.h"

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

namespace {

std::unique_ptr<BlockJoiner> open_file(const BlockKeyer& keyer, const std::filesystem::path& path, const AudioSettings& settings,
                                       const AudioOutputs& outputs, std::uint64_t total) {
    switch (keyer.format) {
        case AudioFormat::opus: {
            std::vector<std::string> comments = outputs.vorbis_comments();
            if (settings.cover) comments.push_back("METADATA_BLOCK_PICTURE=" + base64(flac_picture(*settings.cover)));
            return std::make_unique<OggOpusFile>(path, keyer.rate, comments, settings.opus, total);
        }
        case AudioFormat::flac:
            return std::make_unique<FlacFile>(path, keyer.rate, outputs.vorbis_comments(), total,
                                              settings.cover ? flac_picture(*settings.cover) : std::vector<unsigned char>{});
        case AudioFormat::mp3: return std::make_unique<Mp3File>(path, keyer.rate, settings.mp3, total);
        case AudioFormat::m4b:
            return std::make_unique<M4bFile>(path, keyer.rate, outputs.ffmeta(), total, iso639_2(settings.tags.language),
                                             settings.cover ? settings.cover->path : std::filesystem::path());
        case AudioFormat::wav: break;
    }
    throw Error(ExitCode::internal, "wav is not encoded in blocks");
}

}  // namespace

BlockEncoding::BlockEncoding(const RenderPlan& plan, const Timeline& timeline, const AudioSettings& settings, const AudioOutputs& outputs,
                             double gain_db, BlockCache cache)
    : shaper_(shape_settings(settings, timeline.sample_rate, gain_db), outputs.rates()),
      settings_(settings),
      cache_(std::move(cache)),
      timeline_(timeline) {
    const std::vector<std::string> contents = block_contents(timeline, plan.keys);
    for (const BlockKeyer& keyer : block_keyers(settings, timeline.sample_rate, shaper_)) {
        Format format;
        format.keyer = keyer;
        for (std::size_t b = 0; b < contents.size(); ++b) {
            format.keys.push_back(keyer.key(contents[b], timeline.blocks[b], timeline.sample_rate));
            format.missing.push_back(!cache_.present(format.keys.back()));
        }
        const std::uint64_t total = at_rate(timeline.total_samples, timeline.sample_rate, keyer.rate);
        format.file = open_file(keyer, outputs.block_file(keyer.format), settings, outputs, total);
        if (format.file->wants_samples()) {
            format.state_keys = sample_state_keys(format.keys, SampleMd5::state_signature());
            std::vector<std::uint64_t> ends;
            for (const AudioBlock& block : timeline.blocks) ends.push_back(at_rate(block.end, timeline.sample_rate, keyer.rate));
            format.first_hashed = resume_sample_states(*format.file, format.state_keys, ends, cache_);
        }
        formats_.push_back(std::move(format));
    }
}

BlockEncoding::~BlockEncoding() = default;

bool BlockEncoding::wanted(std::size_t b) const {
    for (const Format& format : formats_)
        if (format.missing[b]) return true;
    return false;
}

std::vector<std::int16_t> BlockEncoding::samples_for(const Format& format, std::size_t b, std::vector<std::int16_t> raw) const {
    const AudioBlock& block = timeline_.blocks[b];
    BlockSignal signal = shaper_.shape(std::move(raw), block.start, block.end, format.keyer.rate);
    std::vector<std::int16_t> samples;
    if (pcm16_at(signal, format.keyer.rate, samples).data() == signal.raw.data()) samples = std::move(signal.raw);
    return samples;
}

void BlockEncoding::start_hashing(RawReader read, bool every_block) {
    for (Format& format : formats_) {
        if (!format.file->wants_samples()) continue;
        // The blocks read to be encoded give their samples, unless they are few (an edit): then
        // the feed reads them too, so as not to wait for the join to reach them.
        const std::size_t n = timeline_.blocks.size();
        std::size_t read_anyway = 0;
        for (std::size_t b = format.first_hashed; b < n; ++b) read_anyway += wanted(b);
        std::vector<bool> given(n, every_block);
        if (!every_block && 2 * read_anyway > n - format.first_hashed)
            for (std::size_t b = 0; b < n; ++b) given[b] = wanted(b);
        auto reader = [this, &format, read](std::size_t b) -> std::optional<std::vector<std::int16_t>> {
            std::optional<std::vector<std::int16_t>> raw = read(b);
            if (!raw) return std::nullopt;
            return samples_for(format, b, std::move(*raw));
        };
        format.feed = std::make_unique<SampleFeed>(*format.file, format.first_hashed, timeline_.blocks.size(), given, reader);
    }
}

bool BlockEncoding::hashing_complete() {
    bool complete = true;
    for (Format& format : formats_)
        if (format.feed && !format.feed->finish()) complete = false;
    return complete;
}

void BlockEncoding::restart_hashing() {
    for (Format& format : formats_) {
        if (!format.file->wants_samples()) continue;
        format.feed.reset();
        format.file->restart_samples();
    }
}

bool BlockEncoding::hashes(std::size_t b) const {
    for (const Format& format : formats_)
        if (format.file->wants_samples() && b >= format.first_hashed) return true;
    return false;
}

void BlockEncoding::hash_block(std::size_t b, std::vector<std::int16_t> raw) {
    for (Format& format : formats_)
        if (format.file->wants_samples() && b >= format.first_hashed) format.file->add_samples(samples_for(format, b, raw));
}

EncodedBlock BlockEncoding::encode(const Format& format, const BlockSignal& signal, std::size_t b) const {
    const int rate = format.keyer.rate, from = timeline_.sample_rate;
    const AudioBlock& block = timeline_.blocks[b];
    const std::uint64_t start = at_rate(block.start, from, rate), end = at_rate(block.end, from, rate),
                        total = at_rate(timeline_.total_samples, from, rate);
    std::vector<std::int16_t> pcm16;
    std::vector<float> floats;
    switch (format.keyer.format) {
        case AudioFormat::flac: return encode_flac_block(pcm16_at(signal, rate, pcm16), rate, settings_.flac);
        case AudioFormat::mp3: return encode_mp3_block(pcm16_at(signal, rate, pcm16), rate, settings_.mp3, start, end, total);
        case AudioFormat::m4b:
            return encode_aac_block(pcm16_at(signal, rate, pcm16), rate, settings_.m4b, start, end, total);
        case AudioFormat::opus: return encode_opus_block(floats_at(signal, rate, floats), rate, settings_.opus, b + 1 == timeline_.blocks.size());
        case AudioFormat::wav: break;
    }
    throw Error(ExitCode::internal, "wav is not encoded in blocks");
}

BlockResult BlockEncoding::process(std::size_t b, std::vector<std::int16_t> raw, bool read) const {
    const AudioBlock& block = timeline_.blocks[b];
    BlockResult result;
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

void BlockEncoding::deliver(std::size_t b, BlockResult& result) {
    damaged_ |= result.damaged;
    if (damaged_) return;
    for (std::size_t f = 0; f < formats_.size(); ++f) {
        Format& format = formats_[f];
        if (format.feed && format.feed->takes(b)) {  // one format at most (FLAC): it may take the block's own samples
            std::vector<std::int16_t> samples;
            if (pcm16_at(result.signal, format.keyer.rate, samples).data() == result.signal.raw.data()) samples = std::move(result.signal.raw);
            format.feed->give(b, std::move(samples));
        }
        format.file->add(*result.encoded[f]);
    }
}

bool BlockEncoding::finish() {
    if (damaged_) return false;
    for (Format& format : formats_) {
        format.file->close();
        if (format.file->wants_samples()) store_sample_states(*format.file, format.state_keys, format.first_hashed, cache_);
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
