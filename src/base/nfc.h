#pragma once
// Unicode NFC (libutf8proc), in time linear in the text: text copied from macOS arrives as
// decomposed Hangul jamo, and NFC composes it. Canonical reordering sorts each run of combining
// marks by bubble sort, so a hostile run of 60,000 marks took 20 s; the text is first put in the
// Stream-Safe Text Format of UAX #15 (a U+034F COMBINING GRAPHEME JOINER after every 30
// non-starters), which bounds every run. No real text has such runs, and CGJ is not spoken.
#include <optional>
#include <string>
#include <string_view>

namespace sori::utf8 {

inline constexpr std::size_t stream_safe_run = 30;  // UAX #15: non-starters allowed in a row

// `text` (valid UTF-8) in the Stream-Safe Text Format.
std::string stream_safe(std::string_view text);

// `text` (valid UTF-8, no NUL) in NFC; nullopt when libutf8proc fails.
std::optional<std::string> nfc(std::string_view text);

// One code point's compatibility form (NFKC: ① → 1, ㎏ → kg, Ａ → A), as UTF-8.
std::string compatibility_form(char32_t cp);

// One code point's letters without their accents (é → e, Å → A): its canonical decomposition
// with the combining marks left out.
std::string without_accents(char32_t cp);

}  // namespace sori::utf8
