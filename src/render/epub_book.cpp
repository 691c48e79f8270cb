#include "render/epub_book.h"

#include <ctime>

#include "base/content_hash.h"
#include "render/zip_archive.h"

namespace sori {

namespace {

const char* const xml_head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

std::string html_open(const std::string& title, const std::string& language) {
    return std::string(xml_head) + "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"" +
           xml_escape(language) + "\" xml:lang=\"" + xml_escape(language) + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>" +
           xml_escape(title) + "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n";
}

// The items of a unit as spans, one per spoken item, separated by spaces.
std::string spans(const std::vector<ReadAlongItem>& unit) {
    std::string out;
    for (const ReadAlongItem& item : unit) {
        if (!out.empty()) out += ' ';
        out += "<span id=\"" + item.id + "\">" + xml_escape(item.text) + "</span>";
    }
    return out;
}

std::string audio_name() { return "audio.mp3"; }

std::string cover_name(const CoverArt& cover) { return cover.mime == "image/png" ? "cover.png" : "cover.jpg"; }

}  // namespace

std::string w3c_datetime(std::int64_t unix_seconds) {
    const std::time_t t = static_cast<std::time_t>(unix_seconds);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string content_identifier(const EpubContent& content) {
    ContentHasher hasher;
    const ReadAlongText& text = *content.text;
    hasher.add_field("title", text.title);
    hasher.add_field("total", static_cast<long long>(text.total_ms));
    for (const ReadAlongChapter& chapter : text.chapters) {
        hasher.add_field("chapter", chapter.title);
        for (const ReadAlongBlock& block : chapter.blocks)
            for (const auto& unit : block.units)
                for (const ReadAlongItem& item : unit) {
                    hasher.add_field(item.id, item.text);
                    hasher.add_field("clip", static_cast<long long>(item.begin_ms * 100000000ull + item.end_ms));
                }
    }
    hasher.add_field("author", content.tags.author);
    hasher.add_field("album", content.tags.album);
    hasher.add_field("date", content.tags.date);
    hasher.add_field("language", content.tags.language);
    if (content.cover) hasher.add(content.cover->bytes.data(), content.cover->bytes.size());
    std::string hex = hasher.hex128();
    hex[12] = '5';                                                   // a name-based UUID
    hex[16] = "89ab"[std::stoi(hex.substr(16, 1), nullptr, 16) & 3];  // RFC 4122 variant
    return "urn:uuid:" + hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" + hex.substr(20);
}

std::string chapter_file(std::size_t chapter) {
    char name[32];
    std::snprintf(name, sizeof name, "chapter-%03zu", chapter + 1);
    return name;
}

std::string chapter_xhtml(const ReadAlongText& text, std::size_t index, const std::string& language) {
    const ReadAlongChapter& chapter = text.chapters.at(index);
    std::string out = html_open(chapter.title, language) + "<body>\n<section id=\"chapter-" + std::to_string(index + 1) +
                      "\" epub:type=\"chapter\" role=\"doc-chapter\" aria-label=\"" + xml_escape(chapter.title) + "\">\n";
    if (!chapter.title_spoken) out += "<h1>" + xml_escape(chapter.title) + "</h1>\n";
    for (const ReadAlongBlock& block : chapter.blocks) out += block_markup(block, 0, spans);
    return out + "</section>\n</body>\n</html>\n";
}

std::string chapter_smil(const ReadAlongText& text, std::size_t index) {
    const ReadAlongChapter& chapter = text.chapters.at(index);
    const std::string page = chapter_file(index) + ".xhtml";
    std::string out = std::string(xml_head) +
                      "<smil xmlns=\"http://www.w3.org/ns/SMIL\" xmlns:epub=\"http://www.idpf.org/2007/ops\" version=\"3.0\">\n<body>\n"
                      "<seq id=\"seq-" + std::to_string(index + 1) + "\" epub:textref=\"" + page + "#chapter-" + std::to_string(index + 1) +
                      "\" epub:type=\"chapter\">\n";
    for (const ReadAlongBlock& block : chapter.blocks)
        for (const auto& unit : block.units)
            for (const ReadAlongItem& item : unit) {
                if (item.end_ms <= item.begin_ms) continue;  // nothing to hear: no clip
                out += "<par id=\"par-" + item.id + "\"><text src=\"" + page + "#" + item.id + "\"/><audio src=\"" + audio_name() +
                       "\" clipBegin=\"" + clock_value(item.begin_ms) + "\" clipEnd=\"" + clock_value(item.end_ms) + "\"/></par>\n";
            }
    return out + "</seq>\n</body>\n</smil>\n";
}

// The chapters as nested lists: a chapter of a deeper level than the one before goes inside it.
std::string chapter_lists(const ReadAlongText& text) {
    std::string out = "<ol>\n";
    std::vector<int> open;  // the levels of the items open, outermost first
    for (std::size_t c = 0; c < text.chapters.size(); ++c) {
        const int level = text.chapters[c].level;
        const std::string link = "<li><a href=\"" + chapter_file(c) + ".xhtml\">" + xml_escape(text.chapters[c].title) + "</a>";
        if (open.empty() || level > open.back()) {
            out += (open.empty() ? "" : "\n<ol>\n") + link;
            open.push_back(level);
            continue;
        }
        for (; open.size() > 1 && level <= open[open.size() - 2]; open.pop_back()) out += "</li>\n</ol>\n";
        out += "</li>\n" + link;
        open.back() = level;
    }
    for (; !open.empty(); open.pop_back()) out += open.size() > 1 ? "</li>\n</ol>\n" : "</li>\n";
    return out + "</ol>\n";
}

std::string navigation_xhtml(const ReadAlongText& text, const std::string& language) {
    return html_open(text.title, language) + "<body>\n<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n<h1>" + xml_escape(text.title) +
           "</h1>\n" + chapter_lists(text) + "</nav>\n</body>\n</html>\n";
}

std::string read_along_css() {
    return "body { font-family: serif; line-height: 1.7; }\n"
           "h1, h2, h3, h4, h5, h6 { line-height: 1.3; }\n"
           "blockquote { margin: 1em 1.5em; padding-left: 1em; border-left: 0.2em solid #999; }\n"
           "li.numbered { list-style: none; }\n"
           "table { border-collapse: collapse; }\n"
           "th, td { border: 1px solid #999; padding: 0.2em 0.5em; }\n"
           "pre { white-space: pre-wrap; font-size: 0.85em; background: #f3f3f3; padding: 0.5em; }\n"
           "/* the sentence being read (media:active-class) */\n"
           ".-epub-media-overlay-active { background-color: #ffe066; color: #000; border-radius: 0.15em; }\n"
           ".-epub-media-overlay-playing { }\n";
}

namespace {

std::string opf_metadata(const EpubContent& content) {
    const ReadAlongText& text = *content.text;
    const AudioTags& tags = content.tags;
    std::string out = "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<dc:identifier id=\"uid\">" + content_identifier(content) +
                      "</dc:identifier>\n<dc:title>" + xml_escape(text.title) + "</dc:title>\n<dc:language>" + xml_escape(tags.language) +
                      "</dc:language>\n";
    if (!tags.author.empty()) out += "<dc:creator id=\"creator\">" + xml_escape(tags.author) + "</dc:creator>\n";
    if (!tags.date.empty()) out += "<dc:date>" + xml_escape(tags.date) + "</dc:date>\n";
    if (!tags.album.empty())
        out += "<meta property=\"belongs-to-collection\" id=\"collection\">" + xml_escape(tags.album) +
               "</meta>\n<meta refines=\"#collection\" property=\"collection-type\">series</meta>\n";
    out += "<meta property=\"dcterms:modified\">" + w3c_datetime(content.modified) + "</meta>\n";
    out += "<meta property=\"schema:accessMode\">textual</meta>\n<meta property=\"schema:accessMode\">auditory</meta>\n"
           "<meta property=\"schema:accessModeSufficient\">textual</meta>\n<meta property=\"schema:accessModeSufficient\">auditory</meta>\n"
           "<meta property=\"schema:accessibilityFeature\">synchronizedAudioText</meta>\n"
           "<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>\n"
           "<meta property=\"schema:accessibilityHazard\">none</meta>\n"
           "<meta property=\"schema:accessibilitySummary\" xml:lang=\"ko\">모든 문장을 합성 음성이 읽어 주며, 읽고 있는 문장이 "
           "강조되어 보입니다.</meta>\n";
    for (std::size_t c = 0; c < text.chapters.size(); ++c)
        if (text.chapters[c].spoken())
            out += "<meta property=\"media:duration\" refines=\"#overlay-" + std::to_string(c + 1) + "\">" +
                   clock_value(text.chapters[c].end_ms - text.chapters[c].begin_ms) + "</meta>\n";
    out += "<meta property=\"media:duration\">" + clock_value(text.total_ms) + "</meta>\n";
    out += "<meta property=\"media:narrator\">eSpeak NG (sori)</meta>\n";
    out += "<meta property=\"media:active-class\">-epub-media-overlay-active</meta>\n"
           "<meta property=\"media:playback-active-class\">-epub-media-overlay-playing</meta>\n";
    return out + "</metadata>\n";
}

std::string opf_manifest(const EpubContent& content) {
    const ReadAlongText& text = *content.text;
    std::string out = "<manifest>\n<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
                      "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n"
                      "<item id=\"audio\" href=\"" + audio_name() + "\" media-type=\"audio/mpeg\"/>\n";
    if (content.cover)
        out += "<item id=\"cover\" href=\"" + cover_name(*content.cover) + "\" media-type=\"" + content.cover->mime +
               "\" properties=\"cover-image\"/>\n";
    for (std::size_t c = 0; c < text.chapters.size(); ++c) {
        const std::string n = std::to_string(c + 1), file = chapter_file(c);
        out += "<item id=\"chapter-" + n + "\" href=\"" + file + ".xhtml\" media-type=\"application/xhtml+xml\"";
        if (text.chapters[c].spoken()) {
            out += " media-overlay=\"overlay-" + n + "\"/>\n";
            out += "<item id=\"overlay-" + n + "\" href=\"" + file + ".smil\" media-type=\"application/smil+xml\"/>\n";
        } else {
            out += "/>\n";
        }
    }
    return out + "</manifest>\n";
}

}  // namespace

std::string package_opf(const EpubContent& content) {
    std::string out = std::string(xml_head) + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"" +
                      xml_escape(content.tags.language) + "\">\n" + opf_metadata(content) + opf_manifest(content) + "<spine>\n";
    for (std::size_t c = 0; c < content.text->chapters.size(); ++c) out += "<itemref idref=\"chapter-" + std::to_string(c + 1) + "\"/>\n";
    return out + "</spine>\n</package>\n";
}

void write_epub(const std::filesystem::path& path, const EpubContent& content) {
    const ReadAlongText& text = *content.text;
    const std::string language = content.tags.language;
    ZipArchive zip(path, dos_time(content.modified));
    zip.add("mimetype", "application/epub+zip", false);
    zip.add("META-INF/container.xml", std::string(xml_head) +
                                          "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                                          "<rootfiles>\n<rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
                                          "</rootfiles>\n</container>\n");
    zip.add("EPUB/package.opf", package_opf(content));
    zip.add("EPUB/nav.xhtml", navigation_xhtml(text, language));
    zip.add("EPUB/style.css", read_along_css());
    for (std::size_t c = 0; c < text.chapters.size(); ++c) {
        zip.add("EPUB/" + chapter_file(c) + ".xhtml", chapter_xhtml(text, c, language));
        if (text.chapters[c].spoken()) zip.add("EPUB/" + chapter_file(c) + ".smil", chapter_smil(text, c));
    }
    if (content.cover)
        zip.add("EPUB/" + cover_name(*content.cover),
                std::string_view(reinterpret_cast<const char*>(content.cover->bytes.data()), content.cover->bytes.size()), false);
    zip.add_file("EPUB/" + audio_name(), content.audio);
    zip.finish();
}

}  // namespace sori
