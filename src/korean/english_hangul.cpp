#include "korean/english_hangul.h"

#include <algorithm>
#include <vector>

#include "base/utf8.h"
#include "korean/english_phones.h"
#include "korean/hangul_jamo.h"

namespace sori::english {
namespace {

using namespace jamo;

// Vowels by their Unicode index: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ.
enum : int { vA = 0, vAE = 1, vEO = 4, vE = 5, vO = 8, vU = 13, vEU = 18, vI = 20 };

// The phones with their letters, and questions about a position (out of range is nothing).
struct Phones {
    const Pronunciation& p;
    std::string_view base(std::size_t i) const { return i < p.phones.size() ? base_name(p.phones[i]) : std::string_view(); }
    bool vowel(std::size_t i) const { return i < p.phones.size() && is_vowel(p.phones[i]); }
    bool glide(std::size_t i) const { return base(i) == "y" || base(i) == "w"; }
    // A vowel follows, maybe after a glide: the consonant at i opens the next syllable.
    bool before_vowel(std::size_t i) const { return vowel(i + 1) || (glide(i + 1) && vowel(i + 2)); }
    char letter(std::size_t i) const {
        const int at = i < p.letter_of.size() ? p.letter_of[i] : -1;
        return at >= 0 && static_cast<std::size_t>(at) < p.word.size() ? p.word[static_cast<std::size_t>(at)] : 0;
    }
    std::size_t size() const { return p.phones.size(); }
};

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

// The syllable of a reduced vowel is closed when a nasal or [l] ends it (lemon, symbol).
bool closed_by_sonorant(const Phones& ph, std::size_t i) {
    return is_one_of(ph.base(i + 1), {"m", "n", "ng", "l"}) && !ph.before_vowel(i + 1);
}

int letter_index(const Phones& ph, std::size_t i) { return i < ph.p.letter_of.size() ? ph.p.letter_of[i] : -1; }

bool first_syllable(const Phones& ph, std::size_t i) {
    for (std::size_t k = 0; k < i; ++k)
        if (ph.vowel(k)) return false;
    return true;
}

// The reduced vowel [ə] as its letter suggests (Java 자바, camera 카메라, lemon 레몬, apple 애플).
int reduced_vowel(const Phones& ph, std::size_t i) {
    const char letter = ph.letter(i);
    const bool closed = closed_by_sonorant(ph, i);
    const std::string_view before = i > 0 ? ph.base(i - 1) : std::string_view();
    const bool obstruent_before = !before.empty() && !ph.vowel(i - 1) && !is_one_of(before, {"m", "n", "ng", "l", "r", "y", "w"});
    const bool word_final_n = ph.base(i + 1) == "n" && i + 2 == ph.size();
    const std::string& w = ph.p.word;
    if (i > 0 && ph.vowel(i - 1) && ph.base(i - 1) != "er" && !(letter == 'a' && i + 1 == ph.size()))
        return vEO;  // after a vowel: diet 다이어트, science 사이언스; but Korea 코리아
    if (ph.base(i + 1) == "m" && i + 2 == ph.size() && is_one_of(before, {"s", "z", "th", "dh"})) return vEU;  // -ism 즘, rhythm 리듬
    const auto ends_with = [&](std::string_view end) { return w.size() > end.size() + 1 && w.compare(w.size() - end.size(), end.size(), end) == 0; };
    if ((ends_with("le") || ends_with("les") || ends_with("led")) && ph.base(i + 1) == "l" && ph.p.letter_of.size() == ph.size() &&
        w.find("le", static_cast<std::size_t>(std::max(0, letter_index(ph, i) - 1))) >= w.size() - 3)
        return vEU;  // apple 애플, tables 테이블스
    switch (letter) {
    case 'a':
        if (ph.base(i + 1) == "jh" && (i + 2 == ph.size() || (i + 4 == ph.size() && ph.base(i + 2) == "ax" && is_one_of(ph.base(i + 3), {"z", "d"}))))
            return vI;  // -age: image 이미지, packages 패키지스
        if (ph.base(i + 1) == "t" && i + 2 == ph.size() && w.size() > 4 && w.compare(w.size() - 3, 3, "ate") == 0) return vI;  // template 템플릿
        if (first_syllable(ph, i) && letter_index(ph, i) == 0) return vEO;  // attention 어텐션, about 어바웃
        return closed ? vEO : vA;
    case 'e':
        if (word_final_n && obstruent_before) return vEU;  // open 오픈, garden 가든
        if (is_one_of(ph.base(i + 1), {"s", "z"}) && i + 2 == ph.size()) return vI;  // -ness 니스, -es
        return closed ? vEO : vE;
    case 'i': case 'y': return vI;
    case 'o':
        if (closed) return word_final_n && is_one_of(before, {"s", "z"}) ? vEU : vEO;  // Jackson 잭슨
        return first_syllable(ph, i) && i + 1 < ph.size() && !ph.vowel(i + 1) && ph.before_vowel(i + 1) ? vEO : vO;  // connect 커넥트, memory 메모리
    case 'u': return before == "y" ? vU : vEO;  // regular 레귤러
    default: return vEO;
    }
}

// The Hangul vowels a vowel phone is written with (a diphthong gives two).
std::vector<int> vowels_of(const Phones& ph, std::size_t i) {
    const std::string_view v = ph.base(i);
    const bool stressed = is_stressed(ph.p.phones[i]);
    if (v == "ax" || (v == "ah" && !stressed)) return {reduced_vowel(ph, i)};
    if (v == "ih" && !stressed && ph.letter(i) == 'e' && (ph.base(i + 1) == "l" || (is_one_of(ph.base(i + 1), {"t", "k"}) && !ph.before_vowel(i + 1)))) return {vE};  // ticket 티켓
    if (v == "iy" || v == "ih") return {vI};
    if (v == "ey") return {vE, vI};
    if (v == "eh") return {vE};
    if (v == "ae") return {vAE};
    if (v == "aa") return {ph.letter(i) == 'o' ? vO : vA};
    if (v == "ao" || v == "ow") return {vO};
    if (v == "er" && !stressed && ph.vowel(i + 1)) {  // -ory: memory 메모리, history 히스토리 (the o may be silent, r sounding [ɚ])
        const int at = letter_index(ph, i);
        if (ph.letter(i) == 'o' || (ph.letter(i) == 'r' && at > 0 && ph.p.word[static_cast<std::size_t>(at - 1)] == 'o')) return {vO};
    }
    if (v == "ah" || v == "er") return {vEO};
    if (v == "uw" && !ph.p.by_letters && i > 0 && is_one_of(ph.base(i - 1), {"t", "d", "n"}) && (ph.letter(i) == 'u' || ph.letter(i) == 'w' || ph.letter(i) == 'e'))
        return {17};  // British yod: news 뉴스, student 스튜던트
    if (v == "uh" || v == "uw") return {vU};
    if (v == "aw") return {vA, vU};
    if (v == "ay") return {vA, vI};
    if (v == "oy") return {vO, vI};
    return {vEO};
}

int with_y(int vowel) {
    switch (vowel) {
    case vA: return 2; case vAE: return 3; case vEO: return 6; case vE: return 7; case vO: return 12; case vU: case vEU: return 17;
    default: return vowel;
    }
}

int with_w(int vowel) {
    switch (vowel) {
    case vA: return 9; case vAE: return 10; case vEO: case vO: return 14; case vE: return 15; case vI: return 16; case vEU: return vU;
    default: return vowel;
    }
}

int initial_of(std::string_view c) {
    static constexpr std::pair<std::string_view, int> table[] = {
        {"p", P}, {"b", B}, {"t", T}, {"d", D}, {"k", K}, {"g", G}, {"f", P}, {"v", B}, {"th", S}, {"dh", D}, {"s", S}, {"z", J},
        {"sh", S}, {"zh", J}, {"ch", CH}, {"jh", J}, {"m", M}, {"n", N}, {"ng", NG}, {"l", R}, {"r", R}, {"hh", H}};
    for (const auto& [name, initial] : table)
        if (name == c) return initial;
    return NG;
}

// 제1항's short vowels; not one right after another vowel (diet 다이어트).
bool short_vowel(const Phones& ph, std::size_t i) {
    if (i > 0 && ph.vowel(i - 1) && !is_stressed(ph.p.phones[i])) return false;
    return is_one_of(ph.base(i), {"ih", "eh", "ae", "ah", "uh", "ax", "aa"});
}

class Writer {
public:
    explicit Writer(const Phones& ph) : ph_(ph) {}
    std::string write();

private:
    const Phones& ph_;
    std::vector<Syllable> out_;
    int onset_ = -1;     // the consonant waiting for the next vowel
    bool affricate_ = false;  // that consonant is [tʃ] [dʒ] [ʒ]: ㅈ ㅊ take 이 where others take 으
    char glide_ = 0;     // 'y' or 'w' waiting for it too
    void vowel(std::size_t i);
    void consonant(std::size_t i);
    std::size_t coda(std::size_t i);
    void with_eu(int initial, int vowel = vEU) { out_.push_back({initial, vowel, none}); }
    bool can_take_final() const { return !out_.empty() && out_.back().final == none; }
};

void Writer::vowel(std::size_t i) {
    std::vector<int> vowels = vowels_of(ph_, i);
    const bool reduced = vowels.size() == 1 && vowels[0] == vEO && !is_stressed(ph_.p.phones[i]);
    if (glide_ == 'y' && reduced && (onset_ == D || onset_ == R || onset_ == N)) {
        glide_ = 0;  // 제9항 3: [djə] [ljə] [njə] are 디어 리어 니어 (union 유니언)
        vowels = {vI, vEO};
    }
    if (ph_.base(i) == "aw" && (ph_.base(i + 1) == "er" || ph_.base(i + 1) == "ax")) vowels = {vA};  // tower 타워: [auə]
    if (glide_ == 'w' && ph_.base(i) == "aa") vowels = {vEO};  // [wɑ] as in want 원트, watch 워치
    int first = vowels[0];
    const int initial = onset_ < 0 ? NG : onset_;
    if (glide_ == 'y' && initial != J && initial != CH) first = with_y(first);
    if (glide_ == 'w') first = with_w(first);
    if (affricate_ && first == vEU) first = vI;  // kitchen 키친
    out_.push_back({initial, first, none});
    for (std::size_t k = 1; k < vowels.size(); ++k) out_.push_back({NG, vowels[k], none});
    onset_ = ph_.base(i) == "er" && ph_.vowel(i + 1) ? R : -1;  // camera 카메라, battery 배터리
    glide_ = ph_.base(i) == "aw" && vowels.size() == 1 ? 'w' : 0;
}

void Writer::consonant(std::size_t i) {
    const std::string_view c = ph_.base(i);
    if (c == "ng") {  // 제5항 2: ㆁ is always a final (hanging 행잉)
        if (can_take_final()) out_.back().final = fNG;
        return;
    }
    const bool after_nasal = i > 0 && is_one_of(ph_.base(i - 1), {"m", "n", "ng"});
    if (c == "l" && !after_nasal && can_take_final() && i > 0) out_.back().final = fL;  // 제6항 2: slide 슬라이드, olive 올리브, but Henley 헨리
    onset_ = initial_of(c);
    affricate_ = is_one_of(c, {"ch", "jh", "zh"});
    if (c == "sh") glide_ = 'y';
}

// A consonant that does not open a syllable; returns the next phone to look at.
std::size_t Writer::coda(std::size_t i) {
    const std::string_view c = ph_.base(i), next = ph_.base(i + 1);
    const bool after_short = i > 0 && ph_.vowel(i - 1) && short_vowel(ph_, i - 1);
    if ((c == "t" && next == "s") || (c == "d" && next == "z")) {
        if (!ph_.before_vowel(i + 1)) {  // 제4항 1: Keats 키츠, odds 오즈
            with_eu(c == "t" ? CH : J);
            return i + 2;
        }
    }
    if (is_one_of(c, {"p", "t", "k"}) && after_short && !is_one_of(next, {"l", "r", "m", "n"}) && can_take_final()) {
        out_.back().final = c == "p" ? fB : c == "t" ? fS : fG;  // 제1항 1–2: gap 갭, act 액트
    } else if (c == "b" && after_short && !is_one_of(next, {"l", "r", "m", "n"}) && can_take_final()) {
        out_.back().final = fB;  // usage: club 클럽, web 웹, Jobs 잡스
    } else if (c == "z" && i + 1 == ph_.size() && ph_.letter(i) == 's') {
        with_eu(S);  // a final s is 스 even when voiced: James 제임스, news 뉴스
    } else if (is_one_of(c, {"m", "n", "ng"}) && can_take_final()) {
        out_.back().final = c == "m" ? fM : c == "n" ? fN : fNG;  // 제5항 1
    } else if (c == "m" || c == "n") {
        with_eu(c == "m" ? M : N);
    } else if (c == "l") {
        if (can_take_final()) out_.back().final = fL;
        else with_eu(R);
        if (is_one_of(next, {"m", "n"}) && !ph_.before_vowel(i + 1)) with_eu(R);  // 제6항 2: film 필름
    } else if (c == "r") {
        const std::string_view before = i > 0 ? ph_.base(i - 1) : std::string_view();
        if (is_one_of(before, {"ih", "iy", "eh", "ey", "ay", "aw", "uh", "uw", "oy"})) with_eu(NG, vEO);  // year 이어, tour 투어
    } else if (c == "sh") {
        with_eu(S, i + 1 == ph_.size() || !out_.empty() ? vI : 17);  // 제3항 2: flash 플래시, shrub 슈러브, dashboard 대시보드
    } else if (c == "ch" || c == "jh" || c == "zh") {
        with_eu(c == "ch" ? CH : J, vI);  // 제3항 3, 제4항 1: switch 스위치, bridge 브리지
    } else if (c != "hh" && c != "y" && c != "w" && c != "ng") {
        with_eu(initial_of(c));  // 제1항 3, 제2항, 제3항 1: cape 케이프, land 랜드, mask 마스크
    }
    return i + 1;
}

std::string Writer::write() {
    for (std::size_t i = 0; i < ph_.size();) {
        const std::string_view c = ph_.base(i);
        if (ph_.vowel(i)) {
            vowel(i++);
        } else if (ph_.glide(i)) {
            if (ph_.vowel(i + 1)) {
                // 제9항 2: after a consonant [w] makes a syllable of its own, except [gw] [hw] [kw].
                if (c == "w" && onset_ >= 0 && onset_ != G && onset_ != K && onset_ != H) with_eu(onset_), onset_ = -1;
                glide_ = c == "y" ? 'y' : 'w';
            }
            ++i;
        } else if (ph_.before_vowel(i) && c != "ng") {
            consonant(i++);
        } else if (c == "ng") {
            consonant(i++);
        } else {
            i = coda(i);
        }
    }
    std::string text;
    for (const Syllable& s : out_) utf8::append(text, join(s));
    return text;
}

}  // namespace

std::string to_hangul(const Pronunciation& pronunciation) {
    const Phones phones{pronunciation};
    return Writer(phones).write();
}

}  // namespace sori::english
