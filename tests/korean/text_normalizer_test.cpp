#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "korean/counters_and_units.h"
#include "korean/text_normalizer.h"
#include "metrics/normalization_metric.h"
#include "text/text_reader.h"

namespace {

std::string said(const std::string& text, bool skip_glosses = false) {
    sori::NormalizeOptions options;
    options.skip_glosses = skip_glosses;
    return sori::normalize_text(text, options);
}

}  // namespace

TEST_CASE("Numbers are read by what follows them", "[normalizer]") {
    const auto [written, spoken] = GENERATE(table<std::string, std::string>({
        // counters with native numerals, and Sino-Korean ones
        {"3가지", "세 가지"}, {"20살", "스무 살"}, {"21개", "스물한 개"}, {"101개", "백한 개"}, {"4자리", "네 자리"},
        {"3개월", "삼 개월"}, {"2층", "이 층"}, {"5명이", "다섯 명이"}, {"3시", "세 시"}, {"14시", "십사 시"},
        {"20대", "이십 대"}, {"2대", "두 대"}, {"1~2명", "한 명에서 두 명"},
        // ordinals
        {"1번째", "첫 번째"}, {"11번째", "열한 번째"}, {"189번째", "백팔십구 번째"}, {"제3장", "제삼 장"},
        // plain, signed, decimal, grouped numbers and particles that agree
        {"600,000", "육십만"}, {"13.4억", "십삼점사억"}, {"-3", "마이너스 삼"}, {"2를", "이를"}, {"3를", "삼을"},
        {"9/10이 찬성", "십분의 구가 찬성"}, {"3으로", "삼으로"}, {"2으로", "이로"}, {"1으로", "일로"},
        // dates and times
        {"2024. 1. 19. 14:31", "이천이십사년 일월 십구일 십사시 삼십일분"}, {"2024-01-19", "이천이십사년 일월 십구일"},
        {"10/30/2024", "이천이십사년 시월 삼십일"}, {"6월 10일(금)", "유월 십 일 금요일"}, {"오후 3:05", "오후 세시 오분"},
        {"24:03:38", "이십사시 삼분 삼십팔초"}, {"오후 3시 30분", "오후 세 시 삼십 분"}, {"오전 9시", "오전 아홉시"},
        {"1/19 발표", "일월 십구일 발표"}, {"3/5(수) 회의", "삼월 오일 수요일 회의"}, {"1990년대", "천구백구십 년대"},
        {"제1회", "제일 회"}, {"3~4개", "세 개에서 네 개"}, {"GPU 2개를", "지피유 두 개를"}, {"10명", "열 명"},
        {"₩2억", "이억원"}, {"1,000,000원", "백만 원"}, {"12.5kg", "십이점오 킬로그램"},
        // money, percent, units
        {"₩18,925,000", "천팔백구십이만오천원"}, {"$19.55", "십구달러 오십오센트"}, {"€30", "삼십 유로"},
        {"KRW 5000", "오천원"}, {"US$ 100", "백 달러"}, {"3,400억 원", "삼천사백억 원"}, {"50%", "오십 퍼센트"},
        {"2.5%p", "이점오 퍼센트포인트"}, {"12km", "십이 킬로미터"}, {"36.5℃", "삼십육점오 도"}, {"100MB/s", "백 메가바이트 퍼 초"},
        // fractions, telephone numbers, addresses
        {"3/4", "사분의 삼"}, {"1과1/2", "일과 이분의 일"}, {"010-1234-5678", "공일공 일이삼사 오육칠팔"},
        {"+82 2-123-4567", "국가번호 팔이 이 일이삼 사오육칠"},
    }));
    CHECK(sori::same_without_spaces(said(written), spoken));
}

