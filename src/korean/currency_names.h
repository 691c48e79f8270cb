#pragma once
// Every ISO 4217 currency code by its Korean name, from Unicode CLDR's ko.xml (generated at
// build time by tools/gen_place_names.cpp --currencies from Debian's unicode-cldr-core):
// CHF 스위스 프랑, SEK 스웨덴 크로나, BRL 브라질 레알. number_expressions keeps its own shorter
// names for the common ones (USD 달러, JPY 엔) and asks here for the rest.
#include <optional>
#include <string_view>

namespace sori {

// The Korean name of a three-letter code (upper case), or nullopt when CLDR has none.
std::optional<std::string_view> currency_name(std::string_view code);

// A currency code at `at`: three capital letters that are a code, not part of a longer word.
struct CurrencyCode {
    std::size_t end = 0;     // the byte after the code
    std::string_view name;   // its Korean name
};
std::optional<CurrencyCode> currency_code_at(std::string_view text, std::size_t at);

}  // namespace sori
