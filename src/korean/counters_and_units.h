#pragma once
// The words that decide how a number before them is read: counters that take native numerals
// (개, 명, 가지, 살 … → 세 가지) or Sino-Korean ones (년, 월, 개월, 층 …), and measurement
// units written in Latin letters or symbols (km → 킬로미터, ℃ → 도, MB/s → 메가바이트 퍼 초).
#include <optional>
#include <string>
#include <string_view>

namespace sori {

enum class CounterKind {
    native,   // 개, 명, 가지 …: 한 개, 스무 살, 백한 개
    sino,     // 년, 개월, 층, 번지 …: 삼 년
    hour,     // 시: native up to 12 (세 시), Sino-Korean beyond (십사 시)
    month,    // 월: 유월, 시월
    ordinal,  // 번째: 첫 번째, 열한 번째, 백팔십구 번째
};

struct Counter {
    std::string_view word;  // as written after the number
    CounterKind kind;
};

// The counter written at `at` (after at most one space), the longest that matches.
std::optional<Counter> counter_at(std::string_view text, std::size_t at);

// How many counters take native numerals (the issue asks for at least 40).
std::size_t native_counter_count();

struct Unit {
    std::size_t end = 0;  // the byte after the unit
    std::string spoken;   // 킬로미터, 미터 퍼 초
};

// A measurement unit at `at` (after at most one space), not followed by another Latin letter.
std::optional<Unit> unit_at(std::string_view text, std::size_t at);

}  // namespace sori
