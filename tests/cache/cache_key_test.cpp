#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>

#include "cache/cache_key.h"
#include "cache/render_stamp.h"
#include "render/renderer.h"
#include "speech/speech_engine.h"
#include "synthesis/render_plan.h"

namespace {

const sori::EngineIdentity engine{"eSpeak NG 1.51", "0123456789abcdef0123456789abcdef", 22050};

sori::Script script_of(const std::string& name, const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() / ("sori-key-" + name + ".md");
    std::ofstream(path, std::ios::binary) << text;
    return sori::script_for(path);
}

}  // namespace

TEST_CASE("A sentence's cache key is the same in every run and every build", "[cache_key]") {
    // Pinned: a change here silently throws away every user's cache, so it must be deliberate.
    CHECK(sori::segment_key(engine, {}, "안녕하세요.") == "1d1da225edbc68baaf53d83cb95eeb95");
    CHECK(sori::segment_key(engine, {}, "안녕하세요.") == sori::segment_key(engine, {}, "안녕하세요."));
}

TEST_CASE("Everything that changes a sentence's sound changes its key", "[cache_key]") {
    using Change = std::function<void(sori::EngineIdentity&, sori::VoiceSettings&, std::string&)>;
    const auto [what, change] = GENERATE(table<const char*, Change>({
        {"text", [](auto&, auto&, std::string& t) { t = "안녕하세요!"; }},
        {"one space more", [](auto&, auto&, std::string& t) { t += " "; }},
        {"voice", [](auto&, sori::VoiceSettings& v, auto&) { v.voice = "ko+f3"; }},
        {"rate", [](auto&, sori::VoiceSettings& v, auto&) { v.rate = 176; }},
        {"pitch", [](auto&, sori::VoiceSettings& v, auto&) { v.pitch = 51; }},
        {"volume", [](auto&, sori::VoiceSettings& v, auto&) { v.volume = 99; }},
        {"word gap", [](auto&, sori::VoiceSettings& v, auto&) { v.word_gap = 1; }},
        {"engine version", [](sori::EngineIdentity& e, auto&, auto&) { e.version = "eSpeak NG 1.52"; }},
        {"engine data", [](sori::EngineIdentity& e, auto&, auto&) { e.data_hash[0] = '1'; }},
        {"sample rate", [](sori::EngineIdentity& e, auto&, auto&) { e.sample_rate = 16000; }},
    }));
    INFO(what);
    sori::EngineIdentity e = engine;
    sori::VoiceSettings v;
    std::string text = "안녕하세요.";
    change(e, v, text);
    CHECK(sori::segment_key(e, v, text) != sori::segment_key(engine, {}, "안녕하세요."));
}

TEST_CASE("Pauses, chapter names and the title change no sentence's key, only the render's", "[cache_key]") {
    const sori::Script a = script_of("a", "# 글 하나\n\n## 첫 장\n\n첫 문장입니다. 둘째 문장입니다.\n");
    const sori::Script b = script_of("b", "# 다른 제목\n\n## 다른 장\n\n첫 문장입니다. 둘째 문장입니다.\n");
    sori::RenderSettings slow;
    slow.pauses = {900, 1500, 3000, 100, 100};
    const auto keys_a = sori::segment_keys(a, engine, sori::RenderSettings{}.voice);
    const auto keys_b = sori::segment_keys(b, engine, slow.voice);
    REQUIRE(keys_a.size() == keys_b.size());
    CHECK(keys_a.back() == keys_b.back());
    CHECK(keys_a[keys_a.size() - 2] == keys_b[keys_b.size() - 2]);
    CHECK(keys_a.front() != keys_b.front());  // the spoken chapter headings differ
    CHECK(sori::render_key("a.md", a, keys_a, {}, engine) != sori::render_key("a.md", a, keys_a, slow, engine));
    CHECK(sori::render_key("a.md", a, keys_a, {}, engine) == sori::render_key("a.md", a, keys_a, {}, engine));
}

TEST_CASE("The engine's identity is stable and differs between voice variants", "[cache_key]") {
    sori::SpeechEngine& engine = sori::SpeechEngine::shared();
    const sori::EngineIdentity ko = engine.identity("ko");
    CHECK(ko.version == "eSpeak NG 1.51");
    CHECK(ko.sample_rate == 22050);
    CHECK(ko.data_hash.size() == 32);
    CHECK(engine.identity("ko").data_hash == ko.data_hash);
    CHECK(engine.identity("ko+f3").data_hash != ko.data_hash);
}
