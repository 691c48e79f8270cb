// The read-along view (render/read_along.h): items grouped as written, ids, clips that tile the
// audio, and the --format list split into audio and read-along formats.
#include <catch2/catch.hpp>

#include "base/error.h"
#include "render/read_along.h"

namespace {

sori::Document two_chapters() {
    sori::Document d;
    d.title = "읽기 시험";
    sori::Section opening{"읽기 시험", 0, false, {}};
    opening.paragraphs.push_back({{"첫 문단입니다. 둘째 문장입니다."}, sori::ParagraphKind::prose});
    opening.paragraphs.push_back({{"1. 하나입니다.", "2. 둘입니다. 덧붙입니다."}, sori::ParagraphKind::list});
    opening.paragraphs.push_back({{"int main() {\n  return 0;\n}"}, sori::ParagraphKind::code});
    d.sections.push_back(opening);
    sori::Section second{"둘째 장", 1, true, {}};
    second.paragraphs.push_back({{"인용한 말입니다."}, sori::ParagraphKind::quote});
    second.paragraphs.push_back({{"이름\t값", "사과\t3"}, sori::ParagraphKind::table});
    d.sections.push_back(second);
    return d;
}

struct Laid {
    sori::Script script;
    sori::Timeline timeline;
};

Laid laid_out(bool read_tables = false) {
    sori::NormalizeOptions normalize;
    normalize.read_tables = read_tables;
    Laid l{sori::build_script(two_chapters(), normalize), {}};
    sori::PauseSettings pauses;
    pauses.head_ms = 100; pauses.sentence_ms = 200; pauses.paragraph_ms = 300; pauses.section_ms = 1000; pauses.tail_ms = 500;
    std::vector<std::uint64_t> lengths;
    for (std::size_t i = 0; i < l.script.items.size(); ++i) lengths.push_back(1000 + 37 * i);
    l.timeline = sori::lay_out(l.script, lengths, pauses, 1000);
    return l;
}

std::vector<sori::ReadAlongItem> all_items(const sori::ReadAlongText& text) {
    std::vector<sori::ReadAlongItem> items;
    for (const auto& chapter : text.chapters)
        for (const auto& block : chapter.blocks)
            for (const auto& unit : block.units) items.insert(items.end(), unit.begin(), unit.end());
    return items;
}

}  // namespace

TEST_CASE("Read-along text keeps paragraphs, list items, quotes and table rows as written", "[read_along]") {
    const Laid l = laid_out();
    const sori::ReadAlongText text = sori::read_along_text(l.script, l.timeline);
    REQUIRE(text.chapters.size() == 2);
    const auto& opening = text.chapters[0];
    CHECK_FALSE(opening.title_spoken);  // the file-name title is shown, not read
    REQUIRE(opening.blocks.size() == 3);
    CHECK(opening.blocks[2].kind == sori::BlockKind::code);  // shown where it was, with no item
    CHECK(opening.blocks[2].units.empty());
    CHECK(opening.blocks[2].shown == "int main() {\n  return 0;\n}");
    CHECK(sori::block_markup(opening.blocks[2], 0, nullptr) == "<pre><code>int main() {\n  return 0;\n}</code></pre>\n");
    CHECK(opening.blocks[0].kind == sori::BlockKind::paragraph);
    CHECK(opening.blocks[0].units.size() == 1);
    CHECK(opening.blocks[0].units[0].size() == 2);  // two sentences in one paragraph
    CHECK(opening.blocks[1].kind == sori::BlockKind::list);
    REQUIRE(opening.blocks[1].units.size() == 2);   // two items, the second of two sentences
    CHECK(opening.blocks[1].units[1].size() == 2);
    CHECK(sori::numbered_item(opening.blocks[1].units[0]));
    const auto& second = text.chapters[1];
    CHECK(second.title_spoken);
    REQUIRE(second.blocks.size() == 3);
    CHECK(second.blocks[0].kind == sori::BlockKind::heading);
    CHECK(second.blocks[0].level == 1);
    CHECK(second.blocks[1].kind == sori::BlockKind::quote);
    CHECK(second.blocks[2].kind == sori::BlockKind::table);  // shown with its cells, not read
    CHECK(second.blocks[2].units.empty());
    CHECK(sori::block_markup(second.blocks[2], 0, nullptr) ==
          "<table>\n<thead>\n<tr><th>이름</th><th>값</th></tr>\n</thead>\n<tbody>\n<tr><td>사과</td><td>3</td></tr>\n</tbody>\n</table>\n");
}

TEST_CASE("With --read-tables a table's rows are read, cells with commas between them", "[read_along]") {
    const Laid l = laid_out(true);
    const sori::ReadAlongText text = sori::read_along_text(l.script, l.timeline);
    const auto& table = text.chapters.at(1).blocks.at(2);
    CHECK(table.kind == sori::BlockKind::table);
    REQUIRE(table.units.size() == 2);
    CHECK(table.units[1][0].text == "사과, 3");
    CHECK(sori::spoken_row("\t가\t \t나 ") == "가, 나");
}

