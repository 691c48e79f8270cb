#pragma once
// The command-line front end: each subcommand binds CLI11 options to the library's structs.
#include <CLI/CLI.hpp>

#include "korean/english_reader.h"

namespace sori::cli {

// --english hangul|keep on a command, stored in `reading` (shared by render, outline, normalize, pronounce).
void add_english_option(CLI::App& command, EnglishReading& reading);

void add_render_command(CLI::App& app);
void add_split_command(CLI::App& app);
void add_outline_command(CLI::App& app);
void add_voices_command(CLI::App& app);
void add_cache_command(CLI::App& app);
void add_normalize_command(CLI::App& app);
void add_pronounce_command(CLI::App& app);

}  // namespace sori::cli
