#include "text/title_shape.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "base/utf8.h"
#include "text/markdown_cleaner.h"
#include "text/structure.h"

namespace sori {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// `3.`, `4.1`, `4.1.2` (one or two digits each), `3)`, `(3)`: the marker's length and depth.
std::size_t arabic_marker(std::string_view t, int& depth) {
    std::size_t i = 0;
    const bool paren = !t.empty() && t[0] == '(';
    i += paren;
    depth = 0;
    while (true) {
        const std::size_t start = i;
        while (i < t.size() && digit(t[i]) && i - start < 3) ++i;
        if (i == start || i - start > 2) return 0;
        ++depth;
        if (paren) return i < t.size() && t[i] == ')' ? i + 1 : 0;
        if (i < t.size() && t[i] == ')' && depth == 1) return i + 1;
        if (i < t.size() && t[i] == '.' && i + 1 < t.size() && digit(t[i + 1])) {
            ++i;
            continue;
        }
        if (i < t.size() && t[i] == '.') return i + 1;
        return depth >= 2 ? i : 0;  // `4.1 제목`
    }
}

// 제1장, 제 1 항, 제3조: the whole marker, or 0.
std::size_t article_marker(std::string_view t) {
    if (t.substr(0, 3) != "제") return 0;
    std::size_t i = 3;
    while (i < t.size() && t[i] == ' ') ++i;
    const std::size_t digits = i;
    while (i < t.size() && digit(t[i])) ++i;
    if (i == digits) return 0;
    while (i < t.size() && t[i] == ' ') ++i;
    for (std::string_view unit : {"장", "절", "조", "항", "편", "관", "부"})
        if (t.substr(i, unit.size()) == unit) return i + unit.size() + (i + unit.size() < t.size() && t[i + unit.size()] == '.');
    return 0;
}

// Ⅰ. Ⅱ. (Roman numeral signs) and 가. 나. 다. (Hangul order letters).
std::size_t letter_marker(std::string_view t) {
    std::size_t len = 0;
    const char32_t cp = utf8::decode(t, 0, len);
    const bool roman = cp >= 0x2160 && cp <= 0x216B;
    static constexpr std::array<char32_t, 14> order{U'가', U'나', U'다', U'라', U'마', U'바', U'사', U'아', U'자', U'차', U'카', U'타', U'파', U'하'};
    const bool hangul = std::find(order.begin(), order.end(), cp) != order.end();
    if (!(roman || hangul) || len >= t.size()) return 0;
    if (t[len] == '.' || t[len] == ')') return len + 1 < t.size() && t[len + 1] == ' ' ? len + 1 : (roman ? len + 1 : 0);
    return roman && t[len] == ' ' ? len : 0;
}

bool bullet_at(std::string_view t, std::size_t& len) {
    const char32_t cp = utf8::decode(t, 0, len);
    static constexpr std::array<char32_t, 14> bullets{U'*', U'-', U'•', U'·', U'■', U'□', U'○', U'●', U'◆', U'◇', U'▶', U'▷', U'►', U'※'};
    return std::find(bullets.begin(), bullets.end(), cp) != bullets.end() && len < t.size() && t[len] == ' ';
}

char32_t last_syllable(std::string_view t) {
    if (t.empty()) return 0;
    std::size_t len = 0;
    return utf8::decode(t, utf8::previous(t, t.size()), len);
}

// Nouns that end in 요 or 다 like a sentence does (개요 is a title, 필요합니다 a sentence).
bool ends_in_noun_like_ending(const std::string& text) {
    for (std::string_view noun : {"개요", "주요", "중요", "필요", "수요", "소요", "적요", "바다"}) {
        const std::size_t start = text.size() >= noun.size() ? text.size() - noun.size() : 0;
        if (text.size() >= noun.size() && text.compare(start, noun.size(), noun) == 0 && (start == 0 || text[start - 1] == ' ')) return true;
    }
    return false;
}

// A sentence ending, except a noun before the full stop (`알아둘것.`, `바뀐점.`) or a noun
// that ends like a sentence (`(1) 개요`).
bool reads_as_sentence(const std::string& text) {
    if (!ends_like_sentence(text) || ends_in_noun_like_ending(text)) return false;
    if (text.empty() || text.back() != '.') return true;
    const std::string before = utf8::trim(std::string_view(text).substr(0, text.size() - 1));
    const char32_t last = last_syllable(before);
    if (!utf8::is_hangul_syllable(last)) return true;
    for (char32_t ending : {U'다', U'요', U'죠', U'까', U'니', U'음', U'함', U'됨', U'임', U'짐', U'봄', U'옴', U'람', U'냄'})
        if (last == ending) return true;
    return false;
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> endings) {
    for (std::string_view e : endings)
        if (text.size() >= e.size() && text.substr(text.size() - e.size()) == e) return true;
    return false;
}

// Not a title however short: a sentence inside the line (`…한다. (설정`), code or a path
// (`$_SESSION[…] = …;`), a definition (`F1 : 도움말`, `WWW: 누리집`), a dash item, or a piece
// of a sentence cut by a line of code (`의 부분에 …`, `… source 에서`); `시작하며` stays a title.
bool reads_as_fragment(const std::string& text) {
    if (text.rfind("- ", 0) == 0 || text.find_first_of("=;\\") != std::string::npos) return true;
    for (std::string_view code : {"$_", "$(", "${"})  // shell or PHP variables; `$NVDA` is a ticker
        if (text.find(code) != std::string::npos) return true;
    bool hangul = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 0;
        hangul |= utf8::is_hangul_syllable(utf8::decode(text, i, len));
        i += len;
    }
    if (!hangul && text.find('/') != std::string::npos) return true;
    const std::size_t colon = text.find(':');
    if (colon != std::string::npos && colon + 1 < text.size() && text.compare(colon, 3, "://") != 0 &&
        utf8::trim(std::string_view(text).substr(colon + 1)).size() > 0 && (colon + 1 < text.size() && text[colon + 1] == ' '))
        return colon > 0 && (text[colon - 1] == ' ' || text.find(' ') > colon);  // `F1 : 도움말`, `WWW: …`, not `1단계: 렌더링`
    if (text.find("다. ") != std::string::npos) return true;
    const std::size_t space = text.find(' ');
    const std::string_view first = std::string_view(text).substr(0, space);
    for (std::string_view particle : {"의", "을", "를", "와", "과", "은", "는", "라고", "으로", "로", "에"})
        if (space != std::string::npos && first == particle) return true;
    return ends_with_any(text, {"에서", "는", "은", "을", "를", "고", "면", "서", "와", "과", "때", "데"});
}

}  // namespace

