#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "korean/pronunciation.h"

namespace {

// The rules alone, without the shipped lexicon, so that each table tests a rule.
std::string rules(const std::string& text) {
    sori::PronounceOptions options;
    options.use_shipped_lexicon = false;
    return sori::pronounce(text, options);
}

}  // namespace

TEST_CASE("Finals are said as one of seven representatives, double finals by 10-11항", "[pronunciation]") {
    auto [written, said] = GENERATE(table<std::string, std::string>({
        {"밖", "박"}, {"솥", "솓"}, {"낯", "낟"}, {"앞", "압"}, {"낫", "낟"},
        {"앉다", "안따"}, {"넓다", "널따"}, {"없다", "업따"}, {"흙과", "흑꽈"}, {"읽다", "익따"}, {"맑게", "말께"}, {"젊다", "점따"},
    }));
    CHECK(rules(written) == said);
}

TEST_CASE("A final moves to a following vowel, and a neutralised one across a word boundary", "[pronunciation]") {
    auto [written, said] = GENERATE(table<std::string, std::string>({
        {"옷이", "오시"}, {"꽃을", "꼬츨"}, {"앉아", "안자"}, {"닭을", "달글"}, {"값이", "갑씨"}, {"있어", "이써"},
        {"겉옷", "거돋"}, {"헛웃음", "허두슴"}, {"밭 아래", "바 다래"}, {"그는 어제", "그는 어제"}, {"그래픽 연산", "그래픽 연산"},
    }));
    CHECK(rules(written) == said);
}

TEST_CASE("ㅎ aspirates a neighbouring stop and drops before a vowel", "[pronunciation]") {
    auto [written, said] = GENERATE(table<std::string, std::string>({
        {"좋고", "조코"}, {"않던", "안턴"}, {"닳지", "달치"}, {"쌓네", "싼네"}, {"많아", "마나"},
        {"입학", "이팍"}, {"좁히다", "조피다"}, {"앉히다", "안치다"}, {"꽂히다", "꼬치다"}, {"밥 한 공기", "바 판 공기"},
    }));
    CHECK(rules(written) == said);
}

TEST_CASE("ㄷ and ㅌ before 이 are palatalised", "[pronunciation]") {
    auto [written, said] = GENERATE(table<std::string, std::string>({
        {"굳이", "구지"}, {"밭이", "바치"}, {"닫히다", "다치다"}, {"묻히다", "무치다"}, {"끝이", "끄치"},
    }));
    CHECK(rules(written) == said);
}

TEST_CASE("Stops become nasals before nasals, and ㄹ becomes ㄴ after other consonants", "[pronunciation]") {
    auto [written, said] = GENERATE(table<std::string, std::string>({
        {"먹는", "멍는"}, {"밥물", "밤물"}, {"있는", "인는"}, {"흙만", "흥만"}, {"백리", "뱅니"}, {"섭리", "섬니"},
        {"침략", "침냑"}, {"항로", "항노"}, {"밥 먹는다", "밤 멍는다"},
    }));
    CHECK(rules(written) == said);
}

TEST_CASE("ㄴ next to ㄹ becomes ㄹ, except before a Sino-Korean suffix", "[pronunciation]") {
    auto [written, said] = GENERATE(table<std::string, std::string>({
        {"난로", "날로"}, {"칼날", "칼랄"}, {"물난리", "물랄리"}, {"뚫는", "뚤른"}, {"이원론", "이원논"}, {"입원료", "이붠뇨"},
    }));
    CHECK(rules(written) == said);
}

TEST_CASE("Lax consonants are tensed after stops, stem clusters, Sino-Korean ㄹ and the adnominal -ㄹ", "[pronunciation]") {
    auto [written, said] = GENERATE(table<std::string, std::string>({
        {"국밥", "국빱"}, {"덮개", "덥깨"}, {"넓게", "널께"}, {"핥다", "할따"}, {"발전", "발쩐"}, {"몰상식", "몰쌍식"},
        {"할 수 있다", "할 쑤 읻따"}, {"만들 것", "만들 껃"}, {"할게요", "할께요"},
        {"길다", "길다"}, {"놀자", "놀자"}, {"해결되다", "해결되다"}, {"말도", "말도"}, {"옮기다", "옴기다"},
    }));
    CHECK(rules(written) == said);
}

TEST_CASE("ㄴ is inserted where 29항 has it and nowhere else", "[pronunciation]") {
    auto [written, said] = GENERATE(table<std::string, std::string>({
        {"솔잎", "솔립"}, {"깻잎", "깬닙"}, {"관절염", "관절렴"}, {"산업용", "사넘뇽"}, {"할 일", "할 릴"}, {"옷 입고", "온 닙꼬"},
        {"월요일", "워료일"}, {"석유", "서규"}, {"재활용", "재화룡"}, {"이유", "이유"},
    }));
    CHECK(rules(written) == said);
}

TEST_CASE("ㅢ after a consonant is ㅣ, and 져 쪄 쳐 are 저 쩌 처", "[pronunciation]") {
    auto [written, said] = GENERATE(table<std::string, std::string>({
        {"무늬", "무니"}, {"띄다", "띠다"}, {"의사", "의사"}, {"다쳐", "다처"}, {"가져", "가저"},
    }));
    CHECK(rules(written) == said);
}

TEST_CASE("Everything that is not Hangul passes through, and syllables and words are kept", "[pronunciation]") {
    CHECK(rules("AI는 합니다! (3) 국물, 먹는다…") == "AI는 함니다! (3) 궁물, 멍는다…");
    CHECK(rules("") == "");
    CHECK(rules("  ") == "  ");
}

TEST_CASE("The shipped lexicon gives what no rule predicts, for the word and its particles", "[pronunciation][lexicon]") {
    CHECK(sori::pronounce("인기가") == "인끼가");
    CHECK(sori::pronounce("길가에") == "길까에");
    CHECK(sori::pronounce("색연필을") == "생년피를");
    CHECK(sori::pronounce("한자리") == "한자리");  // 한자 [한짜] does not begin this word
}

TEST_CASE("A pronunciation lexicon file is read and its errors name the file and line", "[pronunciation][lexicon]") {
    const auto dir = std::filesystem::temp_directory_path() / "sori-pronunciation-lexicon";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "good.tsv") << "# comment\n\n바다색\t바다쌕\n";
    sori::PronunciationLexicon lexicon;
    lexicon.load(dir / "good.tsv");
    sori::PronounceOptions options;
    options.lexicon = &lexicon;
    CHECK(sori::pronounce("바다색이다", options) == "바다쌔기다");
    auto [line, message] = GENERATE(table<std::string, std::string>({
        {"바다\t바다다", "as many syllables"}, {"sea\t씨", "Hangul syllables only"}, {"바다 바다", "one tab"}, {"바다\t바다\t바다", "one tab"},
    }));
    std::ofstream(dir / "bad.tsv") << "바다\t바다\n" << line << "\n";
    sori::PronunciationLexicon bad;
    CHECK_THROWS_WITH(bad.load(dir / "bad.tsv"), Catch::Contains("bad.tsv:2: ") && Catch::Contains(message));
}
