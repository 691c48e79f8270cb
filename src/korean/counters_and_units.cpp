#include "korean/counters_and_units.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "korean/english_reader.h"

namespace sori {
namespace {

// Longer words first where one begins another (개월 before 개, 번째 before 번, 시간 before 시).
const std::vector<Counter>& counters() {
    static const std::vector<Counter> table = [] {
        std::vector<Counter> t;
        for (std::string_view w : {"개", "명", "가지", "살", "마리", "번", "잔", "권", "대", "자루", "채", "척", "켤레", "벌",
                                   "장", "송이", "그루", "포기", "통", "병", "봉지", "곳", "군데", "사람", "달", "시간", "줄",
                                   "판", "방", "발", "알", "톨", "쌍", "모금", "그릇", "상자", "바퀴", "걸음", "글자", "단어",
                                   "문장", "자리", "곡", "편", "칸", "가닥", "덩어리", "마디", "조각", "배", "분들", "끼", "개씩"})
            t.push_back({w, CounterKind::native});
        for (std::string_view w : {"개월", "개국", "개년", "년", "일", "분", "초", "원", "층", "호", "회", "차", "위", "등",
                                   "학년", "페이지", "쪽", "도", "세", "주", "주년", "인분", "번지", "번호", "번길", "대회",
                                   "대학", "장관", "시즌", "분기", "세기", "점", "퍼센트", "달러", "엔", "유로",
                                   "개사", "가구", "명단", "시장", "시대", "분야", "인", "배속"})
            t.push_back({w, CounterKind::sino});
        t.push_back({"시", CounterKind::hour});
        t.push_back({"월", CounterKind::month});
        t.push_back({"번째", CounterKind::ordinal});
        std::stable_sort(t.begin(), t.end(), [](const Counter& a, const Counter& b) { return a.word.size() > b.word.size(); });
        return t;
    }();
    return table;
}

struct UnitName {
    std::string_view written;
    std::string_view spoken;
};

// Sorted longest first by the lookup below; case matters (m is metres, M is not a unit).
constexpr std::array<UnitName, 97> units{{
    {"km", "킬로미터"},   {"cm", "센티미터"},   {"mm", "밀리미터"},   {"nm", "나노미터"},  {"m", "미터"},
    {"kg", "킬로그램"},   {"mg", "밀리그램"},   {"g", "그램"},        {"t", "톤"},         {"mL", "밀리리터"},
    {"ml", "밀리리터"},   {"L", "리터"},        {"l", "리터"},        {"ms", "밀리초"},    {"s", "초"},
    {"h", "시간"},        {"min", "분"},        {"Hz", "헤르츠"},     {"kHz", "킬로헤르츠"}, {"MHz", "메가헤르츠"},
    {"GHz", "기가헤르츠"}, {"rpm", "분당회전수"}, {"°C", "도"},        {"℃", "도"},         {"°F", "화씨 도"},
    {"℉", "화씨 도"},     {"°", "도"},          {"KB", "킬로바이트"}, {"kB", "킬로바이트"}, {"MB", "메가바이트"},
    {"GB", "기가바이트"}, {"TB", "테라바이트"}, {"PB", "페타바이트"}, {"Kbps", "킬로비피에스"}, {"Mbps", "메가비피에스"},
    {"Gbps", "기가비피에스"}, {"W", "와트"},    {"kW", "킬로와트"},   {"kWh", "킬로와트시"}, {"MW", "메가와트"},
    {"V", "볼트"},        {"mAh", "밀리암페어시"}, {"A", "암페어"},   {"㎡", "제곱미터"},   {"m²", "제곱미터"},
    {"km²", "제곱킬로미터"}, {"㎞", "킬로미터"}, {"㎏", "킬로그램"},   {"cc", "씨씨"},      {"dB", "데시벨"},
    {"ha", "헥타르"},     {"lb", "파운드"},
    {"μm", "마이크로미터"}, {"μs", "마이크로초"}, {"μg", "마이크로그램"}, {"μL", "마이크로리터"}, {"μl", "마이크로리터"},
    {"ns", "나노초"},     {"m³", "세제곱미터"}, {"cm²", "제곱센티미터"}, {"cm³", "세제곱센티미터"}, {"mm²", "제곱밀리미터"},
    {"N", "뉴턴"},        {"kN", "킬로뉴턴"},   {"Pa", "파스칼"},     {"kPa", "킬로파스칼"}, {"hPa", "헥토파스칼"},
    {"MPa", "메가파스칼"}, {"lx", "럭스"},       {"mol", "몰"},        {"J", "줄"},          {"kJ", "킬로줄"},
    {"cal", "칼로리"},    {"kcal", "킬로칼로리"}, {"Ω", "옴"},        {"kΩ", "킬로옴"},     {"lm", "루멘"},
    {"cd", "칸델라"},     {"Wb", "웨버"},       {"Sv", "시버트"},     {"mSv", "밀리시버트"}, {"Gy", "그레이"},
    {"Bq", "베크렐"},     {"eV", "전자볼트"},   {"Wh", "와트시"},     {"GW", "기가와트"},   {"mV", "밀리볼트"},
    {"kV", "킬로볼트"},   {"mA", "밀리암페어"}, {"ppm", "피피엠"},    {"km³", "세제곱킬로미터"}, {"mm³", "세제곱밀리미터"},
    {"GWh", "기가와트시"}, {"MWh", "메가와트시"}, {"TWh", "테라와트시"}, {"fps", "프레임"}, {"dpi", "디피아이"},
}};

// Nothing Hangul follows, or only a particle (3개를, 3 개의, 2시에, 5명씩, 10년 동안).
bool ends_word(std::string_view text, std::size_t at) {
    if (at >= text.size() || static_cast<unsigned char>(text[at]) < 0x80) return true;
    static constexpr std::array<std::string_view, 24> particles{"이", "가", "을", "를", "은", "는", "의", "에", "도", "만", "씩", "로",
                                                               "으로", "와", "과", "부터", "까지", "째", "쯤", "정도", "이상", "이하",
                                                               "마다", "보다"};
    for (std::string_view p : particles)
        if (text.substr(at, p.size()) == p) return true;
    const unsigned char lead = static_cast<unsigned char>(text[at]);
    return !(lead == 0xEA || lead == 0xEB || lead == 0xEC || lead == 0xED);  // not a Hangul syllable
}

bool latin_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The first bytes that words of a table can start with: most positions after a number start
// none of them, and are turned away without comparing against every entry.
template <typename Table, typename Word>
std::array<bool, 256> first_bytes(const Table& table, Word word) {
    std::array<bool, 256> starts{};
    for (const auto& entry : table)
        if (!word(entry).empty()) starts[static_cast<unsigned char>(word(entry)[0])] = true;
    return starts;
}

#include "unit_names.inc"

// A unit of CLDR's (English short symbol → Korean name) at `at`, for those this file's table
// lacks (hp 마력, mi 마일, gal 갤런, Da 돌턴). After a space, symbols that are English words (in,
// bar, days) are not units: "5 in 1" is English; "10mi" is ten miles.
std::optional<std::pair<std::size_t, std::string_view>> cldr_unit(std::string_view text, std::size_t at) {
    const bool spaced = at > 0 && text[at - 1] == ' ';
    static const std::array<bool, 256> starts = first_bytes(cldr_unit_table, [](const auto& u) { return u.first; });
    if (at >= text.size() || !starts[static_cast<unsigned char>(text[at])]) return std::nullopt;
    std::optional<std::pair<std::size_t, std::string_view>> best;
    for (const auto& [symbol, name] : cldr_unit_table) {
        if (text.substr(at, symbol.size()) != symbol) continue;
        const std::size_t end = at + symbol.size();
        if (end < text.size() && latin_letter(text[end])) continue;
        const bool lower_word = std::all_of(symbol.begin(), symbol.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (spaced && lower_word && is_english_word(symbol)) continue;
        if (!best || end > best->first) best = std::make_pair(end, name);
    }
    return best;
}

std::optional<std::pair<std::size_t, std::string_view>> single_unit(std::string_view text, std::size_t at) {
    static const std::array<bool, 256> starts = first_bytes(units, [](const UnitName& u) { return u.written; });
    if (at >= text.size()) return std::nullopt;
    if (!starts[static_cast<unsigned char>(text[at])]) return cldr_unit(text, at);
    std::optional<std::pair<std::size_t, std::string_view>> best;
    for (const UnitName& u : units) {
        if (text.substr(at, u.written.size()) != u.written) continue;
        const std::size_t end = at + u.written.size();
        if (end < text.size() && latin_letter(text[end])) continue;
        if (!best || end > best->first) best = std::make_pair(end, u.spoken);
    }
    return best ? best : cldr_unit(text, at);
}

}  // namespace

std::optional<Counter> counter_at(std::string_view text, std::size_t at) {
    static const std::array<bool, 256> starts = first_bytes(counters(), [](const Counter& c) { return std::string_view(c.word); });
    const bool spaced = at < text.size() && text[at] == ' ';
    if (spaced) ++at;
    if (at >= text.size() || !starts[static_cast<unsigned char>(text[at])]) return std::nullopt;
    for (const Counter& c : counters()) {
        if (text.substr(at, c.word.size()) != c.word) continue;
        // After a space the counter must end its word, or be followed by a particle: "3 개발" is
        // not three of anything.
        if (spaced && !ends_word(text, at + c.word.size())) continue;
        return c;
    }
    return std::nullopt;
}

std::size_t native_counter_count() {
    return static_cast<std::size_t>(
        std::count_if(counters().begin(), counters().end(), [](const Counter& c) { return c.kind == CounterKind::native; }));
}

std::optional<Unit> unit_at(std::string_view text, std::size_t at) {
    if (at < text.size() && text[at] == ' ') ++at;
    const auto first = single_unit(text, at);
    if (!first) return std::nullopt;
    Unit unit{first->first, std::string(first->second)};
    // m/s, km/h, MB/s: "per"
    if (unit.end + 1 < text.size() && text[unit.end] == '/') {
        if (const auto per = single_unit(text, unit.end + 1)) {
            unit.spoken += " 퍼 " + std::string(per->second);
            unit.end = per->first;
        }
    }
    return unit;
}

}  // namespace sori
