#include "audio/sound_file_writer.h"

#include <cstring>
#include <fstream>
#include <sndfile.h>

#include "base/error.h"

namespace sori {
namespace {

void put_u32(std::vector<unsigned char>& out, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<unsigned char>(value >> (8 * i)));
}

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, SNDFILE* file) {
    throw Error(ExitCode::output, path.string() + ": " + what + " (" + sf_strerror(file) + ")");
}

}  // namespace

std::vector<unsigned char> label_list_chunk(const std::vector<CuePoint>& cues) {
    std::vector<unsigned char> body{'a', 'd', 't', 'l'};
    for (std::size_t i = 0; i < cues.size(); ++i) {
        const std::string& text = cues[i].label;
        const std::size_t size = 4 + text.size() + 1;  // cue id + text + NUL, as readers expect
        body.insert(body.end(), {'l', 'a', 'b', 'l'});
        put_u32(body, static_cast<std::uint32_t>(size));
        put_u32(body, static_cast<std::uint32_t>(i + 1));
        body.insert(body.end(), text.begin(), text.end());
        body.push_back(0);
        if (size % 2 != 0) body.push_back(0);  // RIFF pads every chunk to an even length
    }
    // libsndfile rounds a chunk up to four bytes; pad here so the bytes are ours and zero.
    // Readers stop at the list's end when fewer than a sub-chunk header's eight bytes remain.
    body.resize((body.size() + 3) / 4 * 4, 0);
    return body;
}

SoundFileWriter::SoundFileWriter(const std::filesystem::path& path, int sample_rate, const std::vector<CuePoint>& cues, const std::string& title,
                                 std::uint64_t frames, std::uint64_t rf64_above)
    : path_(path), rf64_(frames * 2 > rf64_above) {
    SF_INFO info{};
    info.samplerate = sample_rate;
    info.channels = 1;
    info.format = (rf64_ ? SF_FORMAT_RF64 : SF_FORMAT_WAV) | SF_FORMAT_PCM_16;
    file_ = sf_open(path.c_str(), SFM_WRITE, &info);
    if (!file_) fail(path, "cannot create the wav file", nullptr);
    if (!title.empty()) sf_set_string(file_, SF_STR_TITLE, title.c_str());
    sf_set_string(file_, SF_STR_SOFTWARE, "sori " SORI_VERSION);
    if (cues.empty()) return;
    if (rf64_) {
        rf64_cues_ = cues;
        return;
    }

    std::vector<SF_CUE_POINT> points(cues.size());
    for (std::size_t i = 0; i < cues.size(); ++i) {
        SF_CUE_POINT& point = points[i];
        point.indx = static_cast<std::int32_t>(i + 1);
        point.position = static_cast<std::uint32_t>(cues[i].sample);
        std::memcpy(&point.fcc_chunk, "data", 4);
        point.chunk_start = 0;
        point.block_start = 0;
        point.sample_offset = static_cast<std::uint32_t>(cues[i].sample);
        std::strncpy(point.name, cues[i].label.c_str(), sizeof(point.name) - 1);
    }
    // SF_CUES is a fixed array of 100; build the same layout for any count.
    std::vector<unsigned char> block(sizeof(std::uint32_t) + points.size() * sizeof(SF_CUE_POINT));
    const auto count = static_cast<std::uint32_t>(points.size());
    std::memcpy(block.data(), &count, sizeof count);
    std::memcpy(block.data() + sizeof count, points.data(), points.size() * sizeof(SF_CUE_POINT));
    if (sf_command(file_, SFC_SET_CUE, block.data(), static_cast<int>(block.size())) != SF_TRUE)
        fail(path, "cannot store the chapter cue points", file_);

    label_chunk_ = label_list_chunk(cues);
    SF_CHUNK_INFO chunk{};
    std::memcpy(chunk.id, "LIST", 4);
    chunk.id_size = 4;
    chunk.datalen = static_cast<unsigned>(label_chunk_.size());
    chunk.data = label_chunk_.data();
    if (sf_set_chunk(file_, &chunk) != SF_ERR_NO_ERROR) fail(path, "cannot store the chapter names", file_);
}

