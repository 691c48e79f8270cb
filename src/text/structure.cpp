#include "text/structure.h"

#include <algorithm>
#include <cctype>

#include "base/utf8.h"
#include "text/markdown_reader.h"
#include "text/plain_text_reader.h"

namespace sori {
namespace {

bool starts_line_with(std::string_view line, std::string_view prefix) { return line.substr(0, prefix.size()) == prefix; }

// `## 제목` at the margin: one to six #, a space, then text that is not a shell command.
bool atx_heading_line(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && n < 7 && line[n] == '#') ++n;
    if (n == 0 || n > 6 || n + 1 >= line.size() || line[n] != ' ') return false;
    const char first = line[n + 1];
    return first != '.' && first != '/' && first != ' ' && first != '$';
}

}  // namespace

bool looks_like_markdown(std::string_view text) {
    int signs = 0;
    std::size_t start = 0;
    if (starts_line_with(text, "---\n") || starts_line_with(text, "+++\n")) ++signs;
    while (start < text.size() && signs < 2) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (atx_heading_line(line)) signs += 2;
        else if (starts_line_with(line, "```") || starts_line_with(line, "~~~")) ++signs;
        else if (line.find("](") != std::string_view::npos || starts_line_with(line, "![")) ++signs;
    }
    return signs >= 2;
}

TextFormat format_for_path(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* md : {".md", ".markdown", ".mdx", ".mkd", ".mdown", ".mkdn"})
        if (ext == md) return TextFormat::markdown;
    return TextFormat::automatic;
}

bool ends_like_sentence(std::string_view line) {
    std::string_view text = utf8::trimmed(line);  // a view: the line may be many megabytes
    // Look through closing quotes and brackets: `…했다.”` ends like a sentence.
    while (!text.empty()) {
        const std::size_t start = utf8::previous(text, text.size());
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, start, len);
        if (cp == '"' || cp == '\'' || cp == ')' || cp == U'”' || cp == U'’' || cp == U'」' || cp == U'』' || cp == ' ') {
            text = text.substr(0, start);
            continue;
        }
        switch (cp) {
            case '.': case '!': case '?': case U'…': case U'。': case U'！': case U'？':
                return true;
            case U'다': case U'요': case U'죠': case U'까':
                return true;
            default:
                return false;
        }
    }
    return false;
}

Document parse_document(std::string_view text, const StructureOptions& options) {
    return parse_owned_document(std::string(text), options);
}

Document parse_owned_document(std::string text, const StructureOptions& options) {
    Document document;
    DocumentCollector collect(document);
    parse_document_into(std::move(text), options, collect);
    return document;
}

void parse_document_into(std::string text, const StructureOptions& options, DocumentSink& sink) {
    const bool markdown = options.format == TextFormat::markdown ||
                          (options.format == TextFormat::automatic && looks_like_markdown(text));
    if (markdown) {
        MarkdownText md = read_owned_markdown(std::move(text));
        md.titles.fallback = options.fallback_title;
        SectionAssembler sections(md.titles, sink);
        for (TextBlock& block : md.blocks) sections.add(std::move(block));
        std::vector<TextBlock>().swap(md.blocks);
        return sections.finish();
    }
    std::optional<SectionAssembler> sections;
    read_plain_text(
        text,
        [&](TitleSources titles) {
            titles.fallback = options.fallback_title;
            sections.emplace(titles, sink);
        },
        [&](TextBlock&& block) { sections->add(std::move(block)); });
    sections->finish();
}

}  // namespace sori
