#include "korean/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "base/utf8.h"
#include "korean/korean_endings.h"

namespace sori {
namespace {

bool is_terminal(char32_t cp) {
    return cp == '.' || cp == '!' || cp == '?' || cp == U'…' || cp == U'。' || cp == U'！' || cp == U'？' || cp == U'‼';
}

bool is_emoji(char32_t cp) {
    return (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2190 && cp <= 0x21FF) ||
           cp == U'♡' || cp == U'♥' || cp == U'★' || cp == U'☆' || cp == U'♪' || cp == U'♬' || cp == 0xFE0F;
}

// What may follow a sentence's end and still belong to it: laughter (ㅋㅋ ㅎㅎ ㅠㅠ), ~, ^^, ;;, emoji.
bool is_tail(char32_t cp) {
    return (cp >= 0x3131 && cp <= 0x3163) || cp == '~' || cp == U'～' || cp == '^' || cp == ';' || is_emoji(cp);
}

// Openers and their closers, position for position.
constexpr std::u32string_view openers = U"([{<「『《〈“‘（【", closers = U")]}>」』》〉”’）】";

char32_t opener_for(char32_t closer) {
    const std::size_t at = closers.find(closer);
    return at == std::u32string_view::npos ? 0 : openers[at];
}

bool is_opener(char32_t cp) { return openers.find(cp) != std::u32string_view::npos; }

bool in(char32_t cp, std::initializer_list<char32_t> set) { return std::find(set.begin(), set.end(), cp) != set.end(); }

// Every look-around is bounded so that the splitter is linear in its input: no Korean word (or
// abbreviation, or opener awaiting its closer) is longer than this many characters.
constexpr std::size_t longest_word = 64;
constexpr std::size_t deepest_search = 64;  // unmatched openers searched for a closer's partner

// A paragraph longer than this is split window by window, so memory stays a small multiple of
// the window, not of the paragraph.
constexpr std::size_t window_bytes = 1 << 18;

class Splitter {
public:
    explicit Splitter(std::string_view text) : text_(text) {
        cps_.reserve(text.size());
        bytes_.reserve(text.size());
        for (std::size_t pos = 0; pos < text.size();) {
            std::size_t len = 0;
            cps_ += utf8::decode(text, pos, len);
            bytes_.push_back(static_cast<std::uint32_t>(pos));
            pos += len;
        }
        n_ = cps_.size();
        match_pairs();
        informal_ = is_informal();
    }

    std::vector<Span> run() {
        std::size_t i = skip_space(0);
        start_ = i;
        while (i < n_) {
            const std::size_t next = boundary_at(i);
            if (next != npos) {
                close_sentence(next);
                i = skip_space(next);
                start_ = i;
            } else {
                ++i;
            }
        }
        close_sentence(n_);
        return spans_;
    }

private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    static constexpr std::uint32_t none = static_cast<std::uint32_t>(-1);  // no partner

    std::size_t partner(std::size_t i) const { return partner_[i] == none ? npos : partner_[i]; }

    char32_t at(std::size_t i) const { return i < n_ ? cps_[i] : 0; }
    std::size_t byte(std::size_t i) const { return i < n_ ? bytes_[i] : text_.size(); }
    bool space(std::size_t i) const { return i < n_ && utf8::is_space(cps_[i]); }
    std::size_t skip_space(std::size_t i) const { while (space(i)) ++i; return i; }
    std::size_t skip_tail(std::size_t i) const { while (i < n_ && is_tail(cps_[i])) ++i; return i; }

    void close_sentence(std::size_t end) {
        std::size_t last = end;
        while (last > start_ && space(last - 1)) --last;
        if (last > start_) spans_.push_back({byte(start_), byte(last)});
    }

    // Edited prose ends its sentences with punctuation: a Korean ending without it ends a
    // sentence only in text written otherwise — no sentence-final mark anywhere, or the marks
    // of chat (laughter, emoticons, ~, ^^) — or where a line break says so.
    bool is_informal() const {
        bool punctuated = false;
        for (std::size_t i = 0; i < n_; ++i) {
            const char32_t cp = cps_[i];
            if (is_tail(cp) && cp != ';') return true;
            if (is_terminal(cp) && i > 0 && utf8::is_hangul_syllable(cps_[i - 1]) && (i + 1 >= n_ || !utf8::is_digit(cps_[i + 1])))
                punctuated = true;
        }
        return !punctuated;
    }

    bool line_break_after(std::size_t i) const {
        for (std::size_t k = i; k < n_ && space(k); ++k)
            if (cps_[k] == '\n') return true;
        return false;
    }

