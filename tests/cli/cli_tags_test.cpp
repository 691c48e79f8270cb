// --author, --album, --date and --language in every format's tags, Korean text whole: read back
// by ffprobe and by TagLib, neither of which shares the writers' code.
#include <catch2/catch.hpp>
#include <string>
#include <taglib/attachedpictureframe.h>
#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4file.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/tpropertymap.h>

#include "support/e2e.h"

namespace fs = std::filesystem;
using namespace test::e2e;

namespace {

nlohmann::json probe_tags(const fs::path& file) {
    const test::Result r = test::run({"ffprobe", "-v", "error", "-show_entries", "format_tags:stream_tags", "-of", "json", file.string()}, file.parent_path());
    REQUIRE(r.exit_code == 0);
    const nlohmann::json probe = nlohmann::json::parse(r.out);
    nlohmann::json tags = probe["format"].value("tags", nlohmann::json::object());
    for (const auto& stream : probe["streams"]) {  // Ogg keeps its comments on the stream
        const nlohmann::json stream_tags = stream.value("tags", nlohmann::json::object());
        for (const auto& [key, value] : stream_tags.items())
            if (!tags.contains(key)) tags[key] = value;  // the audio stream's, not the M4B chapter track's
    }
    nlohmann::json lower = nlohmann::json::object();
    for (const auto& [key, value] : tags.items()) {
        std::string name = key;
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        lower[name] = value;
    }
    return lower;
}

}  // namespace

TEST_CASE("Author, album, date and language are in every format's tags, Korean text and all", "[e2e][tags]") {
    if (!has_program("ffprobe")) {
        WARN("ffprobe is missing: the tags are not read back");
        return;
    }
    const fs::path dir = project("tags");
    const test::Result r = sori({"render", "-q", "--format", "wav,flac,opus,mp3,m4b", "--author", "김작가", "--album", "연재 모음: 1권 = 처음",
                                 "--date", "2026-12-06", "--language", "ko-KR", "input/meta-ai-strategy.txt"},
                                dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    for (const char* format : {"wav", "flac", "opus", "mp3", "m4b"}) {
        INFO(format);
        const fs::path file = dir / "out" / (std::string("meta-ai-strategy.") + format);
        const nlohmann::json tags = probe_tags(file);
        CHECK(tags.value("title", "").find("메타") != std::string::npos);
        CHECK(tags.value("artist", "") == "김작가");
        CHECK(tags.value("album", "") == "연재 모음: 1권 = 처음");
        CHECK(tags.value("date", "") == "2026-12-06");
        if (std::string(format) == "flac" || std::string(format) == "opus") CHECK(tags.value("language", "") == "ko-KR");
        if (std::string(format) == "mp3" || std::string(format) == "m4b") CHECK(tags.value("language", "") == "kor");
        if (std::string(format) == "wav") continue;  // TagLib reads RIFF INFO too, but as the same fields ffprobe checked
        const TagLib::FileRef ref(file.c_str());
        REQUIRE_FALSE(ref.isNull());
        CHECK(ref.tag()->artist().to8Bit(true) == "김작가");
        CHECK(ref.tag()->album().to8Bit(true) == "연재 모음: 1권 = 처음");
        CHECK(ref.tag()->title().to8Bit(true).find("메타") != std::string::npos);
        const TagLib::PropertyMap properties = ref.file()->properties();  // TDRC, ©day, DATE all read as DATE
        CHECK(properties["DATE"].toString().to8Bit(true) == "2026-12-06");
        if (std::string(format) != "m4b")  // MP4 has no language atom: the stream's language, checked above
            CHECK(properties["LANGUAGE"].toString().to8Bit(true) == (std::string(format) == "mp3" ? "kor" : "ko-KR"));
    }
}

TEST_CASE("A date or language that cannot be a tag is refused before any work, saying what to write", "[e2e][tags]") {
    const fs::path dir = project("tags-bad");
    const auto [option, value, says] = GENERATE(table<std::string, std::string, std::string>(
        {{"--date", "2026-02-30", "YYYY-MM-DD"}, {"--language", "korean", "BCP 47"}, {"--author", "둘째\n줄", "one line"}}));
    const test::Result r = sori({"render", option, value, "input/meta-ai-strategy.txt"}, dir);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::StartsWith("sori: error: " + option) && Catch::Contains(says));
    CHECK_FALSE(fs::exists(dir / "out"));
}

namespace {

// The cover as each container holds it, read by TagLib.
std::string embedded_cover(const fs::path& file) {
    const std::string ext = file.extension().string();
    auto bytes = [](const TagLib::ByteVector& v) { return std::string(v.data(), v.size()); };
    if (ext == ".flac") {
        TagLib::FLAC::File f(file.c_str());
        return f.pictureList().isEmpty() ? "" : bytes(f.pictureList().front()->data());
    }
    if (ext == ".opus") {
        TagLib::Ogg::Opus::File f(file.c_str());
        return f.tag()->pictureList().isEmpty() ? "" : bytes(f.tag()->pictureList().front()->data());
    }
    if (ext == ".mp3") {
        TagLib::MPEG::File f(file.c_str());
        const auto frames = f.ID3v2Tag()->frameListMap()["APIC"];
        return frames.isEmpty() ? "" : bytes(static_cast<TagLib::ID3v2::AttachedPictureFrame*>(frames.front())->picture());
    }
    TagLib::MP4::File f(file.c_str());
    const auto covers = f.tag()->item("covr").toCoverArtList();
    return covers.isEmpty() ? "" : bytes(covers.front().data());
}

}  // namespace

TEST_CASE("A --cover image is embedded whole in FLAC, Opus, MP3 and M4B, as their picture stream", "[e2e][tags]") {
    if (!has_program("ffmpeg")) {
        WARN("ffmpeg is missing: no image to embed, nothing to read it back");
        return;
    }
    const fs::path dir = project("cover");
    const auto [name, codec] = GENERATE(table<std::string, std::string>({{"cover.jpg", "mjpeg"}, {"cover.png", "png"}}));
    INFO(name);
    REQUIRE(test::run({"ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=120x90:rate=1", "-frames:v", "1", name}, dir).exit_code == 0);
    const test::Result r = sori({"render", "-q", "--format", "flac,opus,mp3,m4b", "--cover", name, "input/meta-ai-strategy.txt"}, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string image = test::slurp(dir / name);
    for (const char* format : {"flac", "opus", "mp3", "m4b"}) {
        INFO(format);
        const fs::path file = dir / "out" / (std::string("meta-ai-strategy.") + format);
        const test::Result probe = test::run({"ffprobe", "-v", "error", "-select_streams", "v", "-show_entries",
                                              "stream=codec_name,width,height:stream_disposition=attached_pic", "-of", "csv=p=0", file.string()},
                                             dir);
        CHECK(probe.out == codec + ",120,90,1\n");
        CHECK(embedded_cover(file) == image);
    }
}

TEST_CASE("A cover that is not an image is refused before any work", "[e2e][tags]") {
    const fs::path dir = project("cover-bad");
    std::ofstream(dir / "cover.jpg") << "not an image";
    const test::Result r = sori({"render", "--cover", "cover.jpg", "input/meta-ai-strategy.txt"}, dir);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::StartsWith("sori: error: cover.jpg: not a JPEG or PNG"));
    CHECK_FALSE(fs::exists(dir / "out"));
}
