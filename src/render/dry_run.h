#pragma once
// A dry run: which sentences a render would synthesize and which the cache holds, found as the
// script is made (stream_article), one item at a time: nothing grows with the article but the
// counts. Each sentence to synthesize goes to RenderOptions::planned as it is found.
#include <filesystem>

#include "render/renderer.h"

namespace sori {

// Reads the article and plans its render. Touches no output and adds nothing to the cache (a
// corrupt entry is removed, as a render would, and reported through `notice`).
RenderSummary dry_run_article(const std::filesystem::path& article, const RenderOptions& options);

// The same for a script already read.
RenderSummary dry_run_script(const std::filesystem::path& article, const Script& script, const RenderOptions& options);

}  // namespace sori
