#pragma once
// The readable text of a raw HTML block in Markdown (`<div class="note"><h5>…</h5><p>…</p>`):
// headings `<h1>`–`<h6>` become heading blocks, block elements and `<br>` end a unit, comments,
// `<script>`, `<style>`, `<pre>`, `<svg>` and `<template>` elements are dropped, tags removed,
// entities decoded.
#include <string_view>
#include <vector>

#include "text/text_blocks.h"

namespace sori {

void add_html_block(std::string_view html, std::vector<TextBlock>& blocks);

}  // namespace sori
