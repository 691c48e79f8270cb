#include "audio/audio_tags.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "base/error.h"

namespace sori {
namespace {

bool digits(const std::string& text, std::size_t from, std::size_t count) {
    if (from + count > text.size()) return false;
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(from), text.begin() + static_cast<std::ptrdiff_t>(from + count),
                       [](char c) { return c >= '0' && c <= '9'; });
}

bool valid_date(const std::string& date) {
    if (!digits(date, 0, 4) || (date.size() != 4 && date.size() != 7 && date.size() != 10)) return false;
    if (date.size() == 4) return true;
    if (date[4] != '-' || !digits(date, 5, 2)) return false;
    const int year = std::stoi(date.substr(0, 4)), month = std::stoi(date.substr(5, 2));
    if (month < 1 || month > 12) return false;
    if (date.size() == 7) return true;
    if (date[7] != '-' || !digits(date, 8, 2)) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int day = std::stoi(date.substr(8, 2));
    return day >= 1 && day <= days[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
}

bool letters(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

// BCP 47 in the shape players need: a primary language of 2 or 3 letters, then subtags of 1 to 8
// letters or digits.
bool valid_language(const std::string& tag) {
    const std::size_t dash = tag.find('-');
    const std::string primary = tag.substr(0, dash);
    if (!letters(primary) || primary.size() < 2 || primary.size() > 3) return false;
    for (std::size_t at = dash; at != std::string::npos;) {
        const std::size_t next = tag.find('-', at + 1);
        const std::string sub = tag.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
        if (sub.empty() || sub.size() > 8 || !std::all_of(sub.begin(), sub.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }))
            return false;
        at = next;
    }
    return true;
}

bool has_control(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

}  // namespace

void check_tags(const AudioTags& tags) {
    for (const auto& [option, value] : {std::pair{"--author", &tags.author}, std::pair{"--album", &tags.album}})
        if (has_control(*value)) throw Error(ExitCode::usage, std::string(option) + ": write it on one line, without control characters");
    if (!tags.date.empty() && !valid_date(tags.date))
        throw Error(ExitCode::usage, "--date " + tags.date + ": write YYYY, YYYY-MM or YYYY-MM-DD with a real day, e.g. 2026-12-06");
    if (!valid_language(tags.language))
        throw Error(ExitCode::usage, "--language " + tags.language + ": write a BCP 47 language tag, e.g. ko, en or ko-KR");
}

std::string iso639_2(const std::string& language) {
    std::string primary = language.substr(0, language.find('-'));
    std::transform(primary.begin(), primary.end(), primary.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (primary.size() == 3) return primary;
    // ISO 639-2/T for the languages most documents are in; the others have no TLAN.
    static const std::array<std::pair<const char*, const char*>, 24> codes{{
        {"ko", "kor"}, {"en", "eng"}, {"ja", "jpn"}, {"zh", "zho"}, {"de", "deu"}, {"fr", "fra"}, {"es", "spa"}, {"it", "ita"},
        {"pt", "por"}, {"ru", "rus"}, {"vi", "vie"}, {"th", "tha"}, {"id", "ind"}, {"ar", "ara"}, {"hi", "hin"}, {"nl", "nld"},
        {"sv", "swe"}, {"pl", "pol"}, {"tr", "tur"}, {"uk", "ukr"}, {"mn", "mon"}, {"ms", "msa"}, {"tl", "tgl"}, {"la", "lat"},
    }};
    for (const auto& [two, three] : codes)
        if (primary == two) return three;
    return "";
}

}  // namespace sori
