#pragma once
// Texts with known effects on eSpeak NG 1.51, shared by the tests (DESIGN.md lists the crashes).
#include <string>

namespace test {

// "g." and 28 Hangul syllables: libespeak-ng 1.51 smashes its stack.
inline const std::string stack_smashing_text = "g.가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노";

// 68 repetitions of "s'": a buffer overflow in libespeak-ng 1.51.
inline std::string repeat(const std::string& piece, int times) {
    std::string text;
    for (int i = 0; i < times; ++i) text += piece;
    return text;
}
inline const std::string buffer_overflow_text = repeat("s'", 68);

// One long sentence (about ten seconds of speech).
inline const std::string long_sentence =
    "메타의 새로운 인공지능 전략에 대해서 최고경영자인 마크 주커버그가 최근에 언급한 내용을 하나하나 "
    "자세하게 살펴보면서 그 의미와 앞으로의 방향을 차근차근 정리해 보겠습니다.";

}  // namespace test
