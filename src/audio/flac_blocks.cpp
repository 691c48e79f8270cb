#include "audio/flac_blocks.h"

#include <FLAC/format.h>
#include <FLAC/stream_encoder.h>
#include <algorithm>
#include <array>
#include <cstring>

#include "base/error.h"

// Exported by libFLAC (1.1 to 1.5) but declared only in its protected header, for its own tests: a
// block encoder need not hash its samples, the file's MD5 covers all blocks and FlacFile makes it once.
extern "C" FLAC_API FLAC__bool FLAC__stream_encoder_set_do_md5(FLAC__StreamEncoder* encoder, FLAC__bool value);

namespace sori {
namespace {

constexpr std::uint32_t default_blocksize = 4096;  // libFLAC's at levels 3–8
constexpr int seek_every_s = 10;

// CRC-8 (x^8+x^2+x+1) over a frame header and CRC-16 (x^16+x^15+x^2+1) over a frame, MSB first.
template <typename T, unsigned Bits, unsigned Poly>
std::array<T, 256> crc_table() {
    std::array<T, 256> table{};
    for (unsigned i = 0; i < 256; ++i) {
        unsigned crc = i << (Bits - 8);
        for (int b = 0; b < 8; ++b) crc = (crc & (1u << (Bits - 1))) ? (crc << 1) ^ Poly : crc << 1;
        table[i] = static_cast<T>(crc & ((1u << Bits) - 1));
    }
    return table;
}

std::uint8_t crc8(const unsigned char* data, std::size_t size) {
    static const auto table = crc_table<std::uint8_t, 8, 0x07>();
    std::uint8_t crc = 0;
    for (std::size_t i = 0; i < size; ++i) crc = table[crc ^ data[i]];
    return crc;
}

std::uint16_t crc16(const unsigned char* data, std::size_t size) {
    static const auto table = crc_table<std::uint16_t, 16, 0x8005>();
    std::uint16_t crc = 0;
    for (std::size_t i = 0; i < size; ++i) crc = static_cast<std::uint16_t>((crc << 8) ^ table[(crc >> 8) ^ data[i]]);
    return crc;
}

// a·b mod x^16+x^15+x^2+1 over GF(2).
std::uint16_t multiply_mod(std::uint16_t a, std::uint16_t b) {
    std::uint32_t product = 0;
    for (int i = 0; i < 16; ++i)
        if (b & (1u << i)) product ^= static_cast<std::uint32_t>(a) << i;
    for (int i = 31; i >= 16; --i)
        if (product & (1u << i)) product ^= 0x18005u << (i - 16);
    return static_cast<std::uint16_t>(product);
}

// The CRC-16 of `crc`'s message followed by `bytes` more bytes of zeros: crc·x^(8·bytes) mod P,
// by squaring (a frame's body is never read again to give it a new header).
std::uint16_t crc16_shifted(std::uint16_t crc, std::size_t bytes) {
    std::uint16_t power = 0x0100;  // x^8
    for (std::size_t n = bytes; n > 0; n >>= 1) {
        if (n & 1) crc = multiply_mod(crc, power);
        power = multiply_mod(power, power);
    }
    return crc;
}

// The "UTF-8" coding of frame and sample numbers (RFC 9639 §9.1.5), up to 36 bits.
void put_coded_number(std::vector<unsigned char>& out, std::uint64_t value) {
    if (value < 0x80) {
        out.push_back(static_cast<unsigned char>(value));
        return;
    }
    int bytes = 2;
    while (bytes < 7 && value >= (std::uint64_t{1} << (5 * bytes + 1))) ++bytes;
    const unsigned lead = bytes == 7 ? 0xFE : (0xFF00u >> bytes) & 0xFF;
    out.push_back(static_cast<unsigned char>(lead | (bytes == 7 ? 0 : value >> (6 * (bytes - 1)))));
    for (int i = bytes - 2; i >= 0; --i) out.push_back(static_cast<unsigned char>(0x80 | ((value >> (6 * i)) & 0x3F)));
}

std::size_t coded_number_size(unsigned char first) {
    std::size_t ones = 0;
    while (ones < 8 && (first & (0x80 >> ones))) ++ones;
    return ones == 0 ? 1 : ones;
}

// A frame from a block encoder, its header rewritten for a variable-blocksize stream: the first
// sample's number instead of the frame's, then both CRCs again. The CRC-16 is linear: that of
// the new frame is the old one plus the change of header moved past the body, so the body (the
// most of the bytes) is copied but never hashed again.
void renumber_frame(const unsigned char* frame, std::size_t size, std::uint64_t first_sample, std::vector<unsigned char>& out) {
    if (size < 8 || frame[0] != 0xFF || (frame[1] & 0xFE) != 0xF8)
        throw Error(ExitCode::internal, "a FLAC block holds something that is not a frame");
    out.assign({0xFF, 0xF9, frame[2], frame[3]});
    std::size_t at = 4 + coded_number_size(frame[4]);
    put_coded_number(out, first_sample);
    const unsigned block_code = frame[2] >> 4, rate_code = frame[2] & 0x0F;
    const std::size_t extra = (block_code == 6 ? 1 : block_code == 7 ? 2 : 0) + (rate_code == 12 ? 1 : rate_code == 13 || rate_code == 14 ? 2 : 0);
    out.insert(out.end(), frame + at, frame + at + extra);
    at += extra + 1;  // and the old CRC-8
    out.push_back(crc8(out.data(), out.size()));
    const std::size_t body = size - 2 - at;
    const std::uint16_t old_crc = static_cast<std::uint16_t>(frame[size - 2] << 8 | frame[size - 1]);
    const std::uint16_t header_change = static_cast<std::uint16_t>(crc16(out.data(), out.size()) ^ crc16(frame, at));
    out.insert(out.end(), frame + at, frame + size - 2);
    const std::uint16_t crc = static_cast<std::uint16_t>(crc16_shifted(header_change, body) ^ old_crc);
    out.push_back(static_cast<unsigned char>(crc >> 8));
    out.push_back(static_cast<unsigned char>(crc & 0xFF));
}

// A block size that leaves no last frame shorter than 16 samples.
std::uint32_t blocksize_for(std::size_t samples) {
    std::uint32_t size = default_blocksize;
    while (size > 256 && samples % size != 0 && samples % size < 16) size -= 16;
    return size;
}

FLAC__StreamEncoderWriteStatus collect_frame(const FLAC__StreamEncoder*, const FLAC__byte buffer[], size_t bytes, uint32_t samples,
                                             uint32_t, void* data) {
    if (samples > 0) static_cast<EncodedBlock*>(data)->add(buffer, bytes, samples);  // metadata (samples 0) is written by FlacFile
    return FLAC__STREAM_ENCODER_WRITE_STATUS_OK;
}

struct EncoderDeleter {
    void operator()(FLAC__StreamEncoder* encoder) const { FLAC__stream_encoder_delete(encoder); }
};

void put_be(std::vector<unsigned char>& out, std::uint64_t value, int bytes) {
    for (int i = bytes - 1; i >= 0; --i) out.push_back(static_cast<unsigned char>(value >> (8 * i)));
}

void put_le32(std::vector<unsigned char>& out, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<unsigned char>(value >> (8 * i)));
}

void put_block_header(std::vector<unsigned char>& out, int type, bool last, std::size_t length) {
    out.push_back(static_cast<unsigned char>((last ? 0x80 : 0) | type));
    put_be(out, length, 3);
}

}  // namespace

