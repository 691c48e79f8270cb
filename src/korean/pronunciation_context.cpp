#include "korean/pronunciation_context.h"

#include <algorithm>
#include <initializer_list>

#include "base/utf8.h"

namespace sori {
namespace {

using namespace jamo;

bool one_of(std::u32string_view text, std::initializer_list<std::u32string_view> options) {
    return std::find(options.begin(), options.end(), text) != options.end();
}

bool starts_with_one_of(std::u32string_view text, std::initializer_list<std::u32string_view> options) {
    for (std::u32string_view o : options)
        if (text.substr(0, o.size()) == o) return true;
    return false;
}

// What may follow an entry in the same word: a particle, an ending or a suffix (사건을,
// 인기가, 장점이다), not the rest of another word (한자 is not the start of 한자리).
bool may_follow_entry(std::u32string_view rest) {
    static constexpr std::u32string_view starts = U"을를이가은는도에의로으와과만들까부처보하했한할해합적상께라랑나야여요입였었인일임뿐쯤씩조마";
    return rest.empty() || starts.find(rest[0]) != std::u32string_view::npos;
}

// The longest respelling that begins the word, user entries first.
void respell(std::u32string& word, const PronounceOptions& options) {
    std::u32string respelling;
    std::size_t n = options.lexicon ? options.lexicon->match(word, respelling) : 0;
    if (n > 0 && !may_follow_entry(std::u32string_view(word).substr(n))) n = 0;
    if (n == 0 && options.use_shipped_lexicon) n = default_pronunciation_lexicon().match(word, respelling);
    if (n > 0 && may_follow_entry(std::u32string_view(word).substr(n))) word.replace(0, n, respelling);
}

void add_word(Words& w, std::u32string word, bool space_before, const PronounceOptions& options) {
    respell(word, options);
    const std::size_t index = w.words.size();
    if (!w.cells.empty() && space_before) w.cells.back().next_across_space = true;
    w.first_cell.push_back(w.cells.size());
    for (std::size_t p = 0; p < word.size(); ++p) {
        Cell c;
        c.s = split(word[p]);
        c.written = word[p];
        c.word = index;
        c.position = p;
        c.next_in_word = p + 1 < word.size();
        w.cells.push_back(c);
    }
    w.words.push_back(std::move(word));
}

}  // namespace

Words read_words(std::string_view text, const PronounceOptions& options) {
    Words w;
    w.cells.reserve(text.size() / 3);  // a syllable takes three bytes
    w.words.reserve(text.size() / 9);  // words of about three syllables and a space
    w.first_cell.reserve(text.size() / 9);
    std::u32string word;
    bool space_before = false;  // exactly one space since the last word ended
    std::size_t gap = 0;        // characters since the last word ended (none yet: many)
    bool any_word = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, i, len);
        i += len;
        if (is_syllable(cp)) {
            if (word.empty()) space_before = any_word && gap == 1 && text[i - len - 1] == ' ';
            word += cp;
            continue;
        }
        if (!word.empty()) {
            add_word(w, std::move(word), space_before, options);
            word.clear();
            any_word = true;
            gap = 0;
        }
        ++gap;
    }
    if (!word.empty()) add_word(w, std::move(word), space_before, options);
    return w;
}

std::string write_words(std::string_view text, const Words& w) {
    std::string out;
    out.reserve(text.size());
    std::size_t cell = 0;
    std::size_t run = 0;  // the first character not yet copied: what is not a syllable is copied in runs
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, i, len);
        if (is_syllable(cp) && cell < w.cells.size()) {
            out.append(text, run, i - run);
            utf8::append(out, join(w.cells[cell++].s));
            run = i + len;
        }
        i += len;
    }
    out.append(text, run, text.size() - run);
    return out;
}

std::u32string_view rest_of_word(const Words& w, std::size_t cell) {
    const Cell& c = w.cells[cell];
    return std::u32string_view(w.words[c.word]).substr(c.position);
}

bool is_balb(const Cell& c) { return c.written == U'밟'; }

