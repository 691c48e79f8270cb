#pragma once
// Place names as Korean writes them, from Unicode CLDR's Korean locale (Debian
// unicode-cldr-core, made into a table at build time by tools/gen_place_names.cpp): every
// territory (France → 프랑스, Germany → 독일) and every time-zone city (Paris → 파리, New York → 뉴욕).
// Names that are not English-derived (Beijing → 베이징, Kyoto → 교토) are read as Korea says them.
#include <optional>
#include <string>
#include <string_view>

namespace sori {

// The Korean name of a place written as in English ("Paris", "New York"), exact case.
std::optional<std::string_view> korean_place_name(std::string_view english);

// The longest place name of two to four words starting at `at` in `text` (it must end where a
// word ends): its length in bytes and Korean name, or nullopt.
struct PlaceMatch {
    std::size_t length = 0;
    std::string_view korean;
};
std::optional<PlaceMatch> multi_word_place_at(std::string_view text, std::size_t at);

// Whether `korean` is the Korean name of a place in the table (캐나다, 플로리다): a word that
// ends like a sentence (…다) but is a name.
bool is_korean_place_name(std::u32string_view korean);

}  // namespace sori
