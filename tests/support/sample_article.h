#pragma once
// What the sample article (input/meta-ai-strategy.txt) must come out as, shared by the tests.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace test {

inline const std::vector<std::string> sample_chapters{
    "메타 ($META)의 새로운 AI 전략",
    "1. AI 인재 경쟁에서 앞서가기",
    "2. 메타 내부 AI 부서 재편",
    "3. 다음 세대 거대언어모델 (LLM) Llama3 개발",
    "4. 엔비디아 ($NVDA) 그래픽 연산장치 (GPU) 구입 및 자체 AI칩 개발",
    "마무리",
};

// The sample article `copies` times, each copy's sentences opened with a word of its own, so that
// no sentence repeats (the cache cannot share audio between copies): a long article to render.
inline std::string long_article(int copies) {
    static const char* const words[] = {"그런데", "그리고", "한편", "또한", "물론", "사실", "특히", "결국",
                                        "아마", "다만", "게다가", "그래서", "예컨대", "요컨대", "무엇보다", "오히려"};
    std::ifstream in(SORI_SAMPLE_ARTICLE, std::ios::binary);
    std::ostringstream sample;
    sample << in.rdbuf();
    std::string text;
    for (int c = 0; c < copies; ++c) {
        const std::string word = words[c % 16] + std::string(c < 16 ? "" : " 다시");
        std::istringstream lines(sample.str());
        for (std::string line; std::getline(lines, line);) {
            if (line.empty()) {
                text += "\n";
                continue;
            }
            std::string changed = word + " ";
            for (std::size_t at = 0; at < line.size(); ++at) {
                changed += line[at];
                if (line[at] == '.' && at + 1 < line.size() && line[at + 1] == ' ') changed += " " + word;
            }
            text += changed + "\n";
        }
        text += "\n";
    }
    return text;
}

}  // namespace test
