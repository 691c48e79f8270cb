#include "korean/place_names.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "base/utf8.h"

namespace sori {
namespace {

#include "place_names.inc"

bool name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '\''; }

}  // namespace

std::optional<std::string_view> korean_place_name(std::string_view english) {
    const auto end = std::end(place_table);
    const auto it = std::lower_bound(std::begin(place_table), end, english, [](const auto& entry, std::string_view key) { return entry.first < key; });
    if (it == end || it->first != english) return std::nullopt;
    return it->second;
}

std::optional<PlaceMatch> multi_word_place_at(std::string_view text, std::size_t at) {
    constexpr int most_words = 4;
    constexpr std::size_t longest_word = 24;  // no place name has a longer word: long runs are not looked up
    std::optional<PlaceMatch> found;
    std::size_t end = at;
    for (int words = 1; words <= most_words; ++words) {
        const std::size_t start = end;
        while (end < text.size() && name_char(text[end]) && end - start <= longest_word) ++end;
        if (end == start || end - start > longest_word || !(text[start] >= 'A' && text[start] <= 'Z')) break;
        if (words >= 2)
            if (const auto korean = korean_place_name(text.substr(at, end - at))) found = PlaceMatch{end - at, *korean};
        if (end + 1 >= text.size() || text[end] != ' ') break;
        ++end;  // one space between the words
    }
    return found;
}

bool is_korean_place_name(std::u32string_view korean) {
    static const std::vector<std::u32string> names = [] {
        std::vector<std::u32string> all;
        for (const auto& [english, name] : place_table) {
            std::u32string decoded;
            for (std::size_t pos = 0; pos < name.size();) {
                std::size_t length = 0;
                decoded += utf8::decode(name, pos, length);
                pos += length;
            }
            all.push_back(std::move(decoded));
        }
        std::sort(all.begin(), all.end());
        return all;
    }();
    return std::binary_search(names.begin(), names.end(), korean);
}

}  // namespace sori