TEST_CASE("The sample article's hard cases are read as a narrator reads them", "[normalizer]") {
    const auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"2024. 1. 19. 14:31미국 주식", "이천이십사년 일월 십구일 십사시 삼십일분미국 주식"},
        {"메타 ($META)의 새로운 AI 전략", "메타 (메타)의 새로운 에이아이 전략"},
        {"주커버그는 크게 3가지를 언급했는데요.", "주커버그는 크게 세 가지를 언급했는데요."},
        {"7자리 (환율 1,340원으로 환산했을 때, 최소 13.4억 원이 넘는)", "일곱 자리 (환율 천삼백사십 원으로 환산했을 때, 최소 십삼점사억 원이 넘는)"},
        {"Llama 3 개발을 시작했다", "라마 삼 개발을 시작했다"},
        {"이전 버전인 Llama 2는 650억 개의 파라미터", "이전 버전인 라마 이는 육백오십억 개의 파라미터"},
        {"OpenAI의 챗GPT-4나", "오픈에이아이의 챗지피티 포나"},
        {"H100를 350,000개 주문했고", "에이치백을 삼십오만 개 주문했고"},
        {"4. 엔비디아 ($NVDA) 그래픽 연산장치 (GPU) 구입 및 자체 AI칩 개발",
         "사. 엔비디아 (엔비디아) 그래픽 연산장치 (지피유) 구입 및 자체 에이아이칩 개발"},
        {"(출처: meta.com)", "(출처: 메타 닷 컴)"},
    }));
    CHECK(said(written) == spoken);
}

TEST_CASE("Latin words and letters are read in Hangul", "[normalizer]") {
    const auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"AI", "에이아이"}, {"GPU", "지피유"}, {"H100", "에이치백"}, {"GPT-4", "지피티 포"}, {"Llama3", "라마삼"},
        {"AI칩", "에이아이칩"}, {"메타 ($META)", "메타 (메타)"}, {"OpenAI", "오픈에이아이"}, {"CEO인", "씨이오인"},
        {"user01@gmail.co.kr", "유저영일 골뱅이 지메일 닷 씨오 닷 케이알"}, {"meta.com", "메타 닷 컴"},
        {"https://www.example.com/a", "더블유 더블유 더블유 닷 이그잼플 닷 컴 슬래시 에이"}, {"사진.jpg", "사진 닷 제이피지"},
        {"R&D", "알 앤드 디"},
    }));
    CHECK(sori::same_without_spaces(said(written), spoken));
}

TEST_CASE("With --skip-glosses a Latin gloss after the Hangul it repeats is dropped", "[normalizer]") {
    CHECK(said("마크 주커버그 (Mark Zukerberg)가", true) == "마크 주커버그가");
    CHECK(said("메타 (Meta)의", true) == "메타의");
    CHECK(said("메타 (Meta)의") == "메타 (메타)의");
    CHECK(said("(AI) 시대", true) == "(에이아이) 시대");  // nothing before it to repeat
}

TEST_CASE("A user lexicon adds and overrides words, and a malformed line is an error naming it", "[normalizer]") {
    const auto file = std::filesystem::temp_directory_path() / "sori-lexicon.tsv";
    std::ofstream(file) << "# names\nSori\t소리\nAI\t인공지능\n";
    sori::Lexicon lexicon = sori::default_lexicon();
    lexicon.load(file);
    sori::NormalizeOptions options{&lexicon, false};
    CHECK(sori::normalize_text("Sori의 AI", options) == "소리의 인공지능");
    std::ofstream(file) << "Sori 소리\n";
    CHECK_THROWS_WITH(lexicon.load(file), Catch::Contains("sori-lexicon.tsv:1: expected `written<TAB>spoken`"));
}

TEST_CASE("At least 40 counters take native numerals", "[normalizer]") { CHECK(sori::native_counter_count() >= 40); }

TEST_CASE("The public normalization sets: nemo-dev at least 96 %, num2words-dev all", "[normalizer]") {
    const auto normalize = [](const std::string& s) { return sori::normalize_text(s); };
    const auto nemo = sori::score_normalization(
        sori::read_normalization_cases(std::string(SORI_TEST_DATA) + "/normalization/nemo-dev.tsv"), normalize);
    const auto& all = nemo.at("all");
    INFO(all.right << "/" << all.total);
    CHECK(all.right >= 0.96 * all.total);  // 179/186 (96.2 %) since issue 14
    const auto num2words = sori::score_normalization(
        sori::read_normalization_cases(std::string(SORI_TEST_DATA) + "/normalization/num2words-dev.tsv"), normalize);
    for (const auto& [category, score] : num2words) {
        INFO(category << ": " << (score.misses.empty() ? "" : score.misses.front()));
        CHECK(score.right == score.total);
    }
}

TEST_CASE("The sample article's spoken text has no digit and no Latin letter left", "[normalizer]") {
    const std::string text = sori::read_article(SORI_SAMPLE_ARTICLE).text;
    const std::string spoken = sori::normalize_text(text);
    const auto leftover = std::find_if(spoken.begin(), spoken.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    INFO(std::string(leftover, spoken.end()).substr(0, 80));
    CHECK(leftover == spoken.end());
}
