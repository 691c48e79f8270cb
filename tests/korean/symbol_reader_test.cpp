#include <catch2/catch.hpp>

#include "korean/text_normalizer.h"
#include "support/spoken.h"

TEST_CASE("Arithmetic and comparisons between numbers are read as a Korean says them", "[symbols]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"2 + 3", "이더하기삼"},       {"6 × 7", "육곱하기칠"},     {"9 ÷ 3", "구나누기삼"},  {"1 + 1 = 2", "일더하기일은이"},
        {"2 + 2 = 4", "이더하기이는사"}, {"4 * 5", "사곱하기오"},   {"x ≥ 10", "엑스십이상"},  {"gcc >= 2.7.2", "지씨씨이점칠점이이상"},
        {"점수는 5 – 4로", "점수는오대사로"}, {"3–5쪽", "삼에서오쪽"}, {"±3", "플러스마이너스삼"}, {"≈ 40", "약사십"},
    }));
    CAPTURE(written);
    CHECK(test::said_without_spaces(written) == spoken);
}

TEST_CASE("Units of angle and time after a number, and signs in words, are read", "[symbols]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"북위 37° 33′ 58″", "북위삼십칠도삼십삼분오십팔초"}, {"불량률 3‰", "불량률삼퍼밀"}, {"Ctrl+C를 누른다", "컨트롤플러스씨를누른다"},
        {"Node 18+ 필요", "노드십팔이상필요"}, {"№ 7", "번호칠"}, {"√ 기호", "루트기호"}, {"∞", "무한대"},
        {"/home/user에 설치", "슬래시홈슬래시유저에설치"}, {"음악/미술 과목", "음악,미술과목"}, {"USER_NAME 변수", "유저네임변수"},
    }));
    CAPTURE(written);
    CHECK(test::said_without_spaces(written) == spoken);
}

TEST_CASE("Arrows, bullets and middle dots are pauses; brackets of CJK are brackets", "[symbols]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"서울 → 부산", "서울,부산"}, {"체육ㆍ예술", "체육,예술"}, {"가·나", "가,나"}, {"A | B", "에이,비"},
        {"【주문】 기각", "(주문)기각"}, {"• 첫째", ",첫째"},
    }));
    CAPTURE(written);
    CHECK(test::said_without_spaces(written) == spoken);
}

TEST_CASE("Pictographs, marks of code and decorations are dropped, never passed on", "[symbols]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"좋아요 😀👍", "좋아요"}, {"사랑해요♡", "사랑해요"}, {"⚠️ 주의", "주의"}, {"브랜드™", "브랜드"}, {"■ 개요", "개요"},
        {"#해시태그 달기", "해시태그달기"}, {"$ 명령", "명령"}, {"foo() 호출", "푸호출"}, {"--help 옵션", "헬프옵션"},
        {"^^ 네", "네"}, {"좋아~", "좋아"}, {"┌──┐ 표", "표"},
    }));
    CAPTURE(written);
    CHECK(test::said_without_spaces(written) == spoken);
}

TEST_CASE("Whatever the symbol, eSpeak receives only Hangul and pauses", "[symbols]") {
    std::string every;
    for (char c = 0x21; c < 0x7F; ++c) every += std::string("값") + c + "값 ";
    for (const char* s : {"→", "⇒", "≥", "≤", "±", "×", "÷", "°", "′", "″", "‰", "№", "①", "⑴", "Ⅳ", "㎏", "㎡", "１", "Ａ", "α", "Ω", "カ",
                          "ひ", "ㅋ", "ㅠ", "😀", "■", "™", "©", "®", "§", "¶", "†", "‡", "※", "★", "♡", "☆", "♪", "✓", "✔", "❤", "⊙",
                          "∈", "∀", "∂", "∇", "⊂", "∧", "∨", "¬", "∴", "∵", "⌘", "⏎", "␣", "\u200B", "\uFEFF", "\uE000", "ก", "א", "ع", "Ж"})
        every += std::string("값") + s + "값 " + s + " ";
    const std::string spoken = sori::normalize_text(every);
    INFO(spoken);
    CHECK(test::only_hangul_and_pauses(spoken));
}

TEST_CASE("SI units after a number are read by their Korean names", "[symbols]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"10N", "십뉴턴"}, {"101kPa", "백일킬로파스칼"}, {"300lx", "삼백럭스"}, {"2mol", "이몰"}, {"5J", "오줄"}, {"20μs", "이십마이크로초"},
        {"3m³", "삼세제곱미터"}, {"50Ω", "오십옴"}, {"2mSv", "이밀리시버트"}, {"60Hz", "육십헤르츠"},
        // from CLDR (en short symbols, ko names), and an English word after a space is not a unit
        {"200hp", "이백마력"}, {"10mi", "십마일"}, {"3gal", "삼갤런"}, {"1ly", "일광년"}, {"30 Da", "삼십돌턴"}, {"5 in 1", "오인일"},
    }));
    CAPTURE(written);
    CHECK(test::said_without_spaces(written) == spoken);
}

TEST_CASE("A run of capital words is read as the words, as if written in small letters", "[symbols]") {
    const std::string clause = GENERATE(as<std::string>{}, "THE SOFTWARE IS PROVIDED", "IN NO EVENT SHALL THE AUTHORS BE LIABLE", "USER NAME");
    std::string lower = clause;
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    CHECK(test::said_without_spaces(clause) == test::said_without_spaces(lower));
}

TEST_CASE("Capitals among capitals, long ones and file names are words; a lone short one is an acronym", "[symbols]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"USER_NAME 변수", "유저네임변수"}, {"INCIDENTAL 손해", "인시덴털손해"}, {"REPORT.PDF 파일", "리포트닷피디에프파일"},
        {"photo.JPG", "포토닷제이피지"}, {"IBM과 NASA", "아이비엠과나사"}, {"HTML 문서", "에이치티엠엘문서"},
        {"DOM API 사용", "디오엠에이피아이사용"},
    }));
    CAPTURE(written);
    CHECK(test::said_without_spaces(written) == spoken);
}