bool starts_content_word(const Words& w, std::size_t cell) {
    const std::u32string_view rest = rest_of_word(w, cell);
    if (rest.substr(0, 1) == U"없") return true;
    const char32_t before = w.cells[cell - 1].written;
    static constexpr std::u32string_view prefixes = U"맛멋헛겉첫웃밭꽃옷젖낮늦덧짓풋";
    return prefixes.find(before) != std::u32string_view::npos && starts_with_one_of(rest, {U"옷", U"어른", U"아래", U"앞", U"웃", U"위"});
}

bool takes_n_insertion(const Words& w, std::size_t cell) {
    const Cell& b = w.cells[cell + 1];
    if (!(b.s.vowel == I || b.s.vowel == YA || b.s.vowel == YEO || b.s.vowel == YO || b.s.vowel == YU)) return false;
    const std::u32string& prev = w.words[w.cells[cell].word];
    const std::u32string& next = w.words[b.word];
    if (next.size() >= 2 && next[0] == U'입' && std::u32string_view(U"다고는어은을지었으혀").find(next[1]) != std::u32string_view::npos) return true;
    if (next[0] == U'엿') return true;
    const bool work = next == U"일" || (next.size() == 2 && next[0] == U'일' && std::u32string_view(U"을이은도만에로").find(next[1]) != std::u32string_view::npos);
    return work && std::u32string_view(U"한할된될간갈온올본볼준줄").find(prev.back()) != std::u32string_view::npos;
}

bool inserts_n_within(const Words& w, std::size_t cell) {
    const Cell& b = w.cells[cell];
    const Cell& a = w.cells[cell - 1];
    if (a.s.final == none || !(b.s.vowel == I || b.s.vowel == YA || b.s.vowel == YEO || b.s.vowel == YO || b.s.vowel == YU)) return false;
    const std::u32string_view rest = rest_of_word(w, cell);
    // Words that are always second elements: 꽃잎, 콩엿, 밤윷.
    if (b.written == U'잎' || b.written == U'엿' || b.written == U'윷') return true;
    // 30항 3: a 사이시옷 inside a word before 야 여 요 유 (도리깻열 [도리깬녈]), not a particle.
    if (a.s.final == fS && a.position >= 1 && (b.s.vowel == YA || b.s.vowel == YEO || b.s.vowel == YO || b.s.vowel == YU)) return true;
    // A native ten and 여섯 or 여덟: 스물여섯 [스물려섣].
    if ((b.written == U'여') && (rest.substr(0, 2) == U"여섯" || rest.substr(0, 2) == U"여덟") && a.position == 0 &&
        one_of(w.words[a.word].substr(0, 1), {U"열", U"쉰"}))
        return true;
    if (b.position >= 1 && (rest.substr(0, 2) == U"여섯" || rest.substr(0, 2) == U"여덟") &&
        one_of(w.words[b.word].substr(b.position - 1, 1), {U"물", U"른", U"흔", U"쉰", U"순", U"든"}))
        return true;
    // Sino-Korean second elements of longer words: 내복약, 영업용, 맹장염, 시청역, 식용유. Not
    // where the two syllables before are one word of their own (계약, 재활용, 영역, 공유).
    if (b.position < 2) return false;
    const char32_t before = a.written;
    switch (b.written) {
        case U'약': return std::u32string_view(U"활절협맹특공강취빈허언규").find(before) == std::u32string_view::npos;
        case U'용': return std::u32string_view(U"활적응허채포수신남효범운착고복통전공실상겸악중인군식").find(before) == std::u32string_view::npos;
        case U'염': return true;
        case U'역': return std::u32string_view(U"영번통지구무전해수권성광상하외내").find(before) == std::u32string_view::npos;
        case U'유': return std::u32string_view(U"공점함특분경원석").find(before) == std::u32string_view::npos;
        default: return false;
    }
}

bool sino_suffix_tenses(const Words& w, std::size_t cell) {
    const Cell& b = w.cells[cell];
    const Cell& a = w.cells[cell - 1];
    const bool sonorant = a.s.final == none || a.s.final == fN || a.s.final == fL || a.s.final == fM || a.s.final == fNG;
    if (!sonorant) return false;
    if (b.written == U'권') return true;  // 權 券: 인권 [인꿘], 여권 [여꿘]
    if (b.position < 2) return false;
    if (b.written == U'성') return std::u32string_view(U"구작완형결합편달육생찬반변개재").find(a.written) == std::u32string_view::npos;  // 性
    if (b.written == U'증') return std::u32string_view(U"검보입논확고인").find(a.written) == std::u32string_view::npos;          // 證 症
    return false;
}

