#include "audio/chapter_tags.h"

#include <cmath>
#include <cstdio>
#include <taglib/attachedpictureframe.h>
#include <taglib/chapterframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>

#include "base/error.h"

namespace sori {
namespace {

TagLib::String utf8(const std::string& text) { return TagLib::String(text, TagLib::String::UTF8); }

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what) {
    throw Error(ExitCode::output, path.string() + ": " + what);
}

void add_text_frame(TagLib::ID3v2::Tag* tag, const char* id, const std::string& text) {
    if (text.empty()) return;
    auto* frame = new TagLib::ID3v2::TextIdentificationFrame(id, TagLib::String::UTF8);
    frame->setText(utf8(text));
    tag->addFrame(frame);
}

void add_cover(TagLib::ID3v2::Tag* tag, const CoverArt& cover) {
    auto* picture = new TagLib::ID3v2::AttachedPictureFrame;
    picture->setMimeType(cover.mime);
    picture->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
    picture->setPicture(TagLib::ByteVector(reinterpret_cast<const char*>(cover.bytes.data()), static_cast<unsigned>(cover.bytes.size())));
    tag->addFrame(picture);
}

void tag_mp3(const std::filesystem::path& path, const std::string& title, const AudioTags& tags, const std::vector<TaggedChapter>& chapters,
             const CoverArt* cover) {
    TagLib::MPEG::File file(path.c_str(), false);
    if (!file.isValid()) fail(path, "TagLib cannot read the MP3 it was given");
    TagLib::ID3v2::Tag* tag = file.ID3v2Tag(true);
    tag->setTitle(utf8(title));
    tag->setArtist(utf8(tags.artist()));
    add_text_frame(tag, "TALB", tags.album);
    add_text_frame(tag, "TDRC", tags.date);
    add_text_frame(tag, "TLAN", iso639_2(tags.language));
    if (cover) add_cover(tag, *cover);
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

}  // namespace

std::string vorbis_chapter_time(double seconds) {
    const long long ms = std::llround(seconds * 1000);
    char text[32];
    std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld.%03lld", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
    return text;
}

std::vector<std::string> vorbis_comments(const std::string& title, const AudioTags& tags, const std::vector<TaggedChapter>& chapters) {
    std::vector<std::string> fields;
    if (!title.empty()) fields.push_back("TITLE=" + title);
    fields.push_back("ARTIST=" + tags.artist());
    if (!tags.album.empty()) fields.push_back("ALBUM=" + tags.album);
    if (!tags.date.empty()) fields.push_back("DATE=" + tags.date);
    fields.push_back("LANGUAGE=" + tags.language);
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        char key[32];
        std::snprintf(key, sizeof key, "CHAPTER%03zu", i + 1);
        fields.push_back(std::string(key) + "=" + vorbis_chapter_time(chapters[i].start_seconds));
        fields.push_back(std::string(key) + "NAME=" + chapters[i].title);
    }
    return fields;
}

void write_chapter_tags(const std::filesystem::path& path, AudioFormat format, const std::string& title, const AudioTags& tags,
                        const std::vector<TaggedChapter>& chapters, const CoverArt* cover) {
    if (format == AudioFormat::mp3) tag_mp3(path, title, tags, chapters, cover);
}

}  // namespace sori
