#include <catch2/catch.hpp>

#include "base/error.h"
#include "speech/voice_settings.h"

namespace {

std::string preset_path(const std::string& name) { return std::string(SORI_TEST_DATA) + "/presets/" + name + ".ini"; }

}  // namespace

TEST_CASE("Speed is a multiplier or words per minute", "[settings]") {
    auto [text, rate] = GENERATE(table<std::string, int>({
        {"1x", 175}, {"1.25x", 219}, {"0.5x", 88}, {"2X", 350}, {"220", 220}, {"220wpm", 220}, {"1.5", 263}, {" 300 ", 300},
    }));
    CHECK(sori::parse_speed(text) == rate);
}

TEST_CASE("Speeds outside eSpeak's range or not numbers are refused with the range", "[settings]") {
    auto text = GENERATE(std::string("0.3x"), std::string("3x"), std::string("60"), std::string("500"), std::string("fast"),
                         std::string(""), std::string("-1x"), std::string("nanx"));
    try {
        sori::parse_speed(text);
        FAIL("accepted " << text);
    } catch (const sori::Error& e) {
        CHECK(e.code() == sori::ExitCode::usage);
        CHECK_THAT(e.what(), Catch::Contains("80 to 450"));
    }
}

TEST_CASE("Out-of-range pitch, volume, word gap and pauses are refused", "[settings]") {
    sori::SettingsOverrides o;
    SECTION("pitch") { o.pitch = 100; }
    SECTION("negative volume") { o.volume = -5; }
    SECTION("clipping volume") { o.volume = 200; }
    SECTION("word gap") { o.word_gap = 51; }
    SECTION("pause") { o.sentence_pause_ms = -1; }
    sori::RenderSettings settings;
    CHECK_THROWS_AS(sori::apply_overrides(settings, o, "the command line"), sori::Error);
}

TEST_CASE("The command line wins over a preset, which wins over the defaults", "[settings]") {
    const sori::Preset preset = sori::load_preset(preset_path("learner"));
    CHECK(preset.description == "Test learner preset");
    sori::RenderSettings settings;
    sori::apply_overrides(settings, preset.values, preset.path.string());
    sori::SettingsOverrides command_line;
    command_line.pitch = 70;
    sori::apply_overrides(settings, command_line, "the command line");
    CHECK(settings.voice.voice == "ko+f2");     // preset
    CHECK(settings.voice.rate == 140);          // preset 0.8x
    CHECK(settings.voice.pitch == 70);          // command line
    CHECK(settings.pauses.sentence_ms == 1000); // preset
    CHECK(settings.pauses.paragraph_ms == 800); // default
}

TEST_CASE("A broken preset names its file and line", "[settings]") {
    CHECK_THROWS_WITH(sori::load_preset(preset_path("broken")), Catch::Contains("broken.ini:3") && Catch::Contains("whole number"));
    CHECK_THROWS_WITH(sori::load_preset(preset_path("unknown-key")), Catch::Contains("unknown-key.ini:2") && Catch::Contains("tempo"));
    CHECK_THROWS_WITH(sori::load_preset("no-such-preset"), Catch::Contains("no preset 'no-such-preset'") && Catch::Contains("slow"));
}

TEST_CASE("The shipped presets load and cover default, slow, fast and a female voice", "[settings]") {
    std::vector<std::string> names;
    for (const auto& p : sori::list_presets()) names.push_back(p.name);
    for (const char* wanted : {"default", "slow", "fast", "female"}) CHECK(std::find(names.begin(), names.end(), wanted) != names.end());
    sori::RenderSettings slow, fast;
    sori::apply_overrides(slow, sori::load_preset("slow").values, "slow");
    sori::apply_overrides(fast, sori::load_preset("fast").values, "fast");
    CHECK(slow.voice.rate < sori::normal_rate);
    CHECK(fast.voice.rate > sori::normal_rate);
    CHECK(slow.pauses.sentence_ms > fast.pauses.sentence_ms);
}