int letter_name_final(const Words& w, std::size_t cell) {
    const Cell& a = w.cells[cell];
    if (a.position == 0) return -1;
    const std::u32string name = w.words[a.word].substr(a.position - 1, 2);
    if (one_of(name, {U"디귿", U"지읒", U"치읓", U"티읕", U"히읗"})) return S;
    if (name == U"키읔") return G;
    if (name == U"피읖") return B;
    return -1;
}

bool causative_gi(const Words& w, std::size_t cell) {
    const std::u32string_view rest = rest_of_word(w, cell);
    return rest.size() >= 2 && rest[0] == U'기';
}

bool takes_sino_n(const Words& w, std::size_t cell) {
    const Cell& c = w.cells[cell];
    return c.position >= 2 && std::u32string_view(U"란량력령례로론료류률").find(c.written) != std::u32string_view::npos;
}

bool tenses_after_rieul(const Words& w, std::size_t cell) {
    const Cell& a = w.cells[cell];
    static constexpr std::u32string_view adnominal = U"할될갈올볼줄을쓸칠킬릴질실일울닐힐";
    if (!a.next_in_word) {  // 27항 across a space: 할 것을 [할 꺼슬], 갈 곳 [갈 꼳], 볼 사람 [볼 싸람]
        const std::u32string& next = w.words[w.cells[cell + 1].word];
        if (a.written == U'를') return false;
        if (std::u32string_view(U"할될갈볼킬릴칠쓸").find(a.written) != std::u32string_view::npos) return true;  // always adnominal
        if (next[0] == U'것') return true;
        if (std::u32string_view(U"거수적바데곳줄지듯겁").find(next[0]) == std::u32string_view::npos) return false;
        return next.size() == 1 || (next.size() <= 3 && one_of(std::u32string_view(next).substr(1),
                                                                 {U"을", U"를", U"이", U"가", U"은", U"는", U"도", U"에", U"로", U"야", U"만", U"이다",
                                                                  U"예요", U"밖에", U"이나", U"으로", U"에는", U"이라"}));
    }
    const std::u32string_view rest = rest_of_word(w, cell + 1);
    if (adnominal.find(a.written) != std::u32string_view::npos &&
        starts_with_one_of(rest, {U"게", U"걸", U"지", U"진대", U"수록", U"세라", U"밖에", U"거야", U"건"}))
        return true;  // 27항 within a word: 갈게요 [갈께요], 할진대 [할찐대]
    const int l = w.cells[cell + 1].s.initial;
    if (l != D && l != S && l != J) return false;
    // 26항 (Sino-Korean ㄹ + ㄷ ㅅ ㅈ), except a verb stem and its ending (길다, 놀자, 알지만) and
    // the particle 도 after a one-syllable noun (말도, 길도).
    if (starts_with_one_of(rest, {U"되", U"된", U"될", U"됨", U"됩", U"돼", U"됐", U"시키", U"시켜", U"시킨", U"시킬", U"시킴", U"시킵"}))
        return false;  // a noun made a verb: 해결되다, 발전시키다
    if (one_of(rest, {U"다", U"다가", U"다고", U"다는", U"다면", U"다니", U"던", U"더", U"더니", U"더라", U"더라도", U"도록", U"든지",
                      U"자", U"자고", U"자마자", U"지", U"지만", U"지요", U"죠", U"지도", U"지는", U"지를", U"지않"}))
        return false;
    return !(rest == U"도" && a.position == 0);
}

bool tenses_after_m_stem(const Words& w, std::size_t cell) {
    const Cell& a = w.cells[cell];
    if (a.position != 0 || !a.next_in_word) return false;
    return one_of(rest_of_word(w, cell + 1), {U"다", U"지", U"게", U"던", U"지만", U"더라", U"도록"});
}

}  // namespace sori
