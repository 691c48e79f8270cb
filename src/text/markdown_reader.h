#pragma once
// Markdown (CommonMark + GFM tables and strikethrough, MDX and static-site dialects) to blocks,
// with the md4c parser: headings with their level, paragraphs, list items, quotes and table rows
// as plain text. Code blocks, images, link targets, HTML comments and front matter are not read;
// raw HTML blocks give their text and `<hN>` headings (html_block.h); units made only of
// in-page or navigation links (tables of contents, `[뒤로](…) / [위로](#…)`) are dropped.
#include <string_view>
#include <vector>

#include "text/text_blocks.h"

namespace sori {

struct MarkdownText {
    std::vector<TextBlock> blocks;
    TitleSources titles;  // front matter title and the level-1 heading that names the document
};

MarkdownText read_markdown(std::string_view text);

// The same, freeing the text once its dialect furniture is stripped (before md4c runs).
MarkdownText read_owned_markdown(std::string text);

}  // namespace sori
