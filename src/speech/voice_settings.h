#pragma once
// Voice, speed, pitch and pause settings: defaults, validation, speed parsing and presets
// (`voices/NAME.ini`). Command line over preset over defaults.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sori {

struct VoiceSettings {
    std::string voice = "ko";  // eSpeak voice, optionally with a variant: ko, ko+f3
    int rate = 175;            // words per minute, 80–450 (eSpeak's own range)
    int pitch = 50;            // base pitch, 0–99
    int volume = 100;          // amplitude in percent, 10–150 (eSpeak clips above about 150)
    int word_gap = 0;          // extra pause between words, in units of 10 ms at normal speed, 0–50
};

struct PauseSettings {
    int sentence_ms = 400;   // silence between sentences of a paragraph
    int paragraph_ms = 800;  // between paragraphs, and after a chapter's spoken heading
    int section_ms = 1600;   // before each chapter after the first
    int head_ms = 300;       // at the start of the file
    int tail_ms = 700;       // at the end of the file
};

struct RenderSettings {
    VoiceSettings voice;
    PauseSettings pauses;
};

// Values the user may set on the command line or in a preset; unset ones keep what is below.
struct SettingsOverrides {
    std::optional<std::string> voice;
    std::optional<std::string> speed;  // "1.25x" or words per minute "220"
    std::optional<int> pitch;
    std::optional<int> volume;
    std::optional<int> word_gap;
    std::optional<int> sentence_pause_ms;
    std::optional<int> paragraph_pause_ms;
    std::optional<int> section_pause_ms;
};

struct Preset {
    std::string name;         // file stem: slow for voices/slow.ini
    std::string description;  // from the `description` key
    std::filesystem::path path;
    std::string origin;       // where it was found: checkout, user, shipped, or file (a path given)
    SettingsOverrides values;
};

inline constexpr int normal_rate = 175;  // eSpeak's default words per minute, speed 1x

// "1.25x" → 219 wpm, "220" or "220wpm" → 220. Throws Error(usage) with the accepted range.
int parse_speed(const std::string& text);

// Applies `overrides` on top of `settings`, validating every value; `origin` names where the
// values came from in messages (the preset file, or "the command line").
void apply_overrides(RenderSettings& settings, const SettingsOverrides& overrides, const std::string& origin);

// Checks ranges; throws Error(usage) naming the setting, its range and `origin`.
void validate(const RenderSettings& settings, const std::string& origin);

// Reads NAME.ini from the first voices folder that has it (base/data_folders.h), or the file at a
// path (one ending in .ini or holding a slash). Throws Error(usage) naming file:line.
Preset load_preset(const std::string& name_or_path);

// Every preset of every voices folder, by name; where two folders have the same name, the one
// searched first wins.
std::vector<Preset> list_presets();

}  // namespace sori
