#pragma once
// Up to date means no work: the manifest (NAME.json) records a key of everything that went into
// the render's outputs, and each output's size and modification time. A render whose key matches
// and whose outputs are still as recorded has nothing to do (as ninja decides with its log).
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/content_hash.h"
#include "cache/cache_key.h"
#include "speech/script.h"
#include "speech/voice_settings.h"

namespace sori {

struct OutputStamp {
    std::string name;          // file name, in the manifest's folder
    std::uint64_t bytes = 0;
    long long mtime_ns = 0;    // last modification, nanoseconds since the file clock's epoch
};

struct RenderStamp {
    std::string key;                   // render_key of what produced the outputs
    std::vector<OutputStamp> outputs;  // the audio and sidecars, not the manifest itself
};

// A hash of the input's name, the script (every item's text, place and cache key), the settings
// and the engine: equal keys mean byte-identical outputs. Fed as the script is made: the title
// first, then each chapter as it opens and the items after it.
class RenderKeyHasher {
public:
    RenderKeyHasher(const std::string& input, const std::string& title, const RenderSettings& settings, const EngineIdentity& engine,
                    const std::string& outputs);
    void add_chapter(const std::string& title);
    void add_item(const ScriptItem& item, const std::string& segment_key);
    void add_shown(std::size_t chapter, ParagraphKind kind, const std::string& text);  // a block shown, not spoken
    std::string finish() const;  // 32 hex digits

private:
    ContentHasher hash_;
};

// The same over a whole script (chapters interleaved with the items as stream_script makes them).
std::string render_key(const std::string& input, const Script& script, const std::vector<std::string>& segment_keys,
                       const RenderSettings& settings, const EngineIdentity& engine, const std::string& outputs = "");

// The size and time of `file` as it is now (bytes 0 when it is missing).
OutputStamp stamp_of(const std::filesystem::path& file);

nlohmann::json stamp_json(const RenderStamp& stamp);

// True when the manifest at `manifest_path` records `key` and every output it lists is still
// there with its recorded size and time. A missing or unreadable manifest is simply not up to date.
bool is_up_to_date(const std::filesystem::path& manifest_path, const std::string& key);

}  // namespace sori
