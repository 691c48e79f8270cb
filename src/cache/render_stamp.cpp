#include "cache/render_stamp.h"

#include <optional>

#include <fstream>

#include "base/content_hash.h"

namespace sori {

RenderKeyHasher::RenderKeyHasher(const std::string& input, const std::string& title, const RenderSettings& settings,
                                 const EngineIdentity& engine, const std::string& outputs) {
    hash_.add_field("sori", SORI_VERSION);
    hash_.add_field("outputs", outputs);
    hash_.add_field("input", input);
    hash_.add_field("engine", engine.version);
    hash_.add_field("engine-data", engine.data_hash);
    hash_.add_field("sample-rate", engine.sample_rate);
    const VoiceSettings& v = settings.voice;
    hash_.add_field("voice", v.voice + " " + std::to_string(v.rate) + " " + std::to_string(v.pitch) + " " +
                                 std::to_string(v.volume) + " " + std::to_string(v.word_gap));
    const PauseSettings& p = settings.pauses;
    hash_.add_field("pauses", std::to_string(p.sentence_ms) + " " + std::to_string(p.paragraph_ms) + " " +
                                  std::to_string(p.section_ms) + " " + std::to_string(p.head_ms) + " " + std::to_string(p.tail_ms));
    hash_.add_field("title", title);
}

void RenderKeyHasher::add_chapter(const std::string& title) { hash_.add_field("chapter", title); }

void RenderKeyHasher::add_item(const ScriptItem& item, const std::string& segment_key) {
    hash_.add_field("item", std::to_string(item.chapter) + " " + std::to_string(item.number) + " " + std::to_string(item.heading) +
                                " " + std::to_string(static_cast<int>(item.gap)) + " " + std::to_string(static_cast<int>(item.kind)) + " " +
                                std::to_string(item.opens_unit) + " " + std::to_string(item.level));
    hash_.add_field("source", item.source);
    hash_.add_field("spoken", item.spoken);
    hash_.add_field("pronounced", item.pronounced);
    hash_.add_field("key", segment_key);
}

void RenderKeyHasher::add_shown(std::size_t chapter, ParagraphKind kind, const std::string& text) {
    hash_.add_field("shown", std::to_string(chapter) + " " + std::to_string(static_cast<int>(kind)));
    hash_.add_field("text", text);
}

std::string RenderKeyHasher::finish() const { return hash_.hex128(); }

std::string render_key(const std::string& input, const Script& script, const std::vector<std::string>& segment_keys,
                       const RenderSettings& settings, const EngineIdentity& engine, const std::string& outputs) {
    // The items in the order stream_script makes them, each with its segment key.
    class Feed : public ScriptSink {
    public:
        Feed(const std::string& input, const RenderSettings& settings, const EngineIdentity& engine, const std::string& outputs,
             const std::vector<std::string>& keys)
            : input_(input), settings_(settings), engine_(engine), outputs_(outputs), keys_(keys) {}
        void title(const std::string& title) override { hash_.emplace(input_, title, settings_, engine_, outputs_); }
        void chapter(std::size_t, const std::string& title, int) override { hash_->add_chapter(title); }
        void item(ScriptItem&& item) override {
            hash_->add_item(item, next_ < keys_.size() ? keys_[next_] : "");
            ++next_;
        }
        void shown(std::size_t chapter, ParagraphKind kind, std::string&& text) override { hash_->add_shown(chapter, kind, text); }
        std::string finish() const { return hash_->finish(); }

    private:
        const std::string& input_;
        const RenderSettings& settings_;
        const EngineIdentity& engine_;
        const std::string& outputs_;
        const std::vector<std::string>& keys_;
        std::optional<RenderKeyHasher> hash_;
        std::size_t next_ = 0;
    };
    Feed feed(input, settings, engine, outputs, segment_keys);
    replay_script(script, feed);
    return feed.finish();
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
