#pragma once
// structure: clean text to Document. Markdown goes through a CommonMark parser
// (markdown_reader.h); plain text is read by its layout (plain_text_reader.h).
#include <filesystem>
#include <string>
#include <string_view>

#include "text/document.h"

namespace sori {

enum class TextFormat { automatic, markdown, plain };

struct StructureOptions {
    std::string fallback_title;                  // chapter name when the text has no title (the file's stem)
    TextFormat format = TextFormat::automatic;   // automatic: by the text's own Markdown signs
};

Document parse_document(std::string_view text, const StructureOptions& options = {});

// The same for a text handed over, freed as soon as the reader is done with it (Markdown: once
// its dialect furniture is stripped, before the parser runs): a long article is not held twice.
Document parse_owned_document(std::string text, const StructureOptions& options = {});

// The same, handed to `sink` as it is read: a long plain text section by section as its pieces
// are read (plain_text_reader.h), so that neither its lines nor its sections are all held.
void parse_document_into(std::string text, const StructureOptions& options, DocumentSink& sink);

// Markdown for .md/.markdown/.mdx/.mkd/.mdown files, plain for .txt/.text, else automatic.
TextFormat format_for_path(const std::filesystem::path& path);

// Whether a text of unknown kind is Markdown: front matter, fenced code, ATX headings at the
// margin, links or images written as Markdown.
bool looks_like_markdown(std::string_view text);

// True when a line ends the way a Korean or Latin sentence does (punctuation or 다/요/죠/까).
bool ends_like_sentence(std::string_view line);

}  // namespace sori
