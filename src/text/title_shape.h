#pragma once
// What one line looks like as a possible title: its marker (`* `, `1.`, `4.1`, `제1장`, `Ⅰ.`,
// `가.`, `(1)`, `1)`, `■`, `【…】`), its text without a bullet, and whether it reads as a sentence.
#include <cstddef>
#include <string>
#include <string_view>

namespace sori {

inline constexpr std::size_t max_title_length = 60;  // code points; longer lines are prose

enum class TitleMarker { none, bullet, number, bracket, wiki };

struct TitleShape {
    TitleMarker marker = TitleMarker::none;
    int number_depth = 0;     // 1 for `3.`, 2 for `4.1`, 0 without a number; `=` on each side of `== 역사 ==`
    std::string text;         // bullets and brackets removed, numbers kept
    bool sentence = false;    // ends the way a sentence does (a noun before `.` does not count)
    bool label = false;       // ends with `:` or `)` after a word (`FreeBSD 정보:`, `Mls)`)
    bool end_marker = false;  // `…의 끝.`: closes a section, never a title
    bool fragment = false;    // a piece of prose, code or a definition list: `F1 : 도움말`, `의 부분에`
    std::size_t length = 0;   // in code points
};

TitleShape title_shape(std::string_view line);

// The length of a list marker at the start (`- `, `* `, `• `, `1. `, `1) `, `(1) `, `a) `, `가. `), or 0.
std::size_t list_marker(std::string_view line);

}  // namespace sori