    // Pairs quotes and brackets; unmatched ones protect nothing.
    void match_pairs() {
        partner_.assign(n_, none);
        std::vector<std::uint32_t> stack;
        // The nearest opener `cp` among the top deepest_search entries of the stack.
        auto find_open = [&](char32_t cp) {
            const auto last = stack.size() > deepest_search ? stack.rbegin() + deepest_search : stack.rend();
            const auto open = std::find_if(stack.rbegin(), last, [&](std::uint32_t s) { return cps_[s] == cp; });
            return open == last ? stack.rend() : open;
        };
        for (std::size_t i = 0; i < n_; ++i) {
            const char32_t cp = cps_[i];
            const bool symmetric = cp == '"' || (cp == '\'' && !(utf8::is_latin_letter(at(i - 1)) && i > 0));
            char32_t wanted = opener_for(cp);
            if (symmetric) {
                if (find_open(cp) == stack.rend()) { stack.push_back(static_cast<std::uint32_t>(i)); continue; }
                wanted = cp;
            }
            if (wanted) {
                const auto open = find_open(wanted);
                if (open != stack.rend()) {
                    const std::uint32_t o = *open;
                    stack.erase(std::next(open).base(), stack.end());
                    partner_[o] = static_cast<std::uint32_t>(i);
                    partner_[i] = o;
                }
            } else if (is_opener(cp)) {
                stack.push_back(static_cast<std::uint32_t>(i));
            }
        }
        // depth_[i]: how many matched pairs enclose character i (a difference array, summed up).
        depth_.assign(n_ + 1, 0);
        for (std::size_t i = 0; i < n_; ++i) {
            if (partner_[i] != none && partner_[i] > i) {
                ++depth_[i + 1];
                --depth_[partner_[i]];
            }
        }
        for (std::size_t i = 1; i < n_; ++i) depth_[i] += depth_[i - 1];
    }

    // Start of the word that ends just before `end`, bounded by white space or by `floor`
    // (by default the sentence's start).
    std::size_t word_start(std::size_t end) const { return word_start_from(start_, end); }
    std::size_t word_start_from(std::size_t floor, std::size_t end) const {
        std::size_t b = end;
        floor = std::max(floor, end > longest_word ? end - longest_word : 0);
        while (b > floor && !space(b - 1)) --b;
        return b;
    }
    std::u32string_view word_view(std::size_t b, std::size_t e) const { return std::u32string_view(cps_).substr(b, e - b); }
    std::u32string_view rest(std::size_t i) const { return std::u32string_view(cps_).substr(std::min(i, n_)); }
    std::size_t strip_tail(std::size_t b, std::size_t e) const { while (e > b && is_tail(at(e - 1))) --e; return e; }

    // Does the word [b, e) end with a Korean final ending (다, 요, 죠, 습니까, -음/-함 …)?
    bool final_ending(std::size_t b, std::size_t e) const {
        return korean::ends_sentence(word_view(b, strip_tail(b, e)), b >= 2 ? at(b - 2) : 0);
    }
    bool strong_final_ending(std::size_t b, std::size_t e) const {
        return korean::ends_sentence_in_prose(word_view(b, strip_tail(b, e)), b >= 2 ? at(b - 2) : 0);
    }
    bool nominal_ending(std::size_t b, std::size_t e) const { return korean::is_nominal(word_view(b, strip_tail(b, e))); }

    // Laughter or emoticons right after a sentence's end belong to it: 찍음 ㅋㅋㅋ 오늘 → [찍음 ㅋㅋㅋ][오늘].
    std::size_t after_trailing_tail(std::size_t boundary) const {
        const std::size_t next = skip_space(boundary);
        const std::size_t tail_end = skip_tail(next);
        if (tail_end == next) return boundary;
        if (tail_end >= n_ || space(tail_end) || utf8::is_hangul_syllable(at(tail_end))) return tail_end;
        return boundary;
    }

    bool connective_before(std::size_t end) const { return korean::is_connective(word_view(word_start(end), end)); }

    bool abbreviation_before(std::size_t dot) const {
        const std::size_t b = word_start(dot);
        std::u32string word;
        for (std::size_t k = b; k < dot; ++k) word += at(k);
        // Initials and dotted abbreviations: J. K., U.S., e.g., Ph.D.
        bool latin = !word.empty(), inner_dot = false;
        for (const char32_t c : word) {
            latin &= utf8::is_latin_letter(c) || c == '.';
            inner_dot |= c == '.';
        }
        if (latin && (inner_dot || word.size() == 1)) return true;
        static constexpr std::array<std::u32string_view, 14> abbreviations{
            U"Mr", U"Mrs", U"Ms", U"Dr", U"Prof", U"St", U"vs", U"etc", U"Inc", U"Ltd", U"Co", U"Jr", U"No", U"Vol"};
        return std::find(abbreviations.begin(), abbreviations.end(), word) != abbreviations.end();
    }

