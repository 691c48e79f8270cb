#pragma once
// An English pronunciation (english_pronouncer.h) written in Hangul by the 외래어 표기법 for
// English (제3장 제1절): 제1항 voiceless stops as finals after a short vowel (gap 갭, act 액트) else
// with 으 (cape 케이프); 제2항 voiced stops with 으 (land 랜드); 제3항 fricatives with 으, [ʃ] as 시/슈/
// 샤…; 제4항 affricates (Keats 키츠, switch 스위치); 제5항 nasals as finals; 제6항 [l] as ㄹ, ㄹㄹ between
// vowels (slide 슬라이드, film 필름) but ㄹ after a nasal (Henley 헨리); 제7항 no long vowels; 제8항
// diphthongs by their parts, [ou] as 오; 제9항 [w] and [j] joined to the vowel (word 워드, yard 야드),
// split after a consonant but [gw] [hw] [kw] (swing 스윙, quarter 쿼터).
// Where Korean usage follows the letters, the reduced vowel [ə] is read from its letter (Java 자바,
// camera 카메라, lemon 레몬, apple 애플), and [ɑ] written o is 오 (Boston 보스턴).
#include <string>

#include "korean/english_pronouncer.h"

namespace sori::english {

// The Hangul of `pronunciation`, or "" if it has no phones.
std::string to_hangul(const Pronunciation& pronunciation);

}  // namespace sori::english