SoundFileWriter::~SoundFileWriter() {
    if (file_) sf_close(file_);
}

void SoundFileWriter::tag(const std::string& artist, const std::string& album, const std::string& date) {
    if (!artist.empty()) sf_set_string(file_, SF_STR_ARTIST, artist.c_str());
    if (!album.empty()) sf_set_string(file_, SF_STR_ALBUM, album.c_str());
    if (!date.empty()) sf_set_string(file_, SF_STR_DATE, date.c_str());
}

void SoundFileWriter::write(const std::int16_t* samples, std::size_t count) {
    // In pieces of 64 Ki samples: libsndfile hands a whole block (megabytes) to one write(2), which
    // the kernel takes more slowly than the same bytes in pieces that stay in the CPU's cache.
    constexpr std::size_t piece = 1 << 16;
    for (std::size_t at = 0; at < count; at += piece) {
        const auto n = static_cast<sf_count_t>(std::min(piece, count - at));
        if (sf_write_short(file_, samples + at, n) != n) fail(path_, "writing audio failed; is the disk full?", file_);
    }
}

void SoundFileWriter::write_silence(std::size_t count) {
    static const std::vector<std::int16_t> zeros(4096, 0);
    while (count > 0) {
        const std::size_t n = std::min(count, zeros.size());
        write(zeros.data(), n);
        count -= n;
    }
}

void SoundFileWriter::close() {
    if (!file_) return;
    const int status = sf_close(file_);
    file_ = nullptr;
    if (status != 0) throw Error(ExitCode::output, path_.string() + ": closing the WAV file failed; is the disk full?");
    if (rf64_ && !rf64_cues_.empty()) append_rf64_chapters(path_, rf64_cues_);
}

void append_rf64_chapters(const std::filesystem::path& path, const std::vector<CuePoint>& cues) {
    auto put32 = [](std::string& out, std::uint32_t v) {
        for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
    };
    std::string chunks = "cue ";
    put32(chunks, static_cast<std::uint32_t>(4 + 24 * cues.size()));
    put32(chunks, static_cast<std::uint32_t>(cues.size()));
    for (std::size_t i = 0; i < cues.size(); ++i) {
        if (cues[i].sample > 0xFFFFFFFFull)
            throw Error(ExitCode::output, path.string() + ": chapter '" + cues[i].label + "' starts past what a WAV cue point can hold; "
                                                                                  "use --format flac or mp3 for a programme this long");
        const auto sample = static_cast<std::uint32_t>(cues[i].sample);
        put32(chunks, static_cast<std::uint32_t>(i + 1));  // cue id
        put32(chunks, sample);                              // position
        chunks += "data";
        put32(chunks, 0);  // chunk start
        put32(chunks, 0);  // block start
        put32(chunks, sample);
    }
    const std::vector<unsigned char> labels = label_list_chunk(cues);
    chunks += "LIST";
    put32(chunks, static_cast<std::uint32_t>(labels.size()));
    chunks.append(labels.begin(), labels.end());

    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    char header[28] = {};
    if (!file.read(header, sizeof header) || std::memcmp(header, "RF64", 4) != 0 || std::memcmp(header + 12, "ds64", 4) != 0)
        throw Error(ExitCode::output, path.string() + ": the RF64 file libsndfile wrote has no ds64 header; cannot add chapters");
    file.seekp(0, std::ios::end);
    file.write(chunks.data(), static_cast<std::streamsize>(chunks.size()));
    const std::uint64_t riff_size = static_cast<std::uint64_t>(file.tellp()) - 8;
    char size[8];
    for (int i = 0; i < 8; ++i) size[i] = static_cast<char>((riff_size >> (8 * i)) & 0xFF);
    file.seekp(20);  // ds64: RIFF size (64-bit), after "RF64", -1, "WAVE", "ds64", its length
    file.write(size, sizeof size);
    if (!file.flush())
        throw Error(ExitCode::output, path.string() + ": adding the chapters to the RF64 file failed; is the disk full?");
}

}  // namespace sori
