#include <catch2/catch.hpp>

#include "text/markdown_cleaner.h"

TEST_CASE("Inline Markdown and HTML a listener should not hear are removed", "[markdown]") {
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"[메타](https://meta.com) 소식", "메타 소식"},
        {"![로고](logo.png) 메타", "메타"},
        {"**굵게** 그리고 *기울여* 쓴 글", "굵게 그리고 기울여 쓴 글"},
        {"~~취소~~된 말", "취소된 말"},
        {"`sori render` 명령", "sori render 명령"},
        {"<b>강조</b>와 <a href=\"x\">링크</a>", "강조와 링크"},
        {"<서비스 산업에 있어 종이는 혈관내의 콜레스트롤과 같다.>라고", "<서비스 산업에 있어 종이는 혈관내의 콜레스트롤과 같다.>라고"},
        {"AT&amp;T &lt;3 &quot;인용&quot;", "AT&T <3 \"인용\""},
        {"참고 [문서][1] 보기", "참고 문서 보기"},
        {"주소 <https://example.com> 입니다", "주소 https://example.com 입니다"},
        {"2 * 3 = 6, 2*3", "2 * 3 = 6, 2*3"},
        {"[링크 (괄호) 포함](https://a.b/c_(d))", "링크 (괄호) 포함"},
        {"수도는 서울이다.[1][12] 인구는", "수도는 서울이다. 인구는"},
        {"역사[편집]", "역사"},
        {"[1] 첫째 참고문헌", "[1] 첫째 참고문헌"},
    }));
    CHECK(sori::clean_inline(input) == expected);
}

TEST_CASE("HTML comments and scripts spanning lines are dropped but lines are kept", "[markdown]") {
    CHECK(sori::strip_html_blocks("가<!-- 숨김\n주석 -->나\n<script>x()\n</script>다") == "가\n나\n\n다");
}
