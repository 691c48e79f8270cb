#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "speech/long_sentence.h"
#include "speech/sentence_readings.h"
#include "speech/speech_text.h"

namespace {

// Sentences of every kind the reader meets: numbers, English, Hanja, a heading, and one long
// enough to be cut for eSpeak.
std::vector<sori::ReadingRequest> mixed_requests() {
    const std::vector<std::string> sentences = {
        "회의는 2024년 3월 15일 오후 2시 30분에 열립니다.", "Docker와 Kubernetes를 함께 씁니다.", "國民의 權利는 重하다.",
        "가격은 $1,200이고 할인율은 15%입니다.", "값이 1-2-3-4로 이어집니다.", "닭이 울고 흙이 젖었습니다."};
    std::vector<sori::ReadingRequest> requests;
    for (int round = 0; round < 40; ++round) {
        for (const std::string& s : sentences) requests.push_back({s, false});
        requests.push_back({"제" + std::to_string(round + 1) + "장 개요", false});
    }
    std::string long_one;
    for (int i = 0; i < 12; ++i) long_one += "우리는 오늘 아침 일찍 일어나서 가까운 공원으로 산책을 나갔고 ";
    requests.push_back({long_one + "집으로 돌아왔습니다.", false});
    std::string numbers;  // far too long to read at once: cut into windows read in parallel
    for (int i = 0; i < 4000; ++i) numbers += std::to_string(i * 37) + (i % 50 == 49 ? ", " : " ");
    requests.push_back({numbers + "까지 셌습니다.", false});
    requests.push_back({"끝.", false});
    return requests;
}

}  // namespace

TEST_CASE("Sentences read on many threads give the same pieces in the same order as on one", "[sentence_readings]") {
    const auto requests = mixed_requests();
    const std::size_t threads = GENERATE(2, 4, 7);
    const auto serial = sori::read_sentences(requests, {}, {1, 0});
    const auto shared = sori::read_sentences(requests, {}, {threads, 0});
    REQUIRE(serial.size() == requests.size());
    REQUIRE(shared.size() == requests.size());
    for (std::size_t i = 0; i < requests.size(); ++i) {
        REQUIRE(shared[i].size() == serial[i].size());
        for (std::size_t k = 0; k < serial[i].size(); ++k) {
            CHECK(shared[i][k].source == serial[i][k].source);
            CHECK(shared[i][k].spoken == serial[i][k].spoken);
            CHECK(shared[i][k].pronounced == serial[i][k].pronounced);
        }
    }
    CHECK(serial[serial.size() - 3].size() > 1);   // the long sentence was cut
    CHECK(serial[serial.size() - 2].size() > 50);  // and the line of numbers into many pieces
}

TEST_CASE("Each reading is the sentence's own: long ones cut, short ones whole, pronounced from spoken", "[sentence_readings]") {
    const auto requests = mixed_requests();
    const auto readings = sori::read_sentences(requests, {}, {4, 0});
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const auto pieces = sori::split_long_sentence(requests[i].text, {});
        REQUIRE(readings[i].size() == pieces.size());
        for (std::size_t k = 0; k < pieces.size(); ++k) CHECK(readings[i][k].spoken == pieces[k].spoken);
        if (requests[i].text.size() < 100) CHECK(readings[i][0].spoken == sori::speech_text(requests[i].text, {}));
        for (const sori::ReadPiece& piece : readings[i]) CHECK(piece.pronounced == sori::pronounced_form(piece.spoken, {}));
    }
    CHECK(readings[0][0].pronounced.find("열림니다") != std::string::npos);  // 합니다 is read [함니다]
}

TEST_CASE("Reading nothing returns at once", "[sentence_readings]") { CHECK(sori::read_sentences({}, {}).empty()); }

TEST_CASE("A paragraph unit is split into its sentences in the workers, pieces marked where each sentence starts", "[sentence_readings]") {
    std::string numbers;
    for (int i = 0; i < 3000; ++i) numbers += std::to_string(i) + " ";
    const std::string unit = "첫 문장입니다. 둘째 문장은 2024년에 썼습니다! " + numbers + "까지 셌다. 끝.";
    std::vector<sori::ReadingRequest> requests{{unit, true}, {"제목", false}};
    const auto readings = sori::read_sentences(requests, {}, {2, 0});
    REQUIRE(readings.size() == 2);
    std::size_t starts = 0;
    for (const sori::ReadPiece& piece : readings[0]) starts += piece.starts_sentence;
    CHECK(starts == 4);  // four sentences, the third cut into many pieces
    CHECK(readings[0].size() > 10);
    CHECK(readings[0][0].source == "첫 문장입니다.");
    CHECK(readings[0][1].source == "둘째 문장은 2024년에 썼습니다!");
    CHECK(readings[0].back().source == "끝.");
    REQUIRE(readings[1].size() == 1);
    CHECK(readings[1][0].spoken == "제목");
}
