#include "speech/voice_settings.h"

#include <algorithm>
#include <cmath>
#include <fstream>

#include "base/data_folders.h"
#include "base/error.h"
#include "base/utf8.h"

namespace sori {
namespace {

[[noreturn]] void usage(const std::string& message) { throw Error(ExitCode::usage, message); }

void check_range(const std::string& name, int value, int low, int high, const std::string& origin, const std::string& unit = "") {
    if (value < low || value > high)
        usage(origin + ": " + name + " " + std::to_string(value) + unit + " is out of range; use " + std::to_string(low) +
              "–" + std::to_string(high) + unit);
}

int parse_int(const std::string& key, const std::string& text, const std::string& where) {
    std::size_t used = 0;
    try {
        const int value = std::stoi(text, &used);
        if (used == text.size()) return value;
    } catch (const std::exception&) {
    }
    usage(where + ": " + key + " must be a whole number, not '" + text + "'");
}

}  // namespace

int parse_speed(const std::string& raw) {
    std::string text = utf8::trim(raw);
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    const std::string hint = "; give a multiplier from 0.46x to 2.57x (1x = 175 words per minute) or words per minute from 80 to 450";
    bool multiplier = false;
    if (!text.empty() && text.back() == 'x') { multiplier = true; text.pop_back(); }
    else if (text.size() > 3 && text.compare(text.size() - 3, 3, "wpm") == 0) text.resize(text.size() - 3);
    double value = 0;
    std::size_t used = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (text.empty() || used != text.size() || !std::isfinite(value) || value <= 0) usage("speed '" + raw + "' is not a speed" + hint);
    if (!multiplier && value < 10) multiplier = true;  // "1.5" can only mean 1.5x
    const int rate = static_cast<int>(std::lround(multiplier ? value * normal_rate : value));
    if (rate < 80 || rate > 450) usage("speed '" + raw + "' is " + std::to_string(rate) + " words per minute, out of range" + hint);
    return rate;
}

void validate(const RenderSettings& s, const std::string& origin) {
    check_range("rate", s.voice.rate, 80, 450, origin, " wpm");
    check_range("pitch", s.voice.pitch, 0, 99, origin);
    check_range("volume", s.voice.volume, 10, 150, origin);
    check_range("word gap", s.voice.word_gap, 0, 50, origin);
    check_range("sentence pause", s.pauses.sentence_ms, 0, 10000, origin, " ms");
    check_range("paragraph pause", s.pauses.paragraph_ms, 0, 10000, origin, " ms");
    check_range("section pause", s.pauses.section_ms, 0, 20000, origin, " ms");
    if (s.voice.voice.empty()) usage(origin + ": the voice name is empty; try `sori voices` for the list");
}

void apply_overrides(RenderSettings& settings, const SettingsOverrides& o, const std::string& origin) {
    if (o.voice) settings.voice.voice = *o.voice;
    if (o.speed) {
        try {
            settings.voice.rate = parse_speed(*o.speed);
        } catch (const Error& e) {
            usage(origin + ": " + e.what());
        }
    }
    if (o.pitch) settings.voice.pitch = *o.pitch;
    if (o.volume) settings.voice.volume = *o.volume;
    if (o.word_gap) settings.voice.word_gap = *o.word_gap;
    if (o.sentence_pause_ms) settings.pauses.sentence_ms = *o.sentence_pause_ms;
    if (o.paragraph_pause_ms) settings.pauses.paragraph_ms = *o.paragraph_pause_ms;
    if (o.section_pause_ms) settings.pauses.section_ms = *o.section_pause_ms;
    validate(settings, origin);
}

Preset load_preset(const std::string& name_or_path) {
    std::filesystem::path path = name_or_path;
    std::string origin = "file";
    if (path.extension() != ".ini" && name_or_path.find('/') == std::string::npos) {
        const std::optional<std::filesystem::path> found = find_voices_file(name_or_path + ".ini");
        path = found.value_or(name_or_path + ".ini");
        for (const VoicesFolder& folder : voices_folders())
            if (found && folder.path == found->parent_path()) origin = folder.origin;
    }
    std::ifstream in(path);
    if (!in) {
        std::string known;
        for (const Preset& p : list_presets()) known += (known.empty() ? "" : ", ") + p.name;
        std::string searched;
        for (const VoicesFolder& folder : voices_folders()) searched += (searched.empty() ? "" : ", ") + folder.path.string();
        usage("no preset '" + name_or_path + "' (looked in " + (searched.empty() ? "no voices folder" : searched) +
              "); presets: " + known + "; or give the path of an .ini file");
    }
    Preset preset;
    preset.name = path.stem().string();
    preset.path = path;
    preset.origin = origin;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string where = path.string() + ":" + std::to_string(number);
        const std::string trimmed = utf8::trim(line);
        if (trimmed.empty() || trimmed[0] == '#' || trimmed[0] == ';' || trimmed[0] == '[') continue;
        const std::size_t eq = trimmed.find('=');
        if (eq == std::string::npos) usage(where + ": expected `key = value`, got '" + trimmed + "'");
        const std::string key = utf8::trim(trimmed.substr(0, eq));
        const std::string value = utf8::trim(trimmed.substr(eq + 1));
        SettingsOverrides& v = preset.values;
        if (key == "description") preset.description = value;
        else if (key == "voice") v.voice = value;
        else if (key == "speed") v.speed = value;
        else if (key == "pitch") v.pitch = parse_int(key, value, where);
        else if (key == "volume") v.volume = parse_int(key, value, where);
        else if (key == "word-gap") v.word_gap = parse_int(key, value, where);
        else if (key == "sentence-pause") v.sentence_pause_ms = parse_int(key, value, where);
        else if (key == "paragraph-pause") v.paragraph_pause_ms = parse_int(key, value, where);
        else if (key == "section-pause") v.section_pause_ms = parse_int(key, value, where);
        else
            usage(where + ": unknown key '" + key +
                  "'; keys are description, voice, speed, pitch, volume, word-gap, sentence-pause, paragraph-pause, section-pause");
    }
    RenderSettings check;
    apply_overrides(check, preset.values, path.string());  // a preset with bad values fails when loaded
    return preset;
}

std::vector<Preset> list_presets() {
    std::vector<Preset> presets;
    for (const VoicesFolder& folder : voices_folders()) {
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(folder.path, ec)) {
            if (entry.path().extension() != ".ini") continue;
            const std::string name = entry.path().stem().string();
            if (std::any_of(presets.begin(), presets.end(), [&](const Preset& p) { return p.name == name; })) continue;
            try {
                presets.push_back(load_preset(entry.path().string()));
                presets.back().origin = folder.origin;
            } catch (const Error&) {
                // A broken preset is reported when it is used, not when others are listed.
            }
        }
    }
    std::sort(presets.begin(), presets.end(), [](const Preset& a, const Preset& b) { return a.name < b.name; });
    return presets;
}

}  // namespace sori
