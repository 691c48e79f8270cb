#pragma once
// The whole pipeline for one article: read → structure → sentences → speech text → synthesis →
// assembly → outputs (NAME.wav, NAME.json, NAME.ffmeta in the output folder).
#include <atomic>
#include <filesystem>
#include <string>

#include "script.h"
#include "voice_settings.h"

namespace sori {

struct RenderOptions {
    RenderSettings settings;                        // voice and pauses, already validated
    std::filesystem::path output_folder = "out";    // created when missing
    const std::atomic<bool>* cancel = nullptr;      // set by a signal handler to stop early
};

struct RenderSummary {
    std::filesystem::path wav;       // the audio file written
    std::filesystem::path manifest;  // NAME.json
    std::filesystem::path chapters;  // NAME.ffmeta
    double audio_seconds = 0;
    std::size_t chapter_count = 0;
    std::size_t sentence_count = 0;
    double elapsed_seconds = 0;
};

// Reads an article and turns it into the script the renderer would speak.
Script script_for(const std::filesystem::path& article);

// Renders one article. Throws sori::Error; on any error or cancellation the previous outputs
// are left untouched and no temporary file remains.
RenderSummary render_article(const std::filesystem::path& article, const RenderOptions& options);

// The same for an article already read with script_for (outputs are named after `article`).
RenderSummary render_script(const std::filesystem::path& article, const Script& script, const RenderOptions& options);

}  // namespace sori
