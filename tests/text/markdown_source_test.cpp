// Markdown made ready for the parser: bound_blocks keeps every block small enough that md4c's
// memory stays bounded, and changes nothing in ordinary text.
#include <catch2/catch.hpp>

#include <string>

#include "text/markdown_source.h"

namespace {

// The longest run of non-blank lines, in bytes with their line breaks.
std::size_t longest_block(const std::string& text) {
    std::size_t run = 0, longest = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        run = end == start ? 0 : run + (end - start) + 1;
        longest = std::max(longest, run);
        start = end + 1;
    }
    return longest;
}

std::string without(std::string text, const std::string& part) {
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at)) text.erase(at, part.size());
    return text;
}

}  // namespace

TEST_CASE("Ordinary Markdown is left exactly as it is by bound_blocks", "[markdown][memory]") {
    std::string text;
    for (int i = 0; i < 2000; ++i) text += "# 제목 " + std::to_string(i) + "\n\n문단의 첫 줄입니다.\n둘째 줄입니다.\n\n- 항목\n- 항목\n\n";
    const std::string before = text;
    sori::bound_blocks(text);
    CHECK(text == before);
}

TEST_CASE("A block longer than the bound is cut by blank lines between lines, or at spaces inside one line", "[markdown][memory]") {
    const bool one_line = GENERATE(true, false);
    std::string text = "# 제목\n\n";
    while (text.size() < 3 * sori::max_block_bytes) text += one_line ? "*가 _나 [글] " : "*가 _나 [글]\n";
    text += "\n";
    std::string cut = text;
    sori::bound_blocks(cut);
    CHECK(longest_block(cut) <= sori::max_block_bytes + 1);
    CHECK(without(cut, "\n") == without(text, "\n"));  // only line breaks were added
}

TEST_CASE("A line without a space is cut at a character boundary", "[markdown][memory]") {
    std::string text;
    while (text.size() < 2 * sori::max_block_bytes + 7) text += "[가";
    std::string cut = text;
    sori::bound_blocks(cut);
    CHECK(longest_block(cut) <= sori::max_block_bytes + 1);
    CHECK(without(cut, "\n") == text);
    for (std::size_t at = cut.find('\n'); at != std::string::npos; at = cut.find('\n', at + 1))
        CHECK((static_cast<unsigned char>(cut[at + 1 < cut.size() ? at + 1 : at]) & 0xC0) != 0x80);  // never inside a character
}
