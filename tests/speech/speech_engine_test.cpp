#include <catch2/catch.hpp>

#include "base/error.h"
#include "speech/speech_engine.h"

namespace {

double seconds(const std::vector<std::int16_t>& s, int rate) { return static_cast<double>(s.size()) / rate; }

}  // namespace

TEST_CASE("eSpeak NG speaks Korean through the library at its own sample rate", "[engine]") {
    auto& engine = sori::SpeechEngine::shared();
    engine.configure(sori::VoiceSettings{});
    CHECK(engine.sample_rate() == 22050);
    CHECK_THAT(engine.version(), Catch::StartsWith("eSpeak NG 1."));
    const auto samples = engine.synthesize("안녕하세요. 만나서 반갑습니다.");
    CHECK(seconds(samples, engine.sample_rate()) > 1.0);
    CHECK(seconds(samples, engine.sample_rate()) < 6.0);
    const auto loudest = *std::max_element(samples.begin(), samples.end());
    CHECK(loudest > 3000);  // real speech, not silence
}

TEST_CASE("A faster rate gives shorter audio for the same text", "[engine]") {
    auto& engine = sori::SpeechEngine::shared();
    sori::VoiceSettings slow, fast;
    slow.rate = 120;
    fast.rate = 300;
    engine.configure(slow);
    const auto slow_audio = engine.synthesize("오늘은 날씨가 아주 좋습니다.");
    engine.configure(fast);
    const auto fast_audio = engine.synthesize("오늘은 날씨가 아주 좋습니다.");
    CHECK(fast_audio.size() < slow_audio.size() * 0.7);
    engine.configure(sori::VoiceSettings{});
}

TEST_CASE("Word gap lengthens speech and volume scales its level", "[engine]") {
    auto& engine = sori::SpeechEngine::shared();
    const std::string text = "오늘은 날씨가 아주 좋습니다 그래서 산책을 갑니다.";
    sori::VoiceSettings plain, gapped, quiet;
    gapped.word_gap = 20;
    quiet.volume = 40;
    engine.configure(plain);
    const auto plain_audio = engine.synthesize(text);
    engine.configure(gapped);
    const auto gapped_audio = engine.synthesize(text);
    engine.configure(quiet);
    const auto quiet_audio = engine.synthesize(text);
    engine.configure(sori::VoiceSettings{});
    CHECK(gapped_audio.size() > plain_audio.size() + 22050 / 2);  // six gaps of 200 ms
    const auto peak = [](const std::vector<std::int16_t>& s) {
        int p = 0;
        for (auto v : s) p = std::max(p, std::abs(int(v)));
        return p;
    };
    CHECK(peak(quiet_audio) < peak(plain_audio) * 0.6);
}

TEST_CASE("Voices that cannot speak Korean and unknown variants are refused with the list", "[engine]") {
    auto& engine = sori::SpeechEngine::shared();
    sori::VoiceSettings english;
    english.voice = "en";
    CHECK_THROWS_WITH(engine.configure(english), Catch::Contains("cannot speak Korean") && Catch::Contains("ko"));
    sori::VoiceSettings bad_variant;
    bad_variant.voice = "ko+nosuchvariant";
    CHECK_THROWS_WITH(engine.configure(bad_variant), Catch::Contains("does not exist"));
    sori::VoiceSettings female;
    female.voice = "ko+f3";
    CHECK_NOTHROW(engine.configure(female));
    engine.configure(sori::VoiceSettings{});
}

TEST_CASE("The Korean voice and the variants are listed", "[engine]") {
    auto& engine = sori::SpeechEngine::shared();
    const auto korean = engine.korean_voices();
    REQUIRE(korean.size() >= 1);
    CHECK(korean[0].name == "ko");
    const auto variants = engine.variants();
    CHECK(std::any_of(variants.begin(), variants.end(), [](const sori::VoiceInfo& v) { return v.name == "f3"; }));
}

TEST_CASE("Control bytes never reach eSpeak as embedded commands", "[engine]") {
    CHECK(sori::espeak_safe("가\x01" "300S나\n") == "가 300S나 ");
}

TEST_CASE("Silence around speech is trimmed to a short margin", "[engine]") {
    std::vector<std::int16_t> s(1000, 0);
    for (int i = 300; i < 600; ++i) s[i] = (i % 2) ? 5000 : -5000;
    s[10] = 20;   // below the threshold: still silence
    s[990] = -30;
    sori::trim_silence(s, 1000);  // 8 ms margin = 8 samples
    CHECK(s.size() == 300 + 16);
    CHECK(s.front() == 0);
    CHECK(std::abs(s[8]) == 5000);
}

TEST_CASE("A segment that is all silence trims to nothing", "[engine]") {
    std::vector<std::int16_t> s(500, 3);
    sori::trim_silence(s, 22050);
    CHECK(s.empty());
}
