#include <catch2/catch.hpp>

#include "korean/foreign_letters.h"
#include "korean/text_normalizer.h"

TEST_CASE("Kana are written in Hangul by the 표기법 for Japanese", "[foreign_letters]") {
    // 외래어 표기법 제3장 제3절 and its 표 4: voiceless stops plain at a word's start, aspirated
    // after it; ツ 쓰; ン and ッ as finals; long vowels not written.
    auto [kana, hangul] = GENERATE(table<std::string, std::string>({
        {"カタカナ", "가타카나"}, {"ひらがな", "히라가나"}, {"トウキョウ", "도쿄"}, {"トーキョー", "도쿄"}, {"サッポロ", "삿포로"},
        {"シンジュク", "신주쿠"}, {"ツナミ", "쓰나미"}, {"チバ", "지바"}, {"マッチャ", "맛차"}, {"ジャパン", "자판"},
        {"ファイル", "파이루"}, {"パーティー", "파티"}, {"ウィンドウ", "윈도"}, {"シェア", "셰아"}, {"きょうと", "교토"},
        {"ラーメン", "라멘"}, {"すし", "스시"}, {"ヴァイオリン", "바이오린"},
    }));
    const auto run = sori::read_kana(kana, 0);
    REQUIRE(run);
    CHECK(run->end == kana.size());
    CHECK(run->spoken == hangul);
}

TEST_CASE("Greek letters are read by their Korean names, μ before a unit as 마이크로", "[foreign_letters]") {
    CHECK(sori::greek_letter_name(U'α') == "알파");
    CHECK(sori::greek_letter_name(U'Ω') == "오메가");
    CHECK(sori::greek_letter_name(U'λ') == "람다");
    CHECK(sori::greek_letter_name(U'ς') == "시그마");
    CHECK(sori::greek_letter_name(U'a').empty());
    CHECK(sori::normalize_text("5μm") == "오 마이크로미터");
    CHECK(sori::normalize_text("β 버전") == "베타 버전");
}

TEST_CASE("Laughter in jamo is said, other jamo runs are feelings and are not", "[foreign_letters]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"좋아요ㅋㅋㅋ", "좋아요 크크"}, {"그렇죠ㅎㅎ", "그렇죠 흐흐"}, {"슬퍼요ㅠㅠ", "슬퍼요"}, {"ㄱㅅ 합니다", "합니다"}, {"했어요ㅎ", "했어요"},
    }));
    CHECK(sori::normalize_text(written) == spoken);
}

TEST_CASE("Cyrillic is read through its Latin transliteration", "[foreign_letters]") {
    const auto run = sori::cyrillic_in_latin("Москва", 0);
    REQUIRE(run);
    CHECK(run->spoken == "Moskva");
    CHECK(sori::normalize_text("Москва").find("모스") == 0);
}