    // Where the next sentence starts if one ends at character i, or npos.
    std::size_t boundary_at(std::size_t i) const {
        const char32_t cp = at(i);
        if (partner(i) != npos && partner(i) < i) return after_closer(i);
        if (depth_[i] > 0) return npos;
        if (is_terminal(cp)) return after_punctuation(i);
        if (space(i) && i > start_ && !space(i - 1)) return after_word(i);
        return npos;
    }

    std::size_t after_punctuation(std::size_t i) const {
        if (i > start_ && is_terminal(at(i - 1))) return npos;  // judged at the run's first mark
        std::size_t j = i;
        bool question_or_bang = false, ellipsis = false;
        int dots = 0;
        while (j < n_ && (is_terminal(at(j)) || (at(j) == '~' && j > i))) {
            question_or_bang |= at(j) == '!' || at(j) == '?' || at(j) == U'！' || at(j) == U'？' || at(j) == U'‼';
            ellipsis |= at(j) == U'…';
            dots += at(j) == '.';
            ++j;
        }
        ellipsis |= dots >= 2;
        const std::size_t end = skip_footnotes(skip_tail(j));
        const char32_t before = i > 0 ? at(i - 1) : 0;
        const char32_t after = at(end);
        const bool spaced = end >= n_ || utf8::is_space(after);
        if (!question_or_bang && !ellipsis && cp_is_period(at(i))) {
            if (utf8::is_digit(before)) {
                const std::size_t next = skip_space(end);
                if (utf8::is_digit(at(next))) return npos;  // 13.4, 2024. 1. 19.
                std::size_t d = i;
                while (d > start_ && utf8::is_digit(at(d - 1))) --d;
                if (d == start_ && i - d <= 3) return npos;  // a list number: 1. 제목
            }
            if (abbreviation_before(i)) return npos;
        }
        if (ellipsis && !question_or_bang) {
            // A trailing-off pause, not an end: after an opening word (어... 물론...), before a
            // connective (모르겠지만.. 다들), or with no space unless a final ending precedes it.
            const std::size_t next = skip_space(end);
            const bool quote_follows = at(next) == '"' || at(next) == U'“' || at(next) == '(';
            if (spaced && !quote_follows && (connective_before(i) || opening_words_only(i))) return npos;
            if (!spaced && !quote_follows && !final_ending(word_start(i), i)) return npos;
            if (!spaced) return korean::continues_quote(rest(end)) ? npos : end;
        }
        if (spaced) return question_or_bang || ellipsis ? after_trailing_tail(end) : after_note(after_trailing_tail(end));
        // No space after the mark: a boundary only between Korean words, never inside URLs or numbers.
        if ((utf8::is_hangul(before) || before == ')') && (utf8::is_hangul_syllable(after) || is_opener(after) || after == '"'))
            return ellipsis ? npos : end;
        return npos;
    }

    // A short bracket right after a sentence's end is a note on it: 우승했다. (3년 연속) → one
    // sentence. Not when the bracket holds a sentence of its own (it ends with a mark).
    std::size_t after_note(std::size_t boundary) const {
        const std::size_t open = skip_space(boundary);
        if (open >= n_ || (at(open) != '(' && at(open) != '[' && at(open) != U'（') || space(open + 1)) return boundary;
        const std::size_t close = partner(open);
        if (close == npos || close < open || close - open > 24) return boundary;
        std::size_t inner = close;
        while (inner > open + 1 && (is_tail(at(inner - 1)) || space(inner - 1))) --inner;
        if (inner == open + 1 || is_terminal(at(inner - 1)) || at(inner - 1) == ',' || final_ending(word_start_from(open + 1, inner), inner))
            return boundary;
        const std::size_t after = skip_tail(close + 1);
        if (after < n_ && !space(after)) return boundary;
        return after;
    }

    // Only an interjection or an adverb so far: 어... / 물론... / 네, 네...
    bool opening_words_only(std::size_t i) const {
        if (i - start_ > longest_word) return false;
        int letters = 0;
        for (std::size_t k = start_; k < i; ++k) letters += utf8::is_letter_like(at(k));
        return letters <= 4;
    }

    // Footnote marks right after a sentence's end belong to it: …국가이다.[1][2] 수도는 …
    std::size_t skip_footnotes(std::size_t i) const {
        while (at(i) == '[' && partner(i) != npos && partner(i) > i && partner(i) - i <= 6) {
            bool mark = true;
            for (std::size_t k = i + 1; k < partner_[i]; ++k) mark &= utf8::is_letter_like(at(k)) || at(k) == ' ';
            if (!mark) break;
            i = partner_[i] + 1;
        }
        return i;
    }

