#include "korean/korean_endings.h"

#include <algorithm>
#include <initializer_list>

#include "base/utf8.h"
#include "korean/place_names.h"

namespace sori::korean {
namespace {

bool in(char32_t cp, std::initializer_list<char32_t> set) { return std::find(set.begin(), set.end(), cp) != set.end(); }

bool starts(std::u32string_view text, std::u32string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// `text` starts with the whole word `word` (what follows is not more Hangul).
bool word_is(std::u32string_view text, std::u32string_view word) {
    return starts(text, word) && (text.size() == word.size() || !utf8::is_hangul(text[word.size()]));
}

}  // namespace

bool ends_sentence(std::u32string_view word, char32_t before_word) {
    const std::size_t len = word.size();
    if (len == 0 || !utf8::is_hangul_syllable(word.back())) return false;
    const char32_t last = word.back();
    const char32_t prev = len > 1 ? word[len - 2] : 0;
    const auto ends_with = [&](std::u32string_view suffix) { return len >= suffix.size() && word.substr(len - suffix.size()) == suffix; };
    const auto is_word = [&](std::u32string_view w) { return word == w; };
    if (is_korean_place_name(word)) return false;  // 캐나다, 플로리다: names, not predicates
    switch (last) {
        case U'다':
            if (len == 1 || ends_with(U"마다") || ends_with(U"보다") || is_word(U"바다") || ends_with(U"갖다") ||
                ends_with(U"가져다") || ends_with(U"데려다"))
                return false;
            return utf8::hangul_final(prev) != 0 ||
                   in(prev, {U'이', U'니', U'되', U'쁘', U'프', U'크', U'르', U'세', U'쓰', U'뜨', U'나', U'리'});
        case U'요':
            return len > 1 && !(ends_with(U"주요") || ends_with(U"필요") || ends_with(U"중요") || ends_with(U"수요") ||
                                 ends_with(U"개요") || ends_with(U"강요") || ends_with(U"소요"));
        case U'죠': case U'쥬': case U'유':
            return len > 1 && (last == U'죠' || utf8::hangul_final(prev) == 0 || prev == U'않');
        case U'까':  // 갈까, 합니까, 했습니까; not the connective 그러니까
            return len > 1 && (utf8::hangul_final(prev) == 8 ||
                               (prev == U'니' && len > 2 && (utf8::hangul_final(word[len - 3]) == 17 || word[len - 3] == U'습')));
        case U'지':  // 했지, 알겠지; not 하지 (않다)
            return len > 1 && utf8::hangul_final(prev) == 20;
        case U'마':  // 하지 마
            return len == 1 && before_word == U'지';
        case U'야':  // 거야, 이야
            return len > 1 && in(prev, {U'거', U'이', U'게', U'래', U'니'});
        case U'남':  // 깨어남
            return len > 2;
        // Spoken and dialect endings: 먹었걸랑, 안되는구먼, 잘됐네용, 많이냐니께, 하드라구, 싶았제
        case U'랑':
            return ends_with(U"걸랑");
        case U'먼': case U'만':
            return len > 2 && prev == U'구';
        case U'용':
            return len > 1 && in(prev, {U'네', U'어', U'해', U'에', U'아', U'게', U'예', U'죠', U'요', U'까'});
        case U'께':
            return len > 2 && prev == U'니';
        case U'구':
            return len > 2 && prev == U'라';
        case U'재': case U'제': {
            const int f = utf8::hangul_final(prev);
            return len > 1 && (f == 20 || f == 18);
        }
        case U'함': case U'됨': case U'짐': case U'임': case U'냄': case U'줌':
            return len > 1;
        case U'음':
            return len > 1 && utf8::hangul_final(prev) != 0 &&
                   !(ends_with(U"웃음") || ends_with(U"걸음") || ends_with(U"울음") || ends_with(U"얼음") || ends_with(U"믿음") ||
                     ends_with(U"죽음") || ends_with(U"젊음") || ends_with(U"놀음") || ends_with(U"묶음") || ends_with(U"졸음") ||
                     ends_with(U"물음"));
        case U'네': case U'군': case U'걸': case U'듯':
            return len > 2 && in(prev, {U'하', U'있', U'었', U'았', U'겠', U'좋', U'같', U'는', U'했', U'된', U'인', U'한', U'을', U'가'});
        default:
            return false;
    }
}

bool ends_sentence_in_prose(std::u32string_view word, char32_t before_word) {
    if (!ends_sentence(word, before_word)) return false;
    if (word.back() != U'다' || word.size() < 2) return true;
    const char32_t prev = word[word.size() - 2];
    return utf8::hangul_final(prev) != 0 || prev == U'니' || prev == U'되' || prev == U'이';
}

bool is_nominal(std::u32string_view word) {
    return !word.empty() && in(word.back(), {U'함', U'됨', U'짐', U'임', U'냄', U'줌', U'음'});
}

bool is_connective(std::u32string_view word) {
    if (word.empty()) return false;
    const char32_t last = word.back();
    return in(last, {U'가', U'이', U'은', U'는', U'을', U'를', U'에', U'의', U'도', U'만', U'고', U'서', U'며', U'면',
                     U'데', U'지', U'게', U'와', U'과', U'랑', U'로', U'께', U'든', U'니'}) ||
           (word.size() >= 2 && word[word.size() - 2] == U'니' && last == U'까');
}

bool continues_quote(std::u32string_view next) {
    const char32_t first = next.empty() ? 0 : next[0];
    if ((in(first, {U'하', U'했'}) || (first == U'한' && !word_is(next, U"한"))) ||
        word_is(next, U"고") || word_is(next, U"며") || word_is(next, U"는") || word_is(next, U"란") || starts(next, U"라고") ||
        starts(next, U"라며") || starts(next, U"라는") || starts(next, U"라면"))
        return true;
    for (const std::u32string_view verb : {U"물었", U"말했", U"말하", U"외쳤", U"소리쳤", U"대답", U"답했", U"속삭", U"중얼", U"묻", U"덧붙"})
        if (starts(next, verb)) return true;
    return false;
}

bool continues_clause(std::u32string_view next, bool nominal) {
    const char32_t first = next.empty() ? 0 : next[0];
    if (starts(next, U"보니") || starts(next, U"보면") || starts(next, U"싶") || in(first, {U'것', U'듯', U'뿐'}) ||
        word_is(next, U"수") || starts(next, U"못") || starts(next, U"않") || starts(next, U"말고") ||
        starts(next, U"하더라") || starts(next, U"하드라") || starts(next, U"해도") || starts(next, U"하는") ||
        starts(next, U"하면") || word_is(next, U"하고") || word_is(next, U"하며"))
        return true;
    if (!nominal) return false;
    return word_is(next, U"없이") || word_is(next, U"없는") || word_is(next, U"외에") || word_is(next, U"외") ||
           starts(next, U"그 자체") || word_is(next, U"방지") || starts(next, U"방지를") || starts(next, U"덕분") ||
           starts(next, U"때문") || word_is(next, U"정도") || word_is(next, U"가득") || word_is(next, U"속에");
}
}  // namespace sori::korean
