#pragma once
// The phones of the CMU pronouncing dictionary (festlex-cmu's cmudict-0.4: ARPAbet with `ax`
// for the reduced vowel, stress 0/1 on vowels), one character each: the code of the n-th name
// below is 'A' + n, then 'a' + (n - 26), then '0' + (n - 52). Shared by the build-time table
// generator (tools/gen_english_data.cpp) and the English reader.
#include <array>
#include <string_view>

namespace sori::english {

inline constexpr std::array<std::string_view, 55> phone_names{
    "aa0", "aa1", "ae0", "ae1", "ah0", "ah1", "ao0", "ao1", "aw0", "aw1", "ax0", "ay0", "ay1", "b",
    "ch",  "d",   "dh",  "eh0", "eh1", "er0", "er1", "ey0", "ey1", "f",   "g",   "hh",  "ih0", "ih1",
    "iy0", "iy1", "jh",  "k",   "l",   "m",   "n",   "ng",  "ow0", "ow1", "oy0", "oy1", "p",   "r",
    "s",   "sh",  "t",   "th",  "uh0", "uh1", "uw0", "uw1", "v",   "w",   "y",   "z",   "zh"};

constexpr char code_at(int index) {
    return static_cast<char>(index < 26 ? 'A' + index : index < 52 ? 'a' + (index - 26) : '0' + (index - 52));
}

constexpr int index_of_code(char code) {
    if (code >= 'A' && code <= 'Z') return code - 'A';
    if (code >= 'a' && code <= 'z') return code - 'a' + 26;
    if (code >= '0' && code <= '2') return code - '0' + 52;
    return -1;
}

// The code of "aa1", "k"…; 0 for a name not in the table.
constexpr char code_of(std::string_view name) {
    for (std::size_t i = 0; i < phone_names.size(); ++i)
        if (phone_names[i] == name) return code_at(static_cast<int>(i));
    return 0;
}

// A vowel's name without its stress ("aa"), a consonant's name as is.
constexpr std::string_view base_name(char code) {
    const int index = index_of_code(code);
    if (index < 0) return {};
    const std::string_view name = phone_names[static_cast<std::size_t>(index)];
    return name.back() == '0' || name.back() == '1' ? name.substr(0, 2) : name;
}

constexpr bool is_vowel_name(std::string_view name) {
    return !name.empty() && (name[0] == 'a' || name[0] == 'e' || name[0] == 'i' || name[0] == 'o' || name[0] == 'u');
}

constexpr bool is_vowel(char code) { return is_vowel_name(base_name(code)); }

constexpr bool is_stressed(char code) {
    const int index = index_of_code(code);
    return index >= 0 && phone_names[static_cast<std::size_t>(index)].back() == '1';
}

}  // namespace sori::english
