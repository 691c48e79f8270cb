#include <catch2/catch.hpp>
#include <string>

#include "audio/audio_tags.h"
#include "base/error.h"

TEST_CASE("Dates are taken as YYYY, YYYY-MM or YYYY-MM-DD of a real day", "[audio_tags]") {
    const auto [date, good] = GENERATE(table<std::string, bool>({{"2026", true},
                                                                   {"2026-12", true},
                                                                   {"2026-12-06", true},
                                                                   {"2024-02-29", true},
                                                                   {"2000-02-29", true},
                                                                   {"1900-02-29", false},
                                                                   {"2026-02-29", false},
                                                                   {"2026-13", false},
                                                                   {"2026-04-31", false},
                                                                   {"2026-00-10", false},
                                                                   {"26-12-06", false},
                                                                   {"2026/12/06", false},
                                                                   {"2026-1-6", false},
                                                                   {"올해", false}}));
    sori::AudioTags tags;
    tags.date = date;
    if (good) CHECK_NOTHROW(sori::check_tags(tags));
    else CHECK_THROWS_WITH(sori::check_tags(tags), Catch::Contains("--date " + date) && Catch::Contains("YYYY-MM-DD"));
}

TEST_CASE("Languages are taken as BCP 47 tags", "[audio_tags]") {
    const auto [language, good] = GENERATE(table<std::string, bool>(
        {{"ko", true}, {"ko-KR", true}, {"kor", true}, {"zh-Hant-TW", true}, {"en-US", true}, {"k", false}, {"korean", false}, {"ko_KR", false}, {"ko-", false}, {"", false}, {"한국어", false}}));
    sori::AudioTags tags;
    tags.language = language;
    if (good) CHECK_NOTHROW(sori::check_tags(tags));
    else CHECK_THROWS_WITH(sori::check_tags(tags), Catch::Contains("--language") && Catch::Contains("BCP 47"));
}

TEST_CASE("An author or album on more than one line is refused", "[audio_tags]") {
    sori::AudioTags tags;
    tags.author = "김작가\n이작가";
    CHECK_THROWS_AS(sori::check_tags(tags), sori::Error);
    tags.author = "김작가, 이작가";
    tags.album = "모음\t2";
    CHECK_THROWS_WITH(sori::check_tags(tags), Catch::StartsWith("--album"));
}

TEST_CASE("ID3 and MP4 get the ISO 639-2 code of the language", "[audio_tags]") {
    const auto [language, code] = GENERATE(table<std::string, std::string>({{"ko", "kor"}, {"ko-KR", "kor"}, {"EN-gb", "eng"}, {"kor", "kor"}, {"xx", ""}}));
    CHECK(sori::iso639_2(language) == code);
}

TEST_CASE("The artist is the author, or sori when none is given", "[audio_tags]") {
    sori::AudioTags tags;
    CHECK(tags.artist() == "sori");
    tags.author = "김작가";
    CHECK(tags.artist() == "김작가");
}
