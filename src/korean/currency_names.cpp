#include "korean/currency_names.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace sori {
namespace {

#include "currency_names.inc"

bool capital(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= 'A' && t[i] <= 'Z'; }
bool letter(std::string_view t, std::size_t i) { return i < t.size() && ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'); }

}  // namespace

std::optional<std::string_view> currency_name(std::string_view code) {
    const auto end = std::end(currency_table);
    const auto it = std::lower_bound(std::begin(currency_table), end, code, [](const auto& entry, std::string_view key) { return entry.first < key; });
    if (it == end || it->first != code) return std::nullopt;
    return it->second;
}

std::optional<CurrencyCode> currency_code_at(std::string_view text, std::size_t at) {
    if (!capital(text, at) || !capital(text, at + 1) || !capital(text, at + 2) || letter(text, at + 3)) return std::nullopt;
    if (at > 0 && letter(text, at - 1)) return std::nullopt;
    const auto name = currency_name(text.substr(at, 3));
    if (!name) return std::nullopt;
    return CurrencyCode{at + 3, *name};
}

}  // namespace sori
