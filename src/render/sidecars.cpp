#include "render/sidecars.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "base/error.h"

namespace sori {
namespace {

std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        std::string name = list.substr(start, comma - start);
        if (!name.empty()) names.push_back(name);
        start = comma + 1;
    }
    return names;
}

// WebVTT cue text: &, < and > as entities (which also keeps "-->" out of it); one line.
std::string vtt_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

// SRT has no escapes: keep each cue on one line and its arrow unambiguous.
std::string srt_text(const std::string& text) {
    std::string out;
    for (char c : text) out += (c == '\n' || c == '\r') ? ' ' : c;
    for (std::size_t at = out.find("-->"); at != std::string::npos; at = out.find("-->", at)) out.replace(at, 3, "->");
    return out;
}

// CUE strings are double-quoted with no escape: a double quote becomes a single one.
std::string cue_text(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '"' ? '\'' : ((c == '\n' || c == '\r') ? ' ' : c);
    return out;
}

double seconds_of(std::uint64_t sample, int rate) { return static_cast<double>(sample) / rate; }

}  // namespace

std::vector<ChapterFormat> parse_chapter_formats(const std::string& list) {
    std::vector<ChapterFormat> formats;
    for (const std::string& name : split_list(list)) {
        if (name == "ffmeta") formats.push_back(ChapterFormat::ffmeta);
        else if (name == "cue") formats.push_back(ChapterFormat::cue);
        else if (name == "vtt") formats.push_back(ChapterFormat::vtt);
        else if (name == "json") formats.push_back(ChapterFormat::json);
        else if (name == "audacity") formats.push_back(ChapterFormat::audacity);
        else if (name == "none") continue;
        else throw Error(ExitCode::usage, "chapter format '" + name + "' is unknown; use ffmeta, cue, vtt, json, audacity or none");
    }
    return formats;
}

std::vector<SubtitleFormat> parse_subtitle_formats(const std::string& list) {
    std::vector<SubtitleFormat> formats;
    for (const std::string& name : split_list(list)) {
        if (name == "srt") formats.push_back(SubtitleFormat::srt);
        else if (name == "vtt") formats.push_back(SubtitleFormat::vtt);
        else if (name == "none") continue;
        else throw Error(ExitCode::usage, "subtitle format '" + name + "' is unknown; use srt, vtt or none");
    }
    return formats;
}

std::string file_suffix(ChapterFormat format) {
    switch (format) {
        case ChapterFormat::ffmeta: return ".ffmeta";
        case ChapterFormat::cue: return ".cue";
        case ChapterFormat::vtt: return ".chapters.vtt";
        case ChapterFormat::json: return ".chapters.json";
        case ChapterFormat::audacity: return ".labels.txt";
    }
    return "";
}

std::string file_suffix(SubtitleFormat format) { return format == SubtitleFormat::srt ? ".srt" : ".vtt"; }

std::string subtitle_time(std::uint64_t sample, int sample_rate, char decimal_mark) {
    const std::uint64_t ms = samples_to_ms(sample, sample_rate);
    char text[32];
    std::snprintf(text, sizeof text, "%02llu:%02llu:%02llu%c%03llu", static_cast<unsigned long long>(ms / 3600000),
                  static_cast<unsigned long long>(ms / 60000 % 60), static_cast<unsigned long long>(ms / 1000 % 60), decimal_mark,
                  static_cast<unsigned long long>(ms % 1000));
    return text;
}

std::string cue_sheet(const std::string& title, const std::string& audio_file, const std::string& file_type, const Timeline& timeline) {
    std::string out = "REM COMMENT \"sori " SORI_VERSION "\"\nTITLE \"" + cue_text(title) + "\"\nFILE \"" + cue_text(audio_file) +
                      "\" " + file_type + "\n";
    for (std::size_t c = 0; c < timeline.chapters.size(); ++c) {
        const std::uint64_t frames =
            (timeline.chapters[c].start * 75 + static_cast<std::uint64_t>(timeline.sample_rate) / 2) / static_cast<std::uint64_t>(timeline.sample_rate);
        char line[96];
        std::snprintf(line, sizeof line, "  TRACK %02zu AUDIO\n", c + 1);
        out += line;
        out += "    TITLE \"" + cue_text(timeline.chapters[c].title) + "\"\n";
        std::snprintf(line, sizeof line, "    INDEX 01 %02llu:%02llu:%02llu\n", static_cast<unsigned long long>(frames / 75 / 60),
                      static_cast<unsigned long long>(frames / 75 % 60), static_cast<unsigned long long>(frames % 75));
        out += line;
    }
    return out;
}

std::string webvtt_chapters(const Timeline& timeline) {
    std::string out = "WEBVTT\n";
    for (std::size_t c = 0; c < timeline.chapters.size(); ++c) {
        const ChapterMark& mark = timeline.chapters[c];
        out += "\n" + std::to_string(c + 1) + "\n" + subtitle_time(mark.start, timeline.sample_rate, '.') + " --> " +
               subtitle_time(mark.end, timeline.sample_rate, '.') + "\n" + vtt_escape(mark.title) + "\n";
    }
    return out;
}

std::string podcast_chapters_json(const std::string& title, const Timeline& timeline) {
    nlohmann::json chapters = nlohmann::json::array();
    for (const ChapterMark& mark : timeline.chapters)
        chapters.push_back({{"startTime", seconds_of(mark.start, timeline.sample_rate)},
                            {"endTime", seconds_of(mark.end, timeline.sample_rate)},
                            {"title", mark.title}});
    return nlohmann::json{{"version", "1.2.0"}, {"title", title}, {"chapters", chapters}}.dump(2) + "\n";
}

std::string audacity_labels(const Timeline& timeline) {
    std::string out;
    for (const ChapterMark& mark : timeline.chapters) {
        std::string label = mark.title;
        for (char& c : label)
            if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        char times[64];
        std::snprintf(times, sizeof times, "%.6f\t%.6f\t", seconds_of(mark.start, timeline.sample_rate),
                      seconds_of(mark.end, timeline.sample_rate));
        out += times + label + "\n";
    }
    return out;
}

std::string srt_subtitles(const Script& script, const Timeline& timeline) {
    std::string out;
    std::size_t number = 0;
    for (std::size_t i = 0; i < script.items.size(); ++i) {
        const Placement& at = timeline.items[i];
        if (at.end == at.start) continue;  // nothing was said
        out += std::to_string(++number) + "\n" + subtitle_time(at.start, timeline.sample_rate, ',') + " --> " +
               subtitle_time(at.end, timeline.sample_rate, ',') + "\n" + srt_text(script.items[i].source) + "\n\n";
    }
    return out;
}

std::string webvtt_subtitles(const Script& script, const Timeline& timeline) {
    std::string out = "WEBVTT\n";
    for (std::size_t i = 0; i < script.items.size(); ++i) {
        const Placement& at = timeline.items[i];
        if (at.end == at.start) continue;
        out += "\n" + subtitle_time(at.start, timeline.sample_rate, '.') + " --> " + subtitle_time(at.end, timeline.sample_rate, '.') +
               "\n" + vtt_escape(script.items[i].source) + "\n";
    }
    return out;
}

}  // namespace sori
