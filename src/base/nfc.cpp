#include "base/nfc.h"

#include <algorithm>
#include <cstdlib>
#include <utf8proc.h>
#include <vector>

#include "base/utf8.h"

namespace sori::utf8 {
namespace {

constexpr char32_t grapheme_joiner = 0x034F;  // a starter (combining class 0) that renders as nothing

// How many non-starters a code point's full canonical decomposition begins and ends with, and
// whether it holds a starter at all (UAX #15, "Stream-Safe Text Format").
struct NonStarters {
    std::size_t leading = 0;
    std::size_t trailing = 0;
    bool all = true;  // no starter in the decomposition
};

NonStarters non_starters(char32_t cp) {
    utf8proc_int32_t decomposed[32];
    int options = UTF8PROC_DECOMPOSE;
    utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), decomposed, 32,
                                                 static_cast<utf8proc_option_t>(options), nullptr);
    if (n <= 0 || n > 32) {
        decomposed[0] = static_cast<utf8proc_int32_t>(cp);
        n = 1;
    }
    NonStarters counts;
    for (utf8proc_ssize_t i = 0; i < n; ++i) {
        const bool starter = utf8proc_get_property(decomposed[i])->combining_class == 0;
        if (starter) {
            counts.all = false;
            counts.trailing = 0;
        } else {
            ++counts.trailing;
            if (counts.all) ++counts.leading;
        }
    }
    return counts;
}

// Characters NFC leaves as they are whatever surrounds them, from libutf8proc's own data: a
// starter that is its own NFC and that appears in no canonical decomposition after the first
// place (so it never composes with a character before it). Computed once for the BMP; a chunk
// made only of them is already NFC, which is most Korean and English text.
std::vector<bool> nfc_stable_table() {
    std::vector<bool> stable(0x10000, false);
    std::vector<bool> second(0x10000, false);
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        utf8proc_int32_t buffer[32];
        const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buffer, 32, UTF8PROC_DECOMPOSE, nullptr);
        if (n <= 0 || n > 32) continue;
        for (utf8proc_ssize_t i = 1; i < n; ++i)
            if (buffer[i] < 0x10000) second[static_cast<std::size_t>(buffer[i])] = true;
        const utf8proc_ssize_t composed = utf8proc_normalize_utf32(buffer, n, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
        stable[cp] = composed == 1 && buffer[0] == static_cast<utf8proc_int32_t>(cp) &&
                     utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class == 0;
    }
    for (std::size_t cp = 0; cp < stable.size(); ++cp) stable[cp] = stable[cp] && !second[cp];
    // Conjoining jamo compose by rule, not by table (libutf8proc even joins U+11A7 to a syllable).
    for (std::size_t cp = 0x1100; cp <= 0x11FF; ++cp) stable[cp] = false;
    for (std::size_t cp = 0xA960; cp <= 0xA97F; ++cp) stable[cp] = false;
    for (std::size_t cp = 0xD7B0; cp <= 0xD7FF; ++cp) stable[cp] = false;
    return stable;
}

bool stays_in_nfc(char32_t cp) {
    if (cp < 0x300 || (cp >= 0xAC00 && cp <= 0xD7A3)) return true;  // most text: no need for the table
    static const std::vector<bool> table = nfc_stable_table();
    return cp < table.size() && table[cp];
}

bool already_nfc(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const unsigned char lead = static_cast<unsigned char>(text[pos]);
        if (lead < 0x80) { ++pos; continue; }
        std::size_t length = 0;
        const char32_t cp = decode(text, pos, length);
        if (cp == U'\uFFFD' || !stays_in_nfc(cp)) return false;
        pos += length;
    }
    return true;
}

}  // namespace

std::string stream_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t run = 0;  // non-starters since the last starter
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t length = 0;
        const char32_t cp = decode(text, pos, length);
        const NonStarters counts = cp < 0x300 ? NonStarters{0, 0, false} : non_starters(cp);  // below U+0300: all starters
        if (run + counts.leading > stream_safe_run) {
            append(out, grapheme_joiner);
            run = 0;
        }
        run = counts.all ? run + counts.leading : counts.trailing;
        out.append(text.substr(pos, length));
        pos += length;
    }
    return out;
}