TEST_CASE("Code blocks and tables are in the script as shown, not spoken, and replayed in their places", "[read_along]") {
    const Laid l = laid_out();
    REQUIRE(l.script.shown.size() == 2);  // the code block and the table
    CHECK(l.script.shown[1].kind == sori::ParagraphKind::table);
    CHECK(l.script.shown[1].text == "이름\t값\n사과\t3");
    CHECK(l.script.shown[0].chapter == 0);
    CHECK(l.script.shown[0].before_item == 5);  // after the paragraph's two sentences and the list's three
    for (const auto& item : l.script.items) CHECK(item.source.find("return") == std::string::npos);
    sori::Script copy;
    sori::ScriptCollector collect(copy);
    sori::replay_script(l.script, collect);
    REQUIRE(copy.shown.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(copy.shown[i].before_item == l.script.shown[i].before_item);
        CHECK(copy.shown[i].chapter == l.script.shown[i].chapter);
        CHECK(copy.shown[i].text == l.script.shown[i].text);
    }
}

TEST_CASE("Every spoken item has its own id and clips that tile the audio in order", "[read_along]") {
    const Laid l = laid_out();
    const sori::ReadAlongText text = sori::read_along_text(l.script, l.timeline);
    const auto items = all_items(text);
    REQUIRE(items.size() == l.script.items.size());
    CHECK(items.front().begin_ms == 0);
    CHECK(items.back().end_ms == text.total_ms);
    CHECK(text.total_ms == l.timeline.total_samples);  // one sample a millisecond
    for (std::size_t i = 0; i < items.size(); ++i) {
        INFO(i);
        CHECK(items[i].index == i);
        CHECK(items[i].id == "c" + std::to_string(l.script.items[i].chapter + 1) + "-" + std::to_string(l.script.items[i].number));
        CHECK(items[i].begin_ms < items[i].end_ms);
        if (i > 0) CHECK(items[i].begin_ms == items[i - 1].end_ms);
        if (i > 0) CHECK(items[i].begin_ms == l.timeline.items[i].start);  // the speech's start, exact
        CHECK(items[i].end_ms >= l.timeline.items[i].end);                 // the pause after it is its own
    }
    CHECK(text.chapters[0].begin_ms == 0);
    CHECK(text.chapters[0].end_ms == text.chapters[1].begin_ms);
    CHECK(text.chapters[1].begin_ms == l.timeline.chapters[1].start);
    CHECK(text.chapters[1].end_ms == text.total_ms);
}

TEST_CASE("Milliseconds are rounded from samples and written as SMIL clock values", "[read_along]") {
    CHECK(sori::samples_to_ms(0, 22050) == 0);
    CHECK(sori::samples_to_ms(22050, 22050) == 1000);
    CHECK(sori::samples_to_ms(11, 22050) == 0);     // 0.499 ms
    CHECK(sori::samples_to_ms(12, 22050) == 1);     // 0.544 ms
    CHECK(sori::samples_to_ms(22050ull * 3600 * 30 + 33075, 22050) == 108001500);  // no overflow on long books
    CHECK(sori::clock_value(0) == "0:00:00.000");
    CHECK(sori::clock_value(3723004) == "1:02:03.004");
    CHECK(sori::clock_value(108001500) == "30:00:01.500");
}

TEST_CASE("Text is escaped for XML and characters XML forbids are dropped", "[read_along]") {
    CHECK(sori::xml_escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
    CHECK(sori::xml_escape(std::string("x\x01y\tz", 5)) == "xy\tz");
    CHECK(sori::xml_escape("한글") == "한글");
    CHECK(sori::xml_escape("가\xEF\xBF\xBF나\xEF\xBF\xBE다\xEF\xBF\xBD") == "가나다\xEF\xBF\xBD");  // U+FFFD stays
}

TEST_CASE("The --format list splits into audio formats and read-along documents", "[read_along]") {
    const auto [list, audio, documents] = GENERATE(table<std::string, std::size_t, std::size_t>({
        {"wav", 1, 0}, {"mp3,epub", 1, 1}, {"epub", 0, 1}, {"html,epub", 0, 2}, {"flac,html,opus,html", 2, 1}}));
    INFO(list);
    const sori::FormatChoice choice = sori::parse_formats(list);
    CHECK(choice.audio.size() == audio);
    CHECK(choice.read_along.size() == documents);
}

TEST_CASE("An unknown --format names itself and lists every format", "[read_along]") {
    const std::string list = GENERATE(as<std::string>{}, "pdf", "mp3,pdf", "epub,pdf", "", ",");
    INFO(list);
    try {
        sori::parse_formats(list);
        FAIL("no error");
    } catch (const sori::Error& e) {
        CHECK(e.code() == sori::ExitCode::usage);
        CHECK(std::string(e.what()).find("epub") != std::string::npos);
        CHECK(std::string(e.what()).find("html") != std::string::npos);
    }
}
