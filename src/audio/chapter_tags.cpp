#include "audio/chapter_tags.h"

#include <cmath>
#include <cstdio>
#include <taglib/chapterframe.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>
#include <taglib/xiphcomment.h>

#include "base/error.h"

namespace sori {
namespace {

TagLib::String utf8(const std::string& text) { return TagLib::String(text, TagLib::String::UTF8); }

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what) {
    throw Error(ExitCode::output, path.string() + ": " + what);
}

void tag_mp3(const std::filesystem::path& path, const std::string& title, const std::string& artist,
             const std::vector<TaggedChapter>& chapters) {
    TagLib::MPEG::File file(path.c_str(), false);
    if (!file.isValid()) fail(path, "TagLib cannot read the MP3 it was given");
    TagLib::ID3v2::Tag* tag = file.ID3v2Tag(true);
    tag->setTitle(utf8(title));
    tag->setArtist(utf8(artist));
    auto* toc = new TagLib::ID3v2::TableOfContentsFrame("toc");
    toc->setIsTopLevel(true);
    toc->setIsOrdered(true);
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        const TagLib::ByteVector id = TagLib::ByteVector(("ch" + std::to_string(i + 1)).c_str());
        auto* chapter = new TagLib::ID3v2::ChapterFrame(id, static_cast<unsigned>(std::lround(chapters[i].start_seconds * 1000)),
                                                        static_cast<unsigned>(std::lround(chapters[i].end_seconds * 1000)),
                                                        0xFFFFFFFF, 0xFFFFFFFF);
        auto* name = new TagLib::ID3v2::TextIdentificationFrame("TIT2", TagLib::String::UTF8);
        name->setText(utf8(chapters[i].title));
        chapter->addEmbeddedFrame(name);
        tag->addFrame(chapter);
        toc->addChildElement(id);
    }
    auto* toc_title = new TagLib::ID3v2::TextIdentificationFrame("TIT2", TagLib::String::UTF8);
    toc_title->setText(utf8(title));
    toc->addEmbeddedFrame(toc_title);
    tag->addFrame(toc);
    if (!file.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v4)) fail(path, "cannot save the MP3 chapters");
}

void fill_xiph(TagLib::Ogg::XiphComment* comment, const std::string& title, const std::string& artist,
               const std::vector<TaggedChapter>& chapters) {
    comment->addField("TITLE", utf8(title), true);
    comment->addField("ARTIST", utf8(artist), true);
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        char key[32];
        std::snprintf(key, sizeof key, "CHAPTER%03zu", i + 1);
        comment->addField(key, utf8(vorbis_chapter_time(chapters[i].start_seconds)), true);
        comment->addField(std::string(key) + "NAME", utf8(chapters[i].title), true);
    }
}

}  // namespace

std::string vorbis_chapter_time(double seconds) {
    const long long ms = std::llround(seconds * 1000);
    char text[32];
    std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld.%03lld", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
    return text;
}

void write_chapter_tags(const std::filesystem::path& path, AudioFormat format, const std::string& title, const std::string& artist,
                        const std::vector<TaggedChapter>& chapters) {
    switch (format) {
        case AudioFormat::mp3: tag_mp3(path, title, artist, chapters); return;
        case AudioFormat::flac: {
            TagLib::FLAC::File file(path.c_str(), false);
            if (!file.isValid()) fail(path, "TagLib cannot read the FLAC file it was given");
            fill_xiph(file.xiphComment(true), title, artist, chapters);
            if (!file.save()) fail(path, "cannot save the FLAC chapters");
            return;
        }
        case AudioFormat::opus: {
            TagLib::Ogg::Opus::File file(path.c_str(), false);
            if (!file.isValid()) fail(path, "TagLib cannot read the Opus file it was given");
            fill_xiph(file.tag(), title, artist, chapters);
            if (!file.save()) fail(path, "cannot save the Opus chapters");
            return;
        }
        case AudioFormat::wav:
        case AudioFormat::m4b: return;  // chapters are written by the WAV writer and by ffmpeg
    }
}

}  // namespace sori
