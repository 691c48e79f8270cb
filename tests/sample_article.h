#pragma once
// What the sample article (input/meta-ai-strategy.txt) must come out as, shared by the tests.
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

}  // namespace test
