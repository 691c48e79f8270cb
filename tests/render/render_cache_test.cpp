// Re-rendering: what the cache saves, that edits change only what they touch, and that the
// audio is the same bytes whatever the number of workers. WAV files are read back with the
// independent RIFF reader.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "cache/segment_cache.h"
#include "render/renderer.h"
#include "support/process_runner.h"
#include "support/riff_reader.h"
#include "support/test_text.h"

namespace fs = std::filesystem;

namespace {

const std::string article_text =
    "# 주간 소식\n\n"
    "이번 주에는 새 기능을 소개합니다. 소리는 글을 읽어 줍니다.\n\n"
    "## 첫째 소식\n\n"
    "첫째 소식의 첫 문장입니다. 둘째 문장은 조금 더 깁니다. 셋째 문장입니다.\n\n"
    "새 문단이 시작됩니다. 마지막 문장입니다.\n\n"
    "## 둘째 소식\n\n"
    "둘째 소식입니다. 정말 끝입니다.\n";

struct Fixture {
    fs::path dir;
    fs::path article;
    sori::RenderOptions options;

    explicit Fixture(const std::string& name, const std::string& text = article_text) {
        dir = fs::temp_directory_path() / ("sori-rerender-" + name);
        fs::remove_all(dir);
        fs::create_directories(dir);
        article = dir / "news.md";
        write(text);
        options.output_folder = dir / "out";
        options.workers = 2;
    }
    void write(const std::string& text) const { std::ofstream(article, std::ios::binary) << text; }
    sori::RenderSummary render() const { return sori::render_article(article, options); }
    riff::Wave wave() const { return riff::read((dir / "out" / "news.wav").string()); }
    std::string wav_bytes() const { return test::slurp(dir / "out" / "news.wav"); }
    nlohmann::json manifest() const {
        std::ifstream in(dir / "out" / "news.json");
        return nlohmann::json::parse(in);
    }
};

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
    return text;
}

std::size_t entries_in(const fs::path& cache) {
    std::size_t n = 0;
    for (const auto& e : fs::recursive_directory_iterator(cache)) n += e.path().extension() == ".seg";
    return n;
}

}  // namespace

TEST_CASE("An unchanged article is up to date, and changing only pauses synthesizes nothing", "[rerender]") {
    Fixture f("unchanged");
    const sori::RenderSummary first = f.render();
    CHECK(first.synthesized == first.sentence_count);
    CHECK(first.from_cache == 0);
    const std::string bytes = f.wav_bytes();
    const std::uint64_t frames = f.wave().frames;

    const sori::RenderSummary again = f.render();
    CHECK(again.up_to_date);
    CHECK(again.synthesized == 0);
    CHECK(f.wav_bytes() == bytes);

    f.options.settings.pauses.sentence_ms = 900;
    const sori::RenderSummary paused = f.render();
    CHECK_FALSE(paused.up_to_date);
    CHECK(paused.synthesized == 0);
    CHECK(paused.from_cache == first.sentence_count);
    CHECK(f.wave().frames > frames);

    // A changed output file is not up to date any more: it is rendered again, from the cache.
    std::ofstream(f.dir / "out" / "news.wav", std::ios::binary | std::ios::app) << "junk";
    const sori::RenderSummary repaired = f.render();
    CHECK_FALSE(repaired.up_to_date);
    CHECK(repaired.synthesized == 0);
}