std::string flac_signature(int rate, const FlacSettings& settings) {
    return std::string("flac ") + FLAC__VENDOR_STRING + " rate=" + std::to_string(rate) + " level=" + std::to_string(settings.compression) +
           " blocksize=" + std::to_string(default_blocksize);
}

EncodedBlock encode_flac_block(std::span<const std::int16_t> samples, int rate, const FlacSettings& settings) {
    std::unique_ptr<FLAC__StreamEncoder, EncoderDeleter> encoder(FLAC__stream_encoder_new());
    if (!encoder) throw Error(ExitCode::internal, "libFLAC could not make an encoder");
    FLAC__stream_encoder_set_channels(encoder.get(), 1);
    FLAC__stream_encoder_set_bits_per_sample(encoder.get(), 16);
    FLAC__stream_encoder_set_sample_rate(encoder.get(), static_cast<uint32_t>(rate));
    FLAC__stream_encoder_set_compression_level(encoder.get(), static_cast<uint32_t>(settings.compression));
    FLAC__stream_encoder_set_blocksize(encoder.get(), blocksize_for(samples.size()));
    FLAC__stream_encoder_set_do_md5(encoder.get(), false);
    EncodedBlock block;
    if (FLAC__stream_encoder_init_stream(encoder.get(), collect_frame, nullptr, nullptr, nullptr, &block) != FLAC__STREAM_ENCODER_INIT_STATUS_OK)
        throw Error(ExitCode::internal, "libFLAC cannot encode at " + std::to_string(rate) + " Hz");
    std::vector<FLAC__int32> wide(std::min<std::size_t>(samples.size(), 1 << 16));
    for (std::size_t at = 0; at < samples.size(); at += wide.size()) {
        const std::size_t n = std::min(wide.size(), samples.size() - at);
        std::copy(samples.begin() + static_cast<std::ptrdiff_t>(at), samples.begin() + static_cast<std::ptrdiff_t>(at + n), wide.begin());
        if (!FLAC__stream_encoder_process_interleaved(encoder.get(), wide.data(), static_cast<uint32_t>(n)))
            throw Error(ExitCode::internal, "libFLAC could not encode a block");
    }
    if (!FLAC__stream_encoder_finish(encoder.get())) throw Error(ExitCode::internal, "libFLAC could not finish a block");
    return block;
}

FlacFile::FlacFile(const std::filesystem::path& path, int rate, std::vector<std::string> comments, std::uint64_t total,
                   std::vector<unsigned char> picture)
    : file_(path, "the flac file"), rate_(rate), comments_(std::move(comments)), picture_(std::move(picture)), total_(total), md5_(std::make_unique<SampleMd5>()) {
    seek_.reserve(static_cast<std::size_t>(total / (static_cast<std::uint64_t>(seek_every_s) * static_cast<std::uint64_t>(rate)) + 1));
    const std::vector<unsigned char> head = metadata();  // the real one comes at close, the same size
    file_.write(head.data(), head.size());
}

