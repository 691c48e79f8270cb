#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "audio/timeline.h"
#include "render/renderer.h"
#include "speech/long_sentence.h"
#include "speech/speech_engine.h"
#include "speech/speech_text.h"

namespace {

// One clause of 724 bytes with no punctuation: eSpeak NG 1.51 drops its tail.
std::string long_clause() {
    std::string text;
    for (int i = 0; i < 8; ++i) text += "우리는 오늘 아침 일찍 일어나서 가까운 공원으로 산책을 나갔고 ";
    return text + "집으로 돌아왔습니다.";
}

}  // namespace

TEST_CASE("eSpeak NG 1.51 drops the tail of a long clause, and the duration check catches it", "[long_sentence]") {
    sori::SpeechEngine& engine = sori::SpeechEngine::shared();
    engine.configure({});
    const std::string clause = long_clause();
    REQUIRE(clause.size() > 700);
    std::vector<std::int16_t> whole = engine.synthesize(clause);
    const double seconds = static_cast<double>(whole.size()) / engine.sample_rate();
    INFO(seconds << " s for " << clause.size() << " bytes");
    CHECK(seconds < sori::shortest_plausible_seconds(clause, 175));  // truncated, and detected
    // Its first third alone is not truncated: the check passes it.
    const std::string part = clause.substr(0, clause.find("산책을", 200));
    std::vector<std::int16_t> short_audio = engine.synthesize(part);
    CHECK(static_cast<double>(short_audio.size()) / engine.sample_rate() > sori::shortest_plausible_seconds(part, 175));
}

TEST_CASE("A long sentence is cut at commas, then connective endings, into pieces eSpeak reads whole", "[long_sentence]") {
    const auto pieces = sori::split_long_sentence(long_clause(), {});
    REQUIRE(pieces.size() >= 3);
    std::string joined;
    for (const auto& piece : pieces) {
        CHECK(sori::speech_text(piece.source).size() <= sori::max_speech_bytes);
        CHECK(piece.spoken == sori::speech_text(piece.source));
        CHECK_THAT(piece.source, Catch::EndsWith("고") || Catch::EndsWith("다."));
        joined += (joined.empty() ? "" : " ") + piece.source;
    }
    CHECK(joined + " " == long_clause() + " ");
    CHECK(sori::split_long_sentence("짧은 문장입니다.", {}).size() == 1);
}

TEST_CASE("A rendered long clause keeps every syllable's time: no piece comes out truncated", "[long_sentence]") {
    const auto dir = std::filesystem::temp_directory_path() / "sori-long-clause";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "long.md", std::ios::binary) << "# 긴 문장\n\n" << long_clause() << "\n";
    sori::RenderOptions options;
    options.output_folder = dir / "out";
    options.workers = 2;
    sori::render_article(dir / "long.md", options);  // would fail naming the sentence if a piece were cut short
    std::ifstream in(dir / "out" / "long.json");
    const auto manifest = nlohmann::json::parse(in);
    double speech = 0;
    for (const auto& s : manifest["sentences"])
        if (!s["heading"].get<bool>()) speech += s["end_seconds"].get<double>() - s["start_seconds"].get<double>();
    CHECK(manifest["sentences"].size() >= 4);
    CHECK(speech > sori::shortest_plausible_seconds(long_clause(), 175) * 1.3);
}

TEST_CASE("A very long clause, or a token with no space at all, is cut into pieces eSpeak can read, losing nothing", "[long_sentence]") {
    // The clause and the numbers are cut front to back by their spoken-to-written ratio (prose
    // about 1, numbers about 4): each piece must still fit.
    const auto [what, text] = GENERATE(table<std::string, std::string>({
        {"clause", [] { std::string s; for (int i = 0; i < 3000; ++i) s += "아주 긴 문장이 끝없이 이어지고 "; return s + "끝난다."; }()},
        {"numbers", [] { std::string s; for (int i = 0; i < 5000; ++i) s += std::to_string(i * 7919) + " "; return s; }()},
        {"no space", std::string(40000, 'x')},
    }));
    INFO(what);
    const std::vector<sori::SpokenPiece> pieces = sori::split_long_sentence(text, {});
    CHECK(pieces.size() > 10);
    std::string joined;
    std::size_t over_limit = 0;
    for (const sori::SpokenPiece& piece : pieces) {
        CHECK(piece.source.size() <= 16 * sori::max_speech_bytes);
        over_limit += piece.spoken.size() > sori::max_speech_bytes;
        joined += piece.source;
    }
    // Every piece that has a space to cut at fits eSpeak's limit, and its reading is its own.
    if (what != "no space") CHECK(over_limit == 0);
    for (std::size_t i = 0; i < pieces.size(); i += 37) CHECK(pieces[i].spoken == sori::speech_text(pieces[i].source));
    auto without_spaces = [](std::string s) {
        s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
        return s;
    };
    CHECK(without_spaces(joined) == without_spaces(text));
}