std::size_t list_marker(std::string_view t) {
    std::size_t len = 0;
    if (bullet_at(t, len)) return len + 1;
    int depth = 0;
    std::size_t n = arabic_marker(t, depth);
    if (n == 0 && t.size() > 2 && t[1] == ')' && t[0] >= 'a' && t[0] <= 'z') n = 2;
    if (n == 0) n = letter_marker(t);
    if (n == 0 || depth > 1) return 0;
    return n < t.size() && t[n] == ' ' ? n + 1 : 0;
}

// `== 역사 ==` copied from a wiki: the number of `=` on each side, or 0.
int wiki_depth(const std::string& text) {
    int n = 0;
    while (n < static_cast<int>(text.size()) && text[n] == '=') ++n;
    const std::size_t m = text.size() - static_cast<std::size_t>(n);
    if (n < 2 || n > 6 || text.size() <= static_cast<std::size_t>(2 * n) || text.substr(m) != text.substr(0, n)) return 0;
    return n;
}

TitleShape title_shape(std::string_view line) {
    TitleShape shape;
    std::string text = clean_inline(line);  // 지리[편집] → 지리; 국가이다.[1] → 국가이다.
    std::size_t len = 0;
    int depth = 0;
    if (const int wiki = wiki_depth(text)) {
        shape.marker = TitleMarker::wiki;
        shape.number_depth = wiki;
        text = utf8::trim(std::string_view(text).substr(wiki, text.size() - 2 * wiki));
    } else if (bullet_at(text, len) && text[0] != '-') {
        shape.marker = TitleMarker::bullet;
        text = utf8::trim(std::string_view(text).substr(len));
    } else if (const std::size_t n = arabic_marker(text, depth); n > 0 && (n == text.size() || text[n] == ' ')) {
        shape.marker = TitleMarker::number;
        shape.number_depth = depth;
    } else if (article_marker(text) > 0 || letter_marker(text) > 0) {
        shape.marker = TitleMarker::number;
        shape.number_depth = 1;
    } else if ((text.rfind("【", 0) == 0 && text.size() > 6 && text.substr(text.size() - 3) == "】") ||
               (text.size() > 2 && text.front() == '[' && text.back() == ']' && text.find(']') == text.size() - 1)) {
        shape.marker = TitleMarker::bracket;
        text = utf8::trim(std::string_view(text).substr(text[0] == '[' ? 1 : 3, text.size() - (text[0] == '[' ? 2 : 6)));
    }
    shape.length = utf8::length(text);
    const char last = text.empty() ? 0 : text.back();
    shape.label = (last == ':' || (last == ')' && text.find('(') == std::string::npos)) && text.size() > 1;
    shape.end_marker = text.size() > 8 && text.substr(text.size() - 8) == "의 끝.";
    // Whether it reads as a sentence or a fragment only matters to a line short enough to be a
    // title: a longer one (a megabyte of numbers on one line) is not read through again.
    if (shape.length <= max_title_length) {
        shape.sentence = reads_as_sentence(text);
        shape.fragment = reads_as_fragment(text);
    }
    shape.text = std::move(text);
    return shape;
}

}  // namespace sori