FlacFile::~FlacFile() = default;

void FlacFile::add_samples(std::vector<std::int16_t> samples) {
    hashed_ += samples.size();
    md5_->add(std::move(samples));
}

bool FlacFile::resume_samples(std::span<const unsigned char> state, std::uint64_t samples) {
    if (hashed_ != 0 || samples > total_ || !md5_->resume(state)) return false;
    hashed_ = resumed_samples_ = samples;
    resumed_state_.assign(state.begin(), state.end());
    return true;
}

void FlacFile::restart_samples() {
    md5_ = std::make_unique<SampleMd5>();
    hashed_ = resumed_samples_;
    if (!resumed_state_.empty() && !md5_->resume(resumed_state_)) throw Error(ExitCode::internal, "the MD5 cannot resume a state it took before");
}

std::vector<std::vector<unsigned char>> FlacFile::sample_states() { return md5_->states(); }

void FlacFile::add(const EncodedBlock& block) {
    std::size_t at = 0;
    const std::uint64_t seek_step = static_cast<std::uint64_t>(seek_every_s) * static_cast<std::uint64_t>(rate_);
    for (std::size_t i = 0; i < block.sizes.size(); ++i) {
        renumber_frame(block.bytes.data() + at, block.sizes[i], written_, frame_);
        at += block.sizes[i];
        const std::uint32_t samples = block.samples[i];
        if (written_ > 0) min_block_ = min_block_ == 0 ? last_frame_samples_ : std::min(min_block_, last_frame_samples_);
        max_block_ = std::max(max_block_, samples);
        const auto size = static_cast<std::uint32_t>(frame_.size());
        min_frame_ = min_frame_ == 0 ? size : std::min(min_frame_, size);
        max_frame_ = std::max(max_frame_, size);
        if (seek_.size() < seek_.capacity() && seek_.size() * seek_step < written_ + samples) seek_.push_back({written_, offset_, samples});
        file_.write(frame_.data(), frame_.size());
        written_ += samples;
        offset_ += frame_.size();
        last_frame_samples_ = samples;
    }
}

// STREAMINFO, SEEKTABLE (unused points are placeholders), VORBIS_COMMENT (title, tags,
// chapters), PICTURE (the cover, when there is one).
std::vector<unsigned char> FlacFile::metadata() const {
    std::vector<unsigned char> out{'f', 'L', 'a', 'C'};
    put_block_header(out, 0, false, 34);
    put_be(out, min_block_ == 0 ? max_block_ : min_block_, 2);
    put_be(out, max_block_, 2);
    put_be(out, min_frame_, 3);
    put_be(out, max_frame_, 3);
    put_be(out, (static_cast<std::uint64_t>(rate_) << 44) | (std::uint64_t{15} << 36) | (total_ & 0xFFFFFFFFFull), 8);  // 1 channel, 16 bits
    const std::array<std::uint8_t, 16> digest = md5_->digest();
    out.insert(out.end(), digest.begin(), digest.end());
    put_block_header(out, 3, false, 18 * seek_.capacity());
    for (std::size_t i = 0; i < seek_.capacity(); ++i) {
        const bool real = i < seek_.size();
        put_be(out, real ? seek_[i].sample : ~std::uint64_t{0}, 8);
        put_be(out, real ? seek_[i].offset : 0, 8);
        put_be(out, real ? seek_[i].samples : 0, 2);
    }
    std::vector<unsigned char> comments;
    const std::string vendor = FLAC__VENDOR_STRING;
    put_le32(comments, static_cast<std::uint32_t>(vendor.size()));
    comments.insert(comments.end(), vendor.begin(), vendor.end());
    std::vector<std::string> fields{"ENCODER=sori " SORI_VERSION};
    fields.insert(fields.end(), comments_.begin(), comments_.end());
    put_le32(comments, static_cast<std::uint32_t>(fields.size()));
    for (const std::string& field : fields) {
        put_le32(comments, static_cast<std::uint32_t>(field.size()));
        comments.insert(comments.end(), field.begin(), field.end());
    }
    put_block_header(out, 4, picture_.empty(), comments.size());
    out.insert(out.end(), comments.begin(), comments.end());
    if (!picture_.empty()) {
        put_block_header(out, 6, true, picture_.size());
        out.insert(out.end(), picture_.begin(), picture_.end());
    }
    return out;
}

void FlacFile::close() {
    if (written_ != total_ || hashed_ != total_)
        throw Error(ExitCode::internal, file_.path().string() + ": the FLAC blocks hold " + std::to_string(written_) + " samples (" +
                                            std::to_string(hashed_) + " hashed), not " + std::to_string(total_));
    const std::vector<unsigned char> head = metadata();
    file_.rewrite_head(head.data(), head.size());
    file_.close();
}

}  // namespace sori
