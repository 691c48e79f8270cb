#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "audio/chapter_tags.h"

TEST_CASE("Vorbis comments give the title, the tags, then each chapter's start and name", "[chapter_tags]") {
    const std::vector<sori::TaggedChapter> chapters{{"머리말", 0, 12.5}, {"둘째 장: 끝", 3723.4567, 4000}};
    sori::AudioTags tags;
    tags.author = "김작가";
    tags.album = "연재 모음";
    tags.date = "2026-12-06";
    CHECK(sori::vorbis_comments("제목", tags, chapters) ==
          std::vector<std::string>{"TITLE=제목", "ARTIST=김작가", "ALBUM=연재 모음", "DATE=2026-12-06", "LANGUAGE=ko", "CHAPTER001=00:00:00.000",
                                   "CHAPTER001NAME=머리말", "CHAPTER002=01:02:03.457", "CHAPTER002NAME=둘째 장: 끝"});
}

TEST_CASE("Vorbis comments leave out a title the document does not have and tags not given", "[chapter_tags]") {
    CHECK(sori::vorbis_comments("", {}, {}) == std::vector<std::string>{"ARTIST=sori", "LANGUAGE=ko"});
}

TEST_CASE("A Vorbis chapter time is hours, minutes, seconds and milliseconds, rounded", "[chapter_tags]") {
    const auto [seconds, text] = GENERATE(table<double, std::string>({{0, "00:00:00.000"},
                                                                       {59.9996, "00:01:00.000"},
                                                                       {3600, "01:00:00.000"},
                                                                       {36000 + 61.25, "10:01:01.250"}}));
    CHECK(sori::vorbis_chapter_time(seconds) == text);
}
