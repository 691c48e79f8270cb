// The EPUB's documents (render/epub_book.h) one by one: the navigation nested by level, the
// identifier made from the content, the dates, and the package's durations.
#include <catch2/catch.hpp>
#include <regex>

#include "render/epub_book.h"

namespace {

sori::ReadAlongText chapters(const std::vector<int>& levels) {
    sori::ReadAlongText text;
    text.title = "책";
    std::uint64_t at = 0;
    for (std::size_t c = 0; c < levels.size(); ++c) {
        sori::ReadAlongChapter chapter;
        chapter.title = "장" + std::to_string(c + 1);
        chapter.level = levels[c];
        chapter.begin_ms = at;
        chapter.end_ms = at += 1500 + 7 * c;
        chapter.blocks.push_back({sori::BlockKind::paragraph, 0, {{{0, "c" + std::to_string(c + 1) + "-1", "문장.", chapter.begin_ms, chapter.end_ms}}}, {}});
        text.chapters.push_back(chapter);
    }
    text.total_ms = at;
    return text;
}

// The nav's lists as a string of brackets: ( opens a list, ) closes it, n an item.
std::string shape(const std::string& nav) {
    std::string out;
    const std::regex token("<ol>|</ol>|<li>");
    for (auto it = std::sregex_iterator(nav.begin(), nav.end(), token); it != std::sregex_iterator(); ++it)
        out += it->str() == "<ol>" ? "(" : it->str() == "</ol>" ? ")" : "n";
    return out;
}

}  // namespace

TEST_CASE("The navigation nests a chapter of a deeper level inside the one before it", "[epub]") {
    const auto [levels, expected] = GENERATE(table<std::vector<int>, std::string>({
        {{1}, "(n)"},
        {{1, 1, 1}, "(nnn)"},
        {{1, 2, 2, 1}, "(n(nn)n)"},
        {{1, 2, 3, 2, 1, 2}, "(n(n(n)n)n(n))"},
        {{2, 1}, "(nn)"},
        {{1, 3, 2}, "(n(nn))"},
    }));
    const std::string nav = sori::chapter_lists(chapters(levels));
    CHECK(shape(nav) == expected);
    std::size_t opened = 0, closed = 0;
    for (std::size_t at = 0; (at = nav.find("<li>", at)) != std::string::npos; ++at) ++opened;
    for (std::size_t at = 0; (at = nav.find("</li>", at)) != std::string::npos; ++at) ++closed;
    CHECK(opened == closed);
}

TEST_CASE("The identifier is a UUID made from the content: the same content, the same one", "[epub]") {
    const sori::ReadAlongText a = chapters({1, 2}), b = chapters({1, 2});
    sori::ReadAlongText c = chapters({1, 2});
    c.chapters[1].blocks[0].units[0][0].text = "다른 문장.";
    const sori::EpubContent ca{&a}, cb{&b}, cc{&c};
    const std::string id = sori::content_identifier(ca);
    CHECK(std::regex_match(id, std::regex("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
    CHECK(id == sori::content_identifier(cb));
    CHECK(id != sori::content_identifier(cc));
    sori::EpubContent authored{&a};
    authored.tags.author = "김작가";
    CHECK(id != sori::content_identifier(authored));
}

TEST_CASE("dcterms:modified is a UTC date and time to the second", "[epub]") {
    CHECK(sori::w3c_datetime(0) == "1970-01-01T00:00:00Z");
    CHECK(sori::w3c_datetime(1733488496) == "2024-12-06T12:34:56Z");
}

TEST_CASE("The package gives each overlay's duration and a total they sum to", "[epub]") {
    const sori::ReadAlongText text = chapters({1, 2, 2});
    const sori::EpubContent content{&text};
    const std::string opf = sori::package_opf(content);
    CHECK(opf.find("<meta property=\"media:duration\" refines=\"#overlay-1\">0:00:01.500</meta>") != std::string::npos);
    CHECK(opf.find("<meta property=\"media:duration\" refines=\"#overlay-3\">0:00:01.514</meta>") != std::string::npos);
    CHECK(opf.find("<meta property=\"media:duration\">0:00:04.521</meta>") != std::string::npos);  // 1500 + 1507 + 1514
    CHECK(opf.find("media-overlay=\"overlay-2\"") != std::string::npos);
    CHECK(opf.find("<dc:language>ko</dc:language>") != std::string::npos);
}
