#include <catch2/catch.hpp>

#include "audio/timeline.h"

namespace {

sori::Script two_chapter_script() {
    sori::Script s;
    s.title = "제목";
    s.chapters = {"제목", "둘째"};
    s.items = {
        {0, 1, true, "제목", "제목", sori::Gap::none},
        {0, 2, false, "가.", "가.", sori::Gap::paragraph},
        {0, 3, false, "나.", "나.", sori::Gap::sentence},
        {1, 1, true, "둘째", "둘째", sori::Gap::section},
        {1, 2, false, "다.", "다.", sori::Gap::paragraph},
    };
    return s;
}

}  // namespace

TEST_CASE("Items and pauses are laid out in samples with the configured pauses", "[timeline]") {
    sori::PauseSettings p;
    p.head_ms = 100; p.sentence_ms = 200; p.paragraph_ms = 300; p.section_ms = 1000; p.tail_ms = 500;
    const int rate = 1000;  // one sample per ms keeps the arithmetic readable
    const auto t = sori::lay_out(two_chapter_script(), {50, 60, 70, 80, 90}, p, rate);
    REQUIRE(t.items.size() == 5);
    CHECK(t.items[0].start == 100);
    CHECK(t.items[0].end == 150);
    CHECK(t.items[1].start == 150 + 300);
    CHECK(t.items[2].start == 510 + 200);
    CHECK(t.items[3].start == 780 + 1000);
    CHECK(t.items[4].start == 1860 + 300);
    CHECK(t.total_samples == 2160 + 90 + 500);
    REQUIRE(t.chapters.size() == 2);
    CHECK(t.chapters[0].start == 0);
    CHECK(t.chapters[0].end == 1780);
    CHECK(t.chapters[1].start == 1780);  // at the chapter's spoken heading
    CHECK(t.chapters[1].end == t.total_samples);
}

TEST_CASE("Changing a pause moves later items but not the sound itself", "[timeline]") {
    sori::PauseSettings a, b;
    b.sentence_ms = a.sentence_ms + 500;
    const auto ta = sori::lay_out(two_chapter_script(), {10, 10, 10, 10, 10}, a, 22050);
    const auto tb = sori::lay_out(two_chapter_script(), {10, 10, 10, 10, 10}, b, 22050);
    CHECK(ta.items[1].start == tb.items[1].start);
    CHECK(tb.items[2].start - ta.items[2].start == sori::ms_to_samples(500, 22050));
}
