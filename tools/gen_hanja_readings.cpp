// Build step: reads Unicode's Unihan_Readings.txt (Debian unicode-data) on standard input and
// writes a C++ table of each ideograph's Hangul reading (kHangul, as a code point) to standard output: the
// reading marked as the educational one (source tag E) when there is one, else the first.
// The 두음법칙 forms are made by the reader at run time (hanja_reader.cpp), not taken from here.
#include <iostream>
#include <map>
#include <sstream>
#include <string>

int main() {
    std::map<unsigned long, std::string> readings;
    for (std::string line; std::getline(std::cin, line);) {
        if (line.rfind("U+", 0) != 0) continue;
        std::istringstream fields(line);
        std::string code, field, value;
        std::getline(fields, code, '\t');
        std::getline(fields, field, '\t');
        std::getline(fields, value);
        if (field != "kHangul") continue;
        std::istringstream choices(value);
        std::string chosen, choice;
        while (choices >> choice) {
            const std::size_t colon = choice.find(':');
            const std::string reading = choice.substr(0, colon);
            if (chosen.empty()) chosen = reading;
            if (colon != std::string::npos && choice.find('E', colon) != std::string::npos) {
                chosen = reading;
                break;
            }
        }
        if (!chosen.empty()) readings[std::stoul(code.substr(2), nullptr, 16)] = chosen;  // UTF-8 of one syllable
    }
    if (readings.size() < 1000) {
        std::cerr << "gen_hanja_readings: only " << readings.size() << " kHangul readings on standard input\n";
        return 1;
    }
    std::cout << "// Generated from Unihan_Readings.txt (kHangul) by tools/gen_hanja_readings.cpp. Do not edit.\n";
    for (const auto& [cp, reading] : readings) {
        if (reading.size() != 3) continue;  // a Hangul syllable is three bytes of UTF-8
        const unsigned long syllable = ((reading[0] & 0x0Ful) << 12) | ((reading[1] & 0x3Ful) << 6) | (reading[2] & 0x3Ful);
        std::cout << "{0x" << std::hex << cp << ", 0x" << syllable << std::dec << "},\n";
    }
    return 0;
}