    static bool cp_is_period(char32_t cp) { return cp == '.' || cp == U'。'; }

    std::size_t after_word(std::size_t i) const {
        const std::size_t b = word_start(i);
        const std::size_t next = skip_space(i);
        if (next >= n_) return npos;
        // A word that ends in laughter or emoticons (ㅋㅋ, ㅠㅠ, 🙂) closes the sentence.
        std::size_t jamo = 0, laughs = 0, k = i;
        while (k > b && is_tail(at(k - 1))) {
            --k;
            jamo += at(k) != '~';
            laughs += in(at(k), {U'ㅋ', U'ㅎ', U'ㅠ', U'ㅜ'}) || is_emoji(at(k));
        }
        if (jamo >= 2 || laughs >= 1 || (k == b && jamo >= 1 && b > start_)) return after_trailing_tail(i);
        const bool predicate = informal_ || line_break_after(i) ? final_ending(b, i) : strong_final_ending(b, i);
        if (predicate && !korean::continues_clause(rest(next), nominal_ending(b, i))) return after_trailing_tail(i);
        return npos;
    }

    // A quote or bracket that opened the sentence and holds a whole one ends it when a space follows.
    std::size_t after_closer(std::size_t c) const {
        const std::size_t o = partner_[c];
        if (depth_[c] > 0) return npos;
        std::size_t inner = c;
        while (inner > o + 1 && (is_tail(at(inner - 1)) || space(inner - 1))) --inner;
        const bool quote = at(c) == '"' || at(c) == U'”' || at(c) == U'’' || at(c) == '\'' || at(c) == U'」' || at(c) == U'』';
        const bool punctuated = inner > o + 1 && is_terminal(at(inner - 1));
        // 없잖아요(강한부정): a bracket right after a finished sentence belongs to it.
        const bool after_sentence = o > start_ && !space(o - 1) &&
                                    (is_terminal(at(o - 1)) || final_ending(word_start(o), o) ||
                                     (partner(o - 1) != npos && partner(o - 1) < o - 1 && o >= 2 && is_terminal(at(o - 2))));
        const bool ended = (o == start_ && (punctuated || final_ending(word_start_from(o + 1, inner), inner))) ||
                           (quote && punctuated) || after_sentence;
        const std::size_t end = skip_tail(c + 1);
        if (!ended || end >= n_ || !utf8::is_space(at(end))) return npos;
        const std::size_t next = skip_space(end);
        if (next >= n_ || korean::continues_quote(rest(next))) return npos;
        return after_trailing_tail(end);
    }

    std::string_view text_;
    std::u32string cps_;             // the text's code points
    std::vector<std::uint32_t> bytes_;  // byte offset of each code point in text_ (a window: < 4 GiB)
    std::size_t n_ = 0;
    std::vector<std::uint32_t> partner_;  // the matching quote or bracket, or none
    std::vector<int> depth_;
    std::size_t start_ = 0;
    bool informal_ = false;  // see is_informal
    std::vector<Span> spans_;
};

// Where to end a window that starts at `from`: after the last line break (else space) in the
// second half of the window, else at a character boundary.
std::size_t window_end(std::string_view text, std::size_t from) {
    const std::size_t limit = from + window_bytes;
    for (char wanted : {'\n', ' '})
        for (std::size_t i = limit; i > from + window_bytes / 2; --i)
            if (text[i - 1] == wanted) return i;
    std::size_t i = limit;
    while (i > from + 1 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    return i;
}

}  // namespace

std::vector<Span> sentence_spans(std::string_view text) {
    std::vector<Span> spans;
    for_each_sentence_span(text, [&spans](const Span& span) { spans.push_back(span); });
    return spans;
}

void for_each_sentence_span(std::string_view text, const std::function<void(const Span&)>& span) {
    for (std::size_t from = 0; from < text.size();) {
        std::size_t to = text.size() - from > window_bytes ? window_end(text, from) : text.size();
        std::vector<Span> piece = Splitter(text.substr(from, to - from)).run();
        if (to < text.size() && piece.size() > 1) {  // the last sentence may go on: split it again with what follows
            to = from + piece.back().begin;
            piece.pop_back();
        }
        for (const Span& found : piece) span({found.begin + from, found.end + from});
        from = to;
    }
}

std::vector<std::string> split_sentences(std::string_view text) {
    std::vector<std::string> sentences;
    for (const Span& span : sentence_spans(text)) sentences.emplace_back(text.substr(span.begin, span.end - span.begin));
    return sentences;
}

}  // namespace sori
