#pragma once
// An article file read into the script the renderer speaks: whole (a render), or streamed item
// by item to a sink (`sori outline`, a dry run), so that a long article need not be held whole.
#include <filesystem>

#include "speech/script.h"

namespace sori {

// Reads an article and turns it into the script the renderer would speak. Throws sori::Error
// (exit 3) when nothing in it can be read aloud.
Script script_for(const std::filesystem::path& article, const NormalizeOptions& normalize = {}, int chapter_depth = 2);

// The same, handed to `sink` as it is made. The sink hears nothing until an item with something
// to say has come (what comes before it is held back), so an article with nothing to read aloud
// fails with the same error before the sink has seen any of it.
void stream_article(const std::filesystem::path& article, ScriptSink& sink, const NormalizeOptions& normalize = {},
                    int chapter_depth = 2);

}  // namespace sori