namespace {

// A starter that decomposes to nothing else (Hangul syllables, most letters): the common case,
// known without decomposing.
bool plain_starter(char32_t cp) {
    if (cp < 0x300 || (cp >= 0xAC00 && cp <= 0xD7A3)) return true;
    const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    return p->combining_class == 0 && p->decomp_seqindex == UINT16_MAX;
}

// NFC of a text, composed a piece of about 64 KiB at a time so that libutf8proc's buffer of 4
// bytes a character stays small whatever the length of a line. The text is made stream-safe as
// it goes (stream_safe), and a piece ends only where nothing can compose or reorder across the
// cut: before an ASCII character, or right after a grapheme joiner.
class PieceComposer {
public:
    // Room for the joiners too (two bytes after every 30 marks of two bytes or more): no regrowth.
    explicit PieceComposer(std::string_view text) : text_(text) { result_.reserve(text.size() + text.size() / 16 + 16); }

    // The code point at `pos` (`length` bytes); false when libutf8proc failed.
    bool add(std::size_t pos, const NonStarters& counts, bool ascii) {
        if (ascii && pos - begin_ >= piece_bytes && !compose(pos)) return false;
        if (run_ + counts.leading > stream_safe_run) {
            joins_.push_back(pos);  // a joiner before this code point
            run_ = 0;
            if (pos - begin_ >= piece_bytes && !compose(pos)) return false;
        }
        run_ = counts.all ? run_ + counts.leading : counts.trailing;
        return true;
    }

    // The piece [begin_, end) composed (as written when it is already NFC and needs no joiner).
    bool compose(std::size_t end) {
        const std::string_view piece = text_.substr(begin_, end - begin_);
        if (joins_.empty() && already_nfc(piece)) {
            result_ += piece;
        } else {
            std::string safe;
            std::size_t from = begin_;
            for (std::size_t at : joins_) {
                safe.append(text_.substr(from, at - from));
                append(safe, grapheme_joiner);
                from = at;
            }
            safe.append(text_.substr(from, end - from));
            utf8proc_uint8_t* composed = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(safe.c_str()));
            if (!composed) return false;
            result_ += reinterpret_cast<const char*>(composed);
            std::free(composed);
        }
        begin_ = end;
        joins_.clear();
        return true;
    }

    std::string take() { return std::move(result_); }

private:
    static constexpr std::size_t piece_bytes = 1 << 16;
    std::string_view text_;
    std::string result_;
    std::size_t begin_ = 0;           // the piece being gathered starts here
    std::vector<std::size_t> joins_;  // where joiners go in it (stream-safe), in order
    std::size_t run_ = 0;             // non-starters since the last starter
};

}  // namespace

std::optional<std::string> nfc(std::string_view text) {
    PieceComposer composer(text);
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t length = 0;
        const char32_t cp = static_cast<unsigned char>(text[pos]) < 0x80 ? (length = 1, static_cast<char32_t>(text[pos]))
                                                                          : decode(text, pos, length);
        const NonStarters counts = plain_starter(cp) ? NonStarters{0, 0, false} : non_starters(cp);
        if (!composer.add(pos, counts, cp < 0x80)) return std::nullopt;
        pos += length;
    }
    if (!composer.compose(text.size())) return std::nullopt;
    return composer.take();
}

std::string compatibility_form(char32_t cp) {
    std::string one;
    append(one, cp);
    utf8proc_uint8_t* folded = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(one.c_str()));
    if (!folded) return one;
    std::string result(reinterpret_cast<const char*>(folded));
    std::free(folded);
    return result;
}

std::string without_accents(char32_t cp) {
    utf8proc_int32_t buffer[32];
    const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buffer, 32, UTF8PROC_DECOMPOSE, nullptr);
    std::string result;
    if (n <= 0 || n > 32) return result;
    for (utf8proc_ssize_t i = 0; i < n; ++i)
        if (utf8proc_get_property(buffer[i])->combining_class == 0) append(result, static_cast<char32_t>(buffer[i]));
    return result;
}

}  // namespace sori::utf8