TEST_CASE("Editing one sentence synthesizes it alone, and the audio before it is byte-identical, every sentence after it shifted",
          "[rerender]") {
    Fixture f("edit");
    f.render();
    const riff::Wave before = f.wave();
    const nlohmann::json old_manifest = f.manifest();

    f.write(replaced(article_text, "둘째 문장은 조금 더 깁니다.", "둘째 문장은 이제 훨씬 더 길어졌습니다."));
    const sori::RenderSummary edited = f.render();
    CHECK(edited.synthesized == 1);
    CHECK(edited.from_cache == edited.sentence_count - 1);
    const riff::Wave after = f.wave();
    const nlohmann::json new_manifest = f.manifest();

    const auto& old_s = old_manifest["sentences"];
    const auto& new_s = new_manifest["sentences"];
    std::size_t edit = 0;
    while (old_s[edit]["source"] == new_s[edit]["source"]) ++edit;
    REQUIRE(new_s[edit]["source"] == "둘째 문장은 이제 훨씬 더 길어졌습니다.");
    const std::size_t edit_start = old_s[edit]["start_sample"];
    CHECK(new_s[edit]["start_sample"] == edit_start);
    CHECK(std::equal(before.samples.begin(), before.samples.begin() + edit_start, after.samples.begin()));

    const std::size_t old_next = old_s[edit + 1]["start_sample"], new_next = new_s[edit + 1]["start_sample"];
    CHECK(new_next > old_next);
    // Each later sentence is the same audio, moved by the edit (and, past a block cut, by less
    // than one 20 ms frame more: the pause before a cut lands it on the grid).
    for (std::size_t i = edit + 1; i < old_s.size(); ++i) {
        const std::size_t old_start = old_s[i]["start_sample"], old_end = old_s[i]["end_sample"], new_start = new_s[i]["start_sample"];
        CHECK(std::equal(before.samples.begin() + old_start, before.samples.begin() + old_end, after.samples.begin() + new_start));
        CHECK(new_start - old_start >= new_next - old_next);
        CHECK(new_start - old_start < new_next - old_next + 441);
    }
    CHECK(after.samples.size() - before.samples.size() < new_next - old_next + 441);
    CHECK(after.cue_positions.at(2) == before.cue_positions.at(2));  // chapter 2 holds the edit
    const std::size_t chapter_3 = before.cue_positions.at(3);
    std::size_t first_of_3 = 0;
    while (old_s[first_of_3]["start_sample"].get<std::size_t>() != chapter_3) ++first_of_3;
    CHECK(after.cue_positions.at(3) == new_s[first_of_3]["start_sample"].get<std::size_t>());  // chapter 3 moved with its heading
}

TEST_CASE("Inserting, deleting and reordering sentences reuses every unchanged one", "[rerender]") {
    Fixture f("reorder");
    f.render();
    const auto [what, text] = GENERATE(table<const char*, std::string>({
        {"reorder", replaced(article_text, "둘째 소식입니다. 정말 끝입니다.", "정말 끝입니다. 둘째 소식입니다.")},
        {"delete", replaced(article_text, " 셋째 문장입니다.", "")},
        {"insert", replaced(article_text, "마지막 문장입니다.", "마지막 문장입니다. 덧붙인 문장입니다.")},
    }));
    INFO(what);
    f.write(text);
    const sori::RenderSummary r = f.render();
    CHECK(r.synthesized == (std::string(what) == "insert" ? 1u : 0u));
}

TEST_CASE("The audio is the same bytes for -j 1 and -j 4, cold and from the cache", "[rerender]") {
    Fixture one("j1"), four("j4");
    one.options.workers = 1;
    four.options.workers = 4;
    one.render();
    four.render();
    const std::string cold = one.wav_bytes();
    CHECK(four.wav_bytes() == cold);
    fs::remove(four.dir / "out" / "news" / "news.json");  // not up to date: assembled again from the cache
    CHECK(four.render().synthesized == 0);
    CHECK(four.wav_bytes() == cold);
    Fixture uncached("nocache");
    uncached.options.use_cache = false;
    CHECK(uncached.render().synthesized == uncached.render().sentence_count);  // never up to date, never cached
    CHECK(uncached.wav_bytes() == cold);
    CHECK_FALSE(fs::exists(uncached.dir / "out" / ".cache"));
}

