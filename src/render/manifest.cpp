#include "render/manifest.h"

#include <cmath>

namespace sori {
namespace {

double seconds(std::uint64_t samples, int rate) { return std::round(samples_to_seconds(samples, rate) * 1e6) / 1e6; }

}  // namespace

nlohmann::json manifest(const ManifestInfo& info, const RenderSettings& settings, const Script& script, const Timeline& timeline) {
    using nlohmann::json;
    const int rate = timeline.sample_rate;
    json doc;
    doc["format"] = "sori-manifest";
    doc["version"] = 1;
    doc["generator"] = "sori " SORI_VERSION;
    doc["input"] = info.input;
    doc["audio"] = info.audio;
    doc["title"] = script.title;
    doc["sample_rate"] = rate;
    doc["total_samples"] = timeline.total_samples;
    doc["duration_seconds"] = seconds(timeline.total_samples, rate);
    doc["settings"] = {
        {"engine", info.engine},
        {"voice", settings.voice.voice},
        {"rate_wpm", settings.voice.rate},
        {"pitch", settings.voice.pitch},
        {"volume", settings.voice.volume},
        {"word_gap", settings.voice.word_gap},
        {"pauses_ms",
         {{"sentence", settings.pauses.sentence_ms},
          {"paragraph", settings.pauses.paragraph_ms},
          {"section", settings.pauses.section_ms},
          {"head", settings.pauses.head_ms},
          {"tail", settings.pauses.tail_ms}}},
    };
    json chapters = json::array();
    for (std::size_t c = 0; c < timeline.chapters.size(); ++c) {
        const ChapterMark& mark = timeline.chapters[c];
        chapters.push_back({{"index", c + 1},
                            {"title", mark.title},
                            {"start_sample", mark.start},
                            {"end_sample", mark.end},
                            {"start_seconds", seconds(mark.start, rate)},
                            {"end_seconds", seconds(mark.end, rate)}});
    }
    doc["chapters"] = std::move(chapters);
    json blocks = json::array();  // where the programme is cut for encoding and caching (audio/block_plan.h)
    for (const AudioBlock& block : timeline.blocks) blocks.push_back({{"start_sample", block.start}, {"end_sample", block.end}});
    doc["blocks"] = std::move(blocks);
    json sentences = json::array();
    for (std::size_t i = 0; i < script.items.size(); ++i) {
        const ScriptItem& item = script.items[i];
        const Placement& at = timeline.items[i];
        sentences.push_back({{"chapter", item.chapter + 1},
                             {"number", item.number},
                             {"heading", item.heading},
                             {"level", item.level},
                             {"kind", item.heading ? "heading" : to_string(item.kind)},
                             {"source", item.source},
                             {"spoken", item.spoken},
                             {"pronounced", item.pronounced},
                             {"cache_key", i < info.segment_keys.size() ? info.segment_keys[i] : ""},
                             {"start_sample", at.start},
                             {"end_sample", at.end},
                             {"start_seconds", seconds(at.start, rate)},
                             {"end_seconds", seconds(at.end, rate)}});
    }
    doc["sentences"] = std::move(sentences);
    json headings = json::array();  // every spoken heading, chapters and deeper ones
    for (std::size_t i = 0; i < script.items.size(); ++i) {
        const ScriptItem& item = script.items[i];
        if (!item.heading) continue;
        headings.push_back({{"title", item.source},
                            {"level", item.level},
                            {"chapter", item.chapter + 1},
                            {"start_sample", timeline.items[i].start},
                            {"start_seconds", seconds(timeline.items[i].start, rate)}});
    }
    doc["headings"] = std::move(headings);
    doc["render"] = stamp_json(info.stamp);
    doc["audio_files"] = info.audio_files;
    doc["output_sample_rate"] = info.output_sample_rate ? info.output_sample_rate : rate;
    if (!info.loudness.is_null()) doc["loudness"] = info.loudness;
    return doc;
}

}  // namespace sori
