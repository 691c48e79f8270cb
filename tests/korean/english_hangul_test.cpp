// English pronunciations written in Hangul by the 외래어 표기법 (제3장 제1절): the standard's own
// examples, rule by rule, through the real CMU dictionary built into sori.
#include <catch2/catch.hpp>

#include "korean/english_hangul.h"
#include "korean/english_phones.h"
#include "korean/english_pronouncer.h"
#include "korean/english_reader.h"

namespace {

std::string hangul(const std::string& word) { return sori::english_in_hangul(word); }

}  // namespace

TEST_CASE("The standard's examples are written as the standard writes them", "[english]") {
    // Left out, where sori follows common usage or American English instead: lobster 로브스터 and
    // shrub 슈러브 (a final b after a short vowel is ㅂ: club 클럽, web 웹), mask 마스크 and mirage
    // 미라지 (the dictionary's American vowel), Hamlet 햄릿 (-et is 엣: ticket 티켓), wander 완더,
    // whistle 휘슬 (the dictionary has no [hw]), chipmunk and topknot (read as compounds).
    const auto [word, expected] = GENERATE(table<std::string, std::string>({
        // 제1항 voiceless stops
        {"gap", "갭"}, {"cat", "캣"}, {"book", "북"}, {"apt", "앱트"}, {"act", "액트"}, {"stamp", "스탬프"},
        {"cape", "케이프"}, {"nest", "네스트"}, {"part", "파트"}, {"desk", "데스크"}, {"make", "메이크"},
        {"apple", "애플"}, {"mattress", "매트리스"}, {"sickness", "시크니스"},
        // 제2항 voiced stops
        {"bulb", "벌브"}, {"land", "랜드"}, {"zigzag", "지그재그"}, {"kidnap", "키드냅"}, {"signal", "시그널"},
        // 제3항 fricatives
        {"jazz", "재즈"}, {"graph", "그래프"}, {"olive", "올리브"}, {"thrill", "스릴"}, {"bathe", "베이드"},
        {"flash", "플래시"}, {"shark", "샤크"}, {"shank", "섕크"}, {"fashion", "패션"}, {"sheriff", "셰리프"},
        {"shopping", "쇼핑"}, {"shoe", "슈"}, {"shim", "심"}, {"vision", "비전"},
        // 제4항 affricates
        {"Keats", "키츠"}, {"odds", "오즈"}, {"switch", "스위치"}, {"bridge", "브리지"}, {"Pittsburgh", "피츠버그"},
        {"hitchhike", "히치하이크"}, {"chart", "차트"}, {"virgin", "버진"},
        // 제5항 nasals
        {"steam", "스팀"}, {"corn", "콘"}, {"ring", "링"}, {"lamp", "램프"}, {"hint", "힌트"}, {"ink", "잉크"},
        {"hanging", "행잉"}, {"longing", "롱잉"},
        // 제6항 [l]
        {"hotel", "호텔"}, {"pulp", "펄프"}, {"slide", "슬라이드"}, {"film", "필름"}, {"helm", "헬름"}, {"Henley", "헨리"},
        // 제7항, 제8항 long vowels and diphthongs
        {"team", "팀"}, {"route", "루트"}, {"time", "타임"}, {"house", "하우스"}, {"skate", "스케이트"}, {"oil", "오일"},
        {"boat", "보트"}, {"tower", "타워"},
        // 제9항 semivowels
        {"word", "워드"}, {"want", "원트"}, {"woe", "워"}, {"wag", "왜그"}, {"west", "웨스트"}, {"witch", "위치"},
        {"wool", "울"}, {"swing", "스윙"}, {"twist", "트위스트"}, {"penguin", "펭귄"}, {"quarter", "쿼터"},
        {"yard", "야드"}, {"yank", "얭크"}, {"yearn", "연"}, {"yellow", "옐로"}, {"yawn", "욘"}, {"you", "유"},
        {"year", "이어"}, {"Indian", "인디언"}, {"union", "유니언"},
        // 제10항 compounds, each part as it is written alone
        {"cuplike", "컵라이크"}, {"bookend", "북엔드"}, {"headlight", "헤드라이트"}, {"touchwood", "터치우드"},
        {"bookmaker", "북메이커"}, {"flashgun", "플래시건"},
    }));
    CHECK(hangul(word) == expected);
}

TEST_CASE("The reduced vowel is read from its letter where Korean usage follows the spelling", "[english]") {
    const auto [word, expected] = GENERATE(table<std::string, std::string>({
        {"java", "자바"}, {"sofa", "소파"}, {"puzzle", "퍼즐"}, {"image", "이미지"}, {"template", "템플릿"},
        {"diet", "다이어트"}, {"attention", "어텐션"}, {"open", "오픈"}, {"business", "비즈니스"},
        {"rhythm", "리듬"}, {"memory", "메모리"}, {"history", "히스토리"}, {"jackson", "잭슨"}, {"ticket", "티켓"},
    }));
    CHECK(hangul(word) == expected);
}

TEST_CASE("Words the dictionary lacks are made of its words, or guessed from their letters", "[english]") {
    SECTION("compounds and inflections of dictionary words") {
        const auto [word, expected] = GENERATE(table<std::string, std::string>({
            {"frontend", "프런트엔드"}, {"webhook", "웹훅"}, {"upload", "업로드"}, {"login", "로그인"},
            {"embedding", "임베딩"}, {"compiler", "컴파일러"}, {"refactoring", "리팩토링"}, {"firmware", "펌웨어"},
        }));
        CHECK(hangul(word) == expected);
    }
    SECTION("the letter-to-sound trees give phones for any letters") {
        const sori::english::Pronunciation p = sori::english::predicted("zorblax");
        CHECK_FALSE(p.known);
        CHECK(p.phones.size() >= 5);
        CHECK(p.letter_of.size() == p.phones.size());
        CHECK(hangul("zorblax").find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos);
    }
    SECTION("names from other languages that end in a vowel are read by their letters") {
        CHECK(hangul("Kakaoa") == "카카오아");
        CHECK(hangul("Bengio") == "벤지오");
    }
}

TEST_CASE("Every phone of a dictionary word is tied to a letter that may sound it", "[english]") {
    const std::string phones = sori::english::dictionary_phones("coffee");
    REQUIRE(phones.size() == 4);
    CHECK(sori::english::base_name(phones[0]) == "k");
    CHECK(sori::english::is_stressed(phones[1]));
    const std::vector<int> letters = sori::english::align("coffee", phones);  // c o f(f) (e)e
    CHECK(letters[0] == 0);
    CHECK(letters[1] == 1);
    CHECK((letters[2] == 2 || letters[2] == 3));
    CHECK((letters[3] == 4 || letters[3] == 5));
    CHECK(sori::english::dictionary_phones("notaword") .empty());
}

TEST_CASE("Long and odd letter runs are read without blowing up", "[english]") {
    const std::string long_word(5000, 'a');
    CHECK(!hangul(long_word).empty());
    CHECK(hangul("q").empty() == false);
    CHECK(hangul("bcdfg").find_first_of("bcdfg") == std::string::npos);
}