TEST_CASE("A corrupt cache entry is reported, synthesized again and replaced, never spliced in", "[rerender]") {
    Fixture f("corrupt");
    f.render();
    const std::string good = f.wav_bytes();
    const nlohmann::json sentence = f.manifest()["sentences"][4];
    REQUIRE(sentence["source"] == "첫째 소식의 첫 문장입니다.");
    const std::string key = sentence["cache_key"];
    const fs::path entry = f.dir / "out" / ".cache" / key.substr(0, 2) / (key + ".seg");
    const auto [damage, problem] = GENERATE(table<const char*, const char*>({
        {"flip", "checksum mismatch"},
        {"truncate", "truncated"},
    }));
    INFO(damage);
    if (std::string(damage) == "flip") {
        std::fstream file(entry, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(64 + 2000);
        file.put('\x7f');
    } else {
        fs::resize_file(entry, fs::file_size(entry) / 2);
    }
    fs::remove(f.dir / "out" / "news" / "news.json");
    std::vector<std::string> notices;
    f.options.notice = [&](const std::string& text) { notices.push_back(text); };
    const sori::RenderSummary r = f.render();
    CHECK(r.synthesized == 1);
    REQUIRE(notices.size() == 1);
    CHECK_THAT(notices[0], Catch::Contains(problem) && Catch::Contains("chapter 2 \"첫째 소식\", sentence") &&
                               Catch::Contains("synthesizing it again"));
    CHECK(f.wav_bytes() == good);
    std::vector<std::int16_t> samples;
    CHECK(sori::SegmentCache(f.dir / "out" / ".cache").load(key, 22050, samples).state == sori::EntryCheck::State::valid);
}

TEST_CASE("A dry run lists the sentences that would be synthesized, says up to date after a render, and writes nothing", "[rerender]") {
    Fixture f("dry");
    f.options.dry_run = true;
    const sori::RenderSummary cold = f.render();
    CHECK(cold.synthesized == cold.sentence_count);
    CHECK_FALSE(fs::exists(f.dir / "out"));
    f.options.dry_run = false;
    f.render();
    f.options.dry_run = true;  // the key found as the script streams is the key the render stored
    std::size_t listed = 0;
    f.options.planned = [&listed](const sori::PlannedSentence&) { ++listed; };
    CHECK(f.render().up_to_date);
    CHECK(listed == 0);
    f.options.dry_run = false;
    f.write(replaced(article_text, "새 문단이 시작됩니다.", "새 문단이 여기서 시작됩니다."));
    const auto before = fs::last_write_time(f.dir / "out" / "news.wav");
    f.options.dry_run = true;
    std::vector<sori::PlannedSentence> planned;
    f.options.planned = [&planned](const sori::PlannedSentence& p) { planned.push_back(p); };
    const sori::RenderSummary plan = f.render();
    REQUIRE(planned.size() == 1);
    CHECK(plan.synthesized == 1);
    CHECK(planned[0].where == "chapter 2 \"첫째 소식\", sentence 5");
    CHECK(planned[0].text == "새 문단이 여기서 시작됩니다.");
    CHECK(fs::last_write_time(f.dir / "out" / "news.wav") == before);
    CHECK(entries_in(f.dir / "out" / ".cache") == plan.sentence_count);  // none added
}

TEST_CASE("A sentence that crashes eSpeak NG fails the render by chapter, number and text, and the rest is cached",
          "[rerender]") {
    Fixture f("crash");
    sori::Lexicon lexicon;  // a lexicon entry reaches eSpeak as written: here, a text that crashes it
    lexicon.add("SMASH", test::stack_smashing_text);
    f.options.normalize.lexicon = &lexicon;
    f.render();
    const std::string before = f.wav_bytes();
    f.write(replaced(article_text, "마지막 문장입니다.", "마지막 문장입니다. SMASH 끝.") +
            "\n새로 덧붙인 문장입니다.\n");
    try {
        f.render();
        FAIL("the crash was not reported");
    } catch (const sori::Error& e) {
        CHECK(e.code() == sori::ExitCode::synthesis);
        CHECK_THAT(e.what(), Catch::Contains("chapter 2 \"첫째 소식\", sentence 7: eSpeak NG crashed") &&
                                 Catch::Contains(test::stack_smashing_text));
    }
    CHECK(f.wav_bytes() == before);
    f.write(article_text + "\n새로 덧붙인 문장입니다.\n");
    CHECK(f.render().synthesized == 0);  // the sentence after the crash was synthesized and kept
}

TEST_CASE("Progress counts sentences, audio and time, and ends at the total", "[rerender]") {
    Fixture f("progress");
    std::vector<sori::RenderProgress> seen;
    f.options.progress = [&](const sori::RenderProgress& p) { seen.push_back(p); };
    const sori::RenderSummary r = f.render();
    REQUIRE_FALSE(seen.empty());
    CHECK(seen.front().done == 0);
    CHECK(seen.back().done == seen.back().total);
    CHECK(seen.back().total <= r.sentence_count);
    CHECK(seen.back().audio_seconds > 5);
    CHECK(seen.back().remaining_seconds == Approx(0).margin(1e-9));
    CHECK(std::is_sorted(seen.begin(), seen.end(), [](const auto& a, const auto& b) { return a.done < b.done; }));
}
