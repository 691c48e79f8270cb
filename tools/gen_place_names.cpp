// Build step: reads Unicode CLDR's English and Korean locale data (Debian unicode-cldr-core:
// common/main/en.xml and ko.xml) and writes a C++ table of place names, English → Korean, to
// standard output: every territory (France → 프랑스) and every time-zone exemplar city (Paris →
// 파리, New York → 뉴욕), for src/korean/place_names.cpp. Sorted by the English name.
// With --currencies, writes instead every ISO 4217 currency's Korean display name from ko.xml
// (CHF → 스위스 프랑), sorted by code, for src/korean/currency_names.cpp.
// Usage: sori_gen_place_names EN_XML KO_XML > place_names.inc
//        sori_gen_place_names --currencies KO_XML > currency_names.inc
//        sori_gen_place_names --units EN_XML KO_XML > unit_names.inc (English short unit symbols → Korean names)
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

namespace {

std::string slurp(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(std::string("cannot read ") + path + " (apt-get install unicode-cldr-core)");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// <territory type="FR">France</territory>, without alt= variants.
std::map<std::string, std::string> territories(const std::string& xml) {
    std::map<std::string, std::string> names;
    const std::string open = "<territory type=\"";
    for (std::size_t at = xml.find(open); at != std::string::npos; at = xml.find(open, at + 1)) {
        const std::size_t quote = xml.find('"', at + open.size());
        if (xml.compare(quote, 2, "\">") != 0) continue;
        const std::size_t end = xml.find('<', quote + 2);
        names[xml.substr(at + open.size(), quote - at - open.size())] = xml.substr(quote + 2, end - quote - 2);
    }
    return names;
}

// <zone type="Europe/Paris"> … <exemplarCity>파리</exemplarCity> … </zone>
std::map<std::string, std::string> cities(const std::string& xml) {
    std::map<std::string, std::string> names;
    const std::string open = "<zone type=\"", city = "<exemplarCity>";
    for (std::size_t at = xml.find(open); at != std::string::npos; at = xml.find(open, at + 1)) {
        const std::size_t quote = xml.find('"', at + open.size());
        const std::size_t close = xml.find("</zone>", quote);
        const std::size_t found = xml.find(city, quote);
        if (found == std::string::npos || found > close) continue;
        const std::size_t end = xml.find('<', found + city.size());
        names[xml.substr(at + open.size(), quote - at - open.size())] = xml.substr(found + city.size(), end - found - city.size());
    }
    return names;
}

// <currency type="CHF"> <displayName>스위스 프랑</displayName> … </currency>
std::map<std::string, std::string> currencies(const std::string& xml) {
    std::map<std::string, std::string> names;
    const std::string open = "<currency type=\"", display = "<displayName>";
    for (std::size_t at = xml.find(open); at != std::string::npos; at = xml.find(open, at + 1)) {
        const std::size_t quote = xml.find('"', at + open.size());
        const std::string code = xml.substr(at + open.size(), quote - at - open.size());
        const std::size_t close = xml.find("</currency>", quote);
        const std::size_t found = xml.find(display, quote);
        if (code.size() != 3 || found == std::string::npos || found > close) continue;
        const std::size_t end = xml.find('<', found + display.size());
        names[code] = xml.substr(found + display.size(), end - found - display.size());
    }
    return names;
}

int write_currencies(const char* ko_xml) {
    const auto table = currencies(slurp(ko_xml));
    if (table.size() < 150) throw std::runtime_error("only " + std::to_string(table.size()) + " currency names found");
    std::cout << "// Generated from CLDR ko.xml by tools/gen_place_names.cpp --currencies. Do not edit.\n";
    std::cout << "constexpr std::pair<std::string_view, std::string_view> currency_table[] = {\n";
    for (const auto& [code, korean] : table) std::cout << "{\"" << code << "\", \"" << korean << "\"},\n";
    std::cout << "};\n";
    return 0;
}

// The part of `xml` inside the first <unitLength type="TYPE"> … </unitLength>.
std::string unit_length(const std::string& xml, const std::string& type) {
    const std::size_t at = xml.find("<unitLength type=\"" + type + "\">");
    if (at == std::string::npos) return {};
    return xml.substr(at, xml.find("</unitLength>", at) - at);
}

// <unit type="force-newton"> … <displayName>뉴턴</displayName> or <unitPattern count="other">{0} N</unitPattern>
std::map<std::string, std::string> unit_texts(const std::string& section, bool symbol) {
    std::map<std::string, std::string> texts;
    const std::string open = "<unit type=\"";
    const std::string wanted = symbol ? "<unitPattern count=\"other\">" : "<displayName>";
    for (std::size_t at = section.find(open); at != std::string::npos; at = section.find(open, at + 1)) {
        const std::size_t quote = section.find('"', at + open.size());
        const std::size_t close = section.find("</unit>", quote);
        const std::size_t found = section.find(wanted, quote);
        if (found == std::string::npos || found > close) continue;
        const std::size_t end = section.find('<', found + wanted.size());
        std::string text = section.substr(found + wanted.size(), end - found - wanted.size());
        if (symbol) {
            const std::size_t hole = text.find("{0}");
            if (hole == std::string::npos) continue;
            text.erase(hole, 3);
            while (!text.empty() && text.front() == ' ') text.erase(0, 1);
            while (!text.empty() && text.back() == ' ') text.pop_back();
        }
        texts[section.substr(at + open.size(), quote - at - open.size())] = text;
    }
    return texts;
}

bool hangul_only(const std::string& name) {
    if (name.empty()) return false;
    for (std::size_t i = 0; i < name.size(); i += 3)  // every Hangul syllable is three bytes starting EA–ED
        if (i + 2 >= name.size() || static_cast<unsigned char>(name[i]) < 0xEA || static_cast<unsigned char>(name[i]) > 0xED) return false;
    return true;
}

// English short symbols (N, kPa, lx) → the Korean long names (뉴턴, 킬로파스칼, 럭스), sorted by symbol.
int write_units(const char* en_xml, const char* ko_xml) {
    const auto symbols = unit_texts(unit_length(slurp(en_xml), "short"), true);
    const auto names = unit_texts(unit_length(slurp(ko_xml), "long"), false);
    std::map<std::string, std::string> table;
    for (const auto& [type, symbol] : symbols) {
        const auto name = names.find(type);
        if (name == names.end() || !hangul_only(name->second) || symbol.size() < 2 || symbol.size() > 8) continue;
        if (type.rfind("mass-carat", 0) == 0) continue;  // CD, kt: read as carats nowhere but in jewellery
        if (symbol.find(' ') != std::string::npos || symbol.find('{') != std::string::npos) continue;
        table.emplace(symbol, name->second);  // the first type of a symbol wins (sorted by type)
    }
    if (table.size() < 60) throw std::runtime_error("only " + std::to_string(table.size()) + " unit names found");
    std::cout << "// Generated from CLDR en.xml (short symbols) and ko.xml (long names) by tools/gen_place_names.cpp --units. Do not edit.\n";
    std::cout << "constexpr std::pair<std::string_view, std::string_view> cldr_unit_table[] = {\n";
    for (const auto& [symbol, korean] : table) std::cout << "{\"" << symbol << "\", \"" << korean << "\"},\n";
    std::cout << "};\n";
    return 0;
}

bool is_ascii_name(const std::string& name) {
    for (char c : name)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '.' || c == '-' || c == '\'')) return false;
    return !name.empty();
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc == 3 && std::string(argv[1]) == "--currencies") return write_currencies(argv[2]);
    if (argc == 4 && std::string(argv[1]) == "--units") return write_units(argv[2], argv[3]);
    if (argc != 3) throw std::runtime_error("usage: sori_gen_place_names EN_XML KO_XML");
    const std::string en = slurp(argv[1]), ko = slurp(argv[2]);
    std::map<std::string, std::string> table;
    const auto en_territories = territories(en);
    for (const auto& [code, korean] : territories(ko))
        if (const auto it = en_territories.find(code); it != en_territories.end() && is_ascii_name(it->second)) table[it->second] = korean;
    const auto en_cities = cities(en);
    for (const auto& [zone, korean] : cities(ko)) {
        std::string english = zone.substr(zone.rfind('/') + 1);
        for (char& c : english) c = c == '_' ? ' ' : c;
        if (const auto it = en_cities.find(zone); it != en_cities.end()) english = it->second;
        if (is_ascii_name(english)) table[english] = korean;
    }
    if (table.size() < 300) throw std::runtime_error("only " + std::to_string(table.size()) + " place names found");
    std::cout << "// Generated from CLDR en.xml and ko.xml by tools/gen_place_names.cpp. Do not edit.\n";
    std::cout << "constexpr std::pair<std::string_view, std::string_view> place_table[] = {\n";
    for (const auto& [english, korean] : table) std::cout << "{\"" << english << "\", \"" << korean << "\"},\n";
    std::cout << "};\n";
    return 0;
} catch (const std::exception& e) {
    std::cerr << "gen_place_names: " << e.what() << '\n';
    return 1;
}
