#include "korean/pronunciation.h"

#include <vector>

#include "base/utf8.h"
#include "korean/hangul_jamo.h"
#include "korean/pronunciation_context.h"

namespace sori {
namespace {

using namespace jamo;

// 12항: a final ㅎ (alone, or in ㄶ ㅀ) before the next syllable. False when there is none.
bool h_final(Cell& a, Cell& b) {
    const int t = a.s.final, l = b.s.initial;
    if (t != fH && t != fNH && t != fLH) return false;
    const int base = t == fH ? none : t == fNH ? fN : fL;
    if (l == G || l == D || l == J) a.s.final = base, b.s.initial = aspirated(l);  // 놓고 [노코]
    else if (l == S) a.s.final = base, b.s.initial = SS;                          // 많소 [만쏘]
    else if (l == N) a.s.final = t == fH ? fN : base, b.s.initial = base == fL ? R : N;  // 놓는 [논는], 뚫는 [뚤른]
    else if (l == NG) a.s.final = none, b.s.initial = base == none ? NG : as_initial(base);  // 낳은 [나은], 싫어 [시러]
    else a.s.final = base == none ? fD : base;
    return true;
}

// 29항: 내복약 [내봉냑], 관절염 [관절렴]; across a space: 옷 입다 [온 닙따], 잘 입다 [잘 립따], 한 일 [한 닐].
void insert_n(Cell& a, Cell& b) {
    const int r = representative(a.s.final);
    b.s.initial = r == fL ? R : N;
    a.s.final = r == fG ? fNG : r == fD ? fN : r == fB ? fM : r;
}

// 13–17항: the final moves to a following vowel.
void link(Words& w, std::size_t i) {
    Cell& a = w.cells[i];
    Cell& b = w.cells[i + 1];
    const int t = a.s.final;
    const bool across = !a.next_in_word;
    if (across ? takes_n_insertion(w, i) : inserts_n_within(w, i + 1)) return insert_n(a, b);
    if (t == fNG) return;
    const int r = representative(t);
    const bool stop = r == fG || r == fD || r == fB;
    // Across a space not before ㅣ or a y-vowel (그래픽 연산 is not [그래피 견산]).
    const bool y_vowel = b.s.vowel == I || b.s.vowel == YA || b.s.vowel == YEO || b.s.vowel == YE || b.s.vowel == YO || b.s.vowel == YU;
    if (stop && ((across && !y_vowel) || starts_content_word(w, i + 1))) {  // 15항: 맛없다 [마덥따], 닭 앞에 [다 가페]
        a.s.final = none;
        b.s.initial = as_initial(r);
        return;
    }
    if (across) return;  // a sonorant final stays before the next word: 그는 어제
    if (const int named = letter_name_final(w, i); named >= 0) {  // 16항: 티읕이 [티으시]
        a.s.final = none;
        b.s.initial = named;
        return;
    }
    const auto [first, second] = parts(t);
    const int moving = second == none ? t : second;
    int onset = as_initial(moving);
    a.s.final = second == none ? none : first;
    if ((moving == fD || moving == fT) && (b.s.vowel == I || b.s.vowel == YEO)) onset = moving == fD ? J : CH;  // 17항: 같이 [가치]
    const int staying = representative(a.s.final);
    if ((staying == fG || staying == fB || staying == fD) && is_lax_obstruent(onset)) onset = tensed(onset);  // 넋이 [넉씨]
    b.s.initial = onset;
}

// 12항 붙임: a stop or ㅈ before ㅎ is aspirated: 축하 [추카], 맞히다 [마치다], 옷 한 벌 [오 탄 벌].
void aspirate(Cell& a, Cell& b) {
    const auto [first, second] = parts(a.s.final);
    const int last = second == none ? a.s.final : second;
    const int keep = second == none ? none : first;
    const int r = representative(last);
    if (r != fG && r != fD && r != fB) return;
    const bool across = !a.next_in_word;
    int onset = aspirated(as_initial(r));
    if (last == fJ && !across) onset = CH;
    if (last == fD && !across && b.s.vowel == I) onset = CH;  // 17항: 굳히다 [구치다]
    a.s.final = keep;
    b.s.initial = onset;
}

int nasal(int r) { return r == fG ? fNG : r == fD ? fN : r == fB ? fM : r; }

// How a final sounds before a consonant, choosing within a double final (10–11항).
int sounding_final(const Words& w, std::size_t i) {
    const Cell& a = w.cells[i];
    const int t = a.s.final;
    if (t == fLG) {  // a verb stem before ㄱ: 맑게 [말께]; else ㄱ: 늙지 [늑찌], the nouns 흙과 [흑꽈], 닭고기
        const bool noun = a.written == U'흙' || a.written == U'닭' || a.written == U'칡' || a.written == U'삵';
        return w.cells[i + 1].s.initial == G && a.next_in_word && !noun ? fL : fG;
    }
    if (t == fLB) return is_balb(a) ? fB : fL;                                         // 밟다 [밥따], 넓게 [널께]
    return representative(t);
}

void consonant_junction(Words& w, std::size_t i) {
    Cell& a = w.cells[i];
    Cell& b = w.cells[i + 1];
    const int t = a.s.final, l = b.s.initial;
    const int r = sounding_final(w, i);
    if (l == N || l == M) {  // 18항 nasalisation, 20항 ㄹ + ㄴ
        if (r == fL && l == N && a.next_in_word) b.s.initial = R;
        a.s.final = nasal(r);
    } else if (l == R) {  // 19–20항
        if (r == fN) {
            if (a.next_in_word && takes_sino_n(w, i + 1)) b.s.initial = N;  // 생산량 [생산냥]
            else if (a.next_in_word) a.s.final = fL;                         // 신라 [실라]
        } else if (r != fL) {
            b.s.initial = N;
            a.s.final = nasal(r);
        }
    } else if (is_lax_obstruent(l)) {  // 23–27항 tensing
        const bool stop = r == fG || r == fD || r == fB;
        // 25항 ㄼ ㄾ (and ㄺ before ㄱ: 묽고 [물꼬]); 24항 ㄵ ㄻ, but not the causative -기-: 옮기다
        const bool stem_cluster = t == fLB || t == fLT || (t == fLG && r == fL) ||
                                  ((t == fNJ || t == fLM) && l != B && !causative_gi(w, i + 1));
        if (stop || stem_cluster || (t == fL && tenses_after_rieul(w, i)) || (t == fM && tenses_after_m_stem(w, i)) ||
            (a.next_in_word && sino_suffix_tenses(w, i + 1)))
            b.s.initial = tensed(l);
        a.s.final = r;
    }
}

void junction(Words& w, std::size_t i) {
    Cell& a = w.cells[i];
    Cell& b = w.cells[i + 1];
    if (a.s.final == none) {  // after a vowel only a Sino-Korean suffix tenses: 중요성 [중요썽], 여권 [여꿘]
        if (a.next_in_word && is_lax_obstruent(b.s.initial) && sino_suffix_tenses(w, i + 1)) b.s.initial = tensed(b.s.initial);
        return;
    }
    if (h_final(a, b)) return;
    if (b.s.initial == NG) return link(w, i);
    if (b.s.initial == H) return aspirate(a, b);
    consonant_junction(w, i);
}

}  // namespace

std::string pronounce(std::string_view spoken, const PronounceOptions& options) {
    Words w = read_words(spoken, options);
    for (Cell& c : w.cells)
        if (c.s.initial != NG && c.s.vowel == UI) c.s.vowel = I;  // 5항 다만 3: 희망 [히망]
    for (std::size_t i = 0; i + 1 < w.cells.size(); ++i)
        if (w.cells[i].next_in_word || w.cells[i].next_across_space) junction(w, i);
    for (Cell& c : w.cells) {
        c.s.final = c.s.final == fLB && is_balb(c) ? fB : representative(c.s.final);
        if ((c.s.initial == J || c.s.initial == JJ || c.s.initial == CH) && c.s.vowel == YEO) c.s.vowel = EO;  // 5항 다만 1
    }
    return write_words(spoken, w);
}

}  // namespace sori
