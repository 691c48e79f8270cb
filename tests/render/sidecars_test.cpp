#include <catch2/catch.hpp>

#include "base/error.h"
#include "render/sidecars.h"

namespace {

sori::Timeline two_chapters() {
    sori::Timeline t;
    t.sample_rate = 22050;
    t.total_samples = 22050 * 90;
    t.chapters = {{"첫 \"장\" <b>&", 0, 22050 * 61 + 11025}, {"둘째\t장", 22050 * 61 + 11025, 22050 * 90}};
    return t;
}

}  // namespace

TEST_CASE("Chapter and subtitle lists name known formats, and an unknown one is an error", "[sidecars]") {
    CHECK(sori::parse_chapter_formats("ffmeta,cue,vtt,json,audacity").size() == 5);
    CHECK(sori::parse_chapter_formats("none").empty());
    CHECK(sori::parse_subtitle_formats("srt,vtt").size() == 2);
    CHECK_THROWS_WITH(sori::parse_chapter_formats("cue,xml"), Catch::Contains("chapter format 'xml' is unknown"));
    CHECK_THROWS_AS(sori::parse_subtitle_formats("ass"), sori::Error);
}

TEST_CASE("Times are rounded to the millisecond, and CUE positions to frames of 1/75 s", "[sidecars]") {
    CHECK(sori::subtitle_time(22050 * 3661 + 11025, 22050, ',') == "01:01:01,500");
    CHECK(sori::subtitle_time(22, 22050, '.') == "00:00:00.001");
    const std::string cue = sori::cue_sheet("제목", "a.wav", "WAVE", two_chapters());
    CHECK_THAT(cue, Catch::Contains("FILE \"a.wav\" WAVE\n  TRACK 01 AUDIO\n    TITLE \"첫 '장' <b>&\"\n    INDEX 01 00:00:00\n"));
    CHECK_THAT(cue, Catch::Contains("TRACK 02 AUDIO\n    TITLE \"둘째\t장\"\n    INDEX 01 01:01:38\n"));
}

TEST_CASE("Each chapter format escapes what its syntax requires", "[sidecars]") {
    const sori::Timeline t = two_chapters();
    CHECK_THAT(sori::webvtt_chapters(t), Catch::StartsWith("WEBVTT\n\n1\n00:00:00.000 --> 00:01:01.500\n첫 \"장\" &lt;b&gt;&amp;\n"));
    CHECK_THAT(sori::audacity_labels(t), Catch::Contains("61.500000\t90.000000\t둘째 장\n"));
    const std::string json = sori::podcast_chapters_json("제목", t);
    CHECK_THAT(json, Catch::Contains("\"version\": \"1.2.0\"") && Catch::Contains("\"startTime\": 61.5") &&
                         Catch::Contains("\"title\": \"첫 \\\"장\\\" <b>&\""));
}

TEST_CASE("Subtitles show the source text of every spoken item once, in order", "[sidecars]") {
    sori::Script s;
    s.chapters = {"장"};
    s.items = {{0, 1, true, "장", "장", sori::Gap::none},
               {0, 2, false, "A --> B <i>", "에이 비", sori::Gap::paragraph},
               {0, 3, false, "***", "", sori::Gap::sentence}};
    sori::Timeline t;
    t.sample_rate = 1000;
    t.items = {{100, 900}, {1700, 3000}, {3400, 3400}};
    CHECK(sori::srt_subtitles(s, t) == "1\n00:00:00,100 --> 00:00:00,900\n장\n\n2\n00:00:01,700 --> 00:00:03,000\nA -> B <i>\n\n");
    CHECK(sori::webvtt_subtitles(s, t) ==
          "WEBVTT\n\n00:00:00.100 --> 00:00:00.900\n장\n\n00:00:01.700 --> 00:00:03.000\nA --&gt; B &lt;i&gt;\n");
}
