#include <catch2/catch.hpp>

#include "korean/currency_names.h"
#include "korean/text_normalizer.h"

TEST_CASE("Every ISO 4217 code CLDR names is read by its Korean name, before or after the amount", "[currency_names]") {
    auto [written, spoken] = GENERATE(table<std::string, std::string>({
        {"100 CHF", "백 스위스 프랑"}, {"SEK 30", "삼십 스웨덴 크로나"}, {"10 BRL", "십 브라질 레알"}, {"NOK 2,500", "이천오백 노르웨이 크로네"},
        {"5000 INR", "오천 인도 루피"}, {"20 EUR", "이십 유로"}, {"7 USD", "칠 달러"}, {"5000 JPY", "오천 엔"}, {"ZAR 100과", "백 남아프리카 랜드와"},
    }));
    CAPTURE(written);
    CHECK(sori::normalize_text(written) == spoken);
}

TEST_CASE("The CLDR table is whole and codes are matched only as words", "[currency_names]") {
    for (const char* code : {"AED", "ARS", "AUD", "CNY", "CZK", "DKK", "HUF", "IDR", "MXN", "NZD", "PLN", "RUB", "THB", "TRY", "VND"}) {
        CAPTURE(code);
        CHECK(sori::currency_name(code).has_value());
    }
    CHECK_FALSE(sori::currency_name("XYZ").has_value());
    CHECK_FALSE(sori::currency_code_at("CHFX 10", 0).has_value());
    CHECK_FALSE(sori::currency_code_at("aCHF", 1).has_value());
    CHECK_FALSE(sori::currency_code_at("chf", 0).has_value());
}
