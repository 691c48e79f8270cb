#include "render/read_along_outputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>

#include "render/epub_book.h"
#include "render/read_along_page.h"

namespace sori {

RenderOptions with_read_along_audio(RenderOptions options) {
    auto& formats = options.audio.formats;
    const auto& wanted = options.read_along;
    const bool epub = std::find(wanted.begin(), wanted.end(), ReadAlongFormat::epub) != wanted.end();
    const bool html = std::find(wanted.begin(), wanted.end(), ReadAlongFormat::html) != wanted.end();
    const bool has_mp3 = std::find(formats.begin(), formats.end(), AudioFormat::mp3) != formats.end();
    if (formats.empty() && !epub && !html) formats.push_back(AudioFormat::wav);
    if (formats.empty() && html) {
        formats.push_back(AudioFormat::mp3);  // the page plays it: kept
    } else if (epub && !has_mp3 && !options.mp3_for_epub_only) {
        formats.push_back(AudioFormat::mp3);
        options.mp3_for_epub_only = true;
    }
    return options;
}

std::filesystem::path first_output(const std::filesystem::path& article, const RenderOptions& options) {
    const bool audio_kept = !options.mp3_for_epub_only || options.audio.formats.size() > 1;
    return options.output_folder / (article.stem().string() + (audio_kept ? extension(options.audio.formats.at(0)) : ".epub"));
}

std::int64_t modified_time(const std::filesystem::path& article) {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        char* end = nullptr;
        const long long seconds = std::strtoll(epoch, &end, 10);
        if (end != epoch && *end == '\0' && seconds >= 0) return seconds;
    }
    struct stat info {};
    return ::stat(article.c_str(), &info) == 0 ? static_cast<std::int64_t>(info.st_mtime) : 0;
}

std::vector<std::unique_ptr<OutputFile>> write_read_along(const std::filesystem::path& article, const std::filesystem::path& base,
                                                          const Script& script, const Timeline& timeline, const RenderOptions& options,
                                                          const std::vector<std::string>& kept, const AudioOutputs& audio) {
    std::vector<std::unique_ptr<OutputFile>> files;
    const ReadAlongText text = read_along_text(script, timeline);
    for (ReadAlongFormat format : options.read_along) {
        auto file = std::make_unique<OutputFile>(base.string() + file_suffix(format));
        if (format == ReadAlongFormat::epub) {
            const EpubContent content{&text, options.audio.tags, options.audio.cover ? &*options.audio.cover : nullptr,
                                      audio.block_file(AudioFormat::mp3), modified_time(article)};
            write_epub(file->temp_path(), content);
        } else {
            file->write_text(read_along_page(text, {kept, options.audio.tags}));
        }
        files.push_back(std::move(file));
    }
    return files;
}

}  // namespace sori
