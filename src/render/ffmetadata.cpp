#include "render/ffmetadata.h"

namespace sori {

std::string ffmetadata_escape(const std::string& value) {
    std::string out;
    for (char c : value) {
        if (c == '=' || c == ';' || c == '#' || c == '\\' || c == '\n') out += '\\';
        out += c;
    }
    return out;
}

std::string ffmetadata(const std::string& title, const Timeline& timeline, const AudioTags& tags) {
    std::string out = ";FFMETADATA1\ntitle=" + ffmetadata_escape(title) + "\nartist=" + ffmetadata_escape(tags.artist()) + "\n";
    if (!tags.album.empty()) out += "album=" + ffmetadata_escape(tags.album) + "\n";
    if (!tags.date.empty()) out += "date=" + ffmetadata_escape(tags.date) + "\n";
    out += "encoder=sori " SORI_VERSION "\n";
    for (const ChapterMark& chapter : timeline.chapters) {
        out += "\n[CHAPTER]\nTIMEBASE=1/" + std::to_string(timeline.sample_rate) + "\n";
        out += "START=" + std::to_string(chapter.start) + "\nEND=" + std::to_string(chapter.end) + "\n";
        out += "title=" + ffmetadata_escape(chapter.title) + "\n";
    }
    return out;
}

}  // namespace sori
