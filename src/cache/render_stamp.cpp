#include "cache/render_stamp.h"

#include <fstream>

#include "base/content_hash.h"

namespace sori {

std::string render_key(const std::string& input, const Script& script, const std::vector<std::string>& segment_keys,
                       const RenderSettings& settings, const EngineIdentity& engine, const std::string& outputs) {
    ContentHasher hash;
    hash.add_field("sori", SORI_VERSION);
    hash.add_field("outputs", outputs);
    hash.add_field("input", input);
    hash.add_field("engine", engine.version);
    hash.add_field("engine-data", engine.data_hash);
    hash.add_field("sample-rate", engine.sample_rate);
    const VoiceSettings& v = settings.voice;
    hash.add_field("voice", v.voice + " " + std::to_string(v.rate) + " " + std::to_string(v.pitch) + " " +
                                std::to_string(v.volume) + " " + std::to_string(v.word_gap));
    const PauseSettings& p = settings.pauses;
    hash.add_field("pauses", std::to_string(p.sentence_ms) + " " + std::to_string(p.paragraph_ms) + " " +
                                 std::to_string(p.section_ms) + " " + std::to_string(p.head_ms) + " " + std::to_string(p.tail_ms));
    hash.add_field("title", script.title);
    for (const std::string& chapter : script.chapters) hash.add_field("chapter", chapter);
    for (std::size_t i = 0; i < script.items.size(); ++i) {
        const ScriptItem& item = script.items[i];
        hash.add_field("item", std::to_string(item.chapter) + " " + std::to_string(item.number) + " " +
                                   std::to_string(item.heading) + " " + std::to_string(static_cast<int>(item.gap)));
        hash.add_field("source", item.source);
        hash.add_field("spoken", item.spoken);
        hash.add_field("pronounced", item.pronounced);
        hash.add_field("key", i < segment_keys.size() ? segment_keys[i] : "");
    }
    return hash.hex128();
}

OutputStamp stamp_of(const std::filesystem::path& file) {
    OutputStamp stamp;
    stamp.name = file.filename().string();
    std::error_code ec;
    stamp.bytes = std::filesystem::file_size(file, ec);
    if (ec) return {stamp.name, 0, 0};
    stamp.mtime_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                         std::filesystem::last_write_time(file, ec).time_since_epoch())
                         .count();
    return stamp;
}

nlohmann::json stamp_json(const RenderStamp& stamp) {
    nlohmann::json outputs = nlohmann::json::array();
    for (const OutputStamp& out : stamp.outputs)
        outputs.push_back({{"file", out.name}, {"bytes", out.bytes}, {"mtime_ns", out.mtime_ns}});
    return {{"key", stamp.key}, {"outputs", std::move(outputs)}};
}

bool is_up_to_date(const std::filesystem::path& manifest_path, const std::string& key) {
    std::ifstream in(manifest_path, std::ios::binary);
    if (!in) return false;
    const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("render")) return false;
    const nlohmann::json& render = doc["render"];
    if (!render.is_object() || render.value("key", "") != key || !render.contains("outputs") || !render["outputs"].is_array() ||
        render["outputs"].empty())
        return false;
    for (const nlohmann::json& out : render["outputs"]) {
        if (!out.is_object() || !out.contains("file") || !out["file"].is_string()) return false;
        const OutputStamp now = stamp_of(manifest_path.parent_path() / out["file"].get<std::string>());
        if (now.bytes == 0 || out.value("bytes", std::uint64_t{0}) != now.bytes || out.value("mtime_ns", 0LL) != now.mtime_ns)
            return false;
    }
    return true;
}

}  // namespace sori
