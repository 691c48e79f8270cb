#pragma once
// What the read-along formats add to a render: the audio they need (an EPUB holds an MP3; a page
// alone plays one beside it) and the EPUB and page themselves, written from the timeline the
// audio was written on.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "audio/audio_outputs.h"
#include "audio/timeline.h"
#include "base/output_file.h"
#include "render/renderer.h"

namespace sori {

// The options with the audio the read-along formats need: MP3 added for an EPUB (and not kept
// when it was not asked for: mp3_for_epub_only), MP3 for a page when no audio was named.
RenderOptions with_read_along_audio(RenderOptions options);

// The file a render's summary names first: OUTPUT/NAME with the first audio format's extension,
// or .epub when the EPUB's MP3 is the only audio (options after with_read_along_audio).
std::filesystem::path first_output(const std::filesystem::path& article, const RenderOptions& options);

// When the EPUB says it was modified: SOURCE_DATE_EPOCH when set (reproducible builds), else the
// article's last change (seconds since 1970), so that the same input gives the same bytes.
std::int64_t modified_time(const std::filesystem::path& article);

// The EPUB and the page asked for in options.read_along, under temporary names `base` + suffix
// (committed by the caller). `kept`: the names of the audio files that land, which the page
// offers its browser in order; `audio`: the render's audio files, whose MP3 the EPUB holds.
std::vector<std::unique_ptr<OutputFile>> write_read_along(const std::filesystem::path& article, const std::filesystem::path& base,
                                                          const Script& script, const Timeline& timeline, const RenderOptions& options,
                                                          const std::vector<std::string>& kept, const AudioOutputs& audio);

}  // namespace sori
