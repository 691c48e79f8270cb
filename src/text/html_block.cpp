#include "text/html_block.h"

#include <array>
#include <cctype>
#include <optional>
#include <string>

#include "base/utf8.h"
#include "text/markdown_cleaner.h"

namespace sori {
namespace {

struct Tag {
    std::string name;      // lower case, without `/`
    bool closing = false;  // </p>
    std::size_t end = 0;   // just past `>`
};

// The tag at `at` (which holds '<'), or nullopt when the '<' is text.
std::optional<Tag> tag_at(std::string_view html, std::size_t at) {
    Tag tag;
    std::size_t i = at + 1;
    if (i < html.size() && html[i] == '/') tag.closing = true, ++i;
    while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-'))
        tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
    if (tag.name.empty() || !std::isalpha(static_cast<unsigned char>(tag.name[0]))) return std::nullopt;
    const std::size_t close = html.find_first_of("<>", i);  // a tag holds no `<`: each byte is looked at once
    if (close == std::string_view::npos || html[close] == '<') return std::nullopt;
    tag.end = close + 1;
    return tag;
}

bool is_one_of(const std::string& name, std::initializer_list<std::string_view> names) {
    for (std::string_view n : names)
        if (name == n) return true;
    return false;
}

int heading_level(const std::string& name) {
    return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' ? name[1] - '0' : 0;
}

class HtmlText {
public:
    explicit HtmlText(std::vector<TextBlock>& blocks) : blocks_(blocks) {}

    void text(std::string_view t) {
        for (char c : t) unit_ += c == '\n' || c == '\t' || c == '\r' ? ' ' : c;  // HTML white space is one space
    }
    void tag(const Tag& tag) {
        if (const int level = heading_level(tag.name)) {
            flush();
            heading_ = tag.closing ? 0 : level;
            return;
        }
        if (is_one_of(tag.name, {"p", "div", "br", "li", "ul", "ol", "tr", "table", "blockquote", "section", "dd", "dt", "hr"})) flush();
        else unit_ += tag.name == "td" || tag.name == "th" ? " " : "";
    }
    void flush() {
        std::string unit = utf8::trim(clean_inline(unit_));
        unit_.clear();
        if (unit.empty()) return;
        if (heading_ > 0) blocks_.push_back(TextBlock{heading_, ParagraphKind::prose, {std::move(unit)}});
        else add_unit(blocks_, std::move(unit), ParagraphKind::prose, true);
    }

private:
    std::vector<TextBlock>& blocks_;
    std::string unit_;
    int heading_ = 0;
};

}  // namespace

void add_html_block(std::string_view html, std::vector<TextBlock>& blocks) {
    HtmlText out(blocks);
    std::string skipping;  // the element whose content is not read
    for (std::size_t i = 0; i < html.size();) {
        if (html.compare(i, 4, "<!--") == 0) {
            const std::size_t close = html.find("-->", i + 4);
            i = close == std::string_view::npos ? html.size() : close + 3;
            continue;
        }
        const auto tag = html[i] == '<' ? tag_at(html, i) : std::nullopt;
        if (!tag) {
            if (skipping.empty()) out.text(html.substr(i, 1));
            ++i;
            continue;
        }
        i = tag->end;
        if (!skipping.empty()) {
            if (tag->closing && tag->name == skipping) skipping.clear();
            continue;
        }
        if (!tag->closing && is_one_of(tag->name, {"script", "style", "pre", "svg", "template", "iframe"})) {
            skipping = tag->name;
            continue;
        }
        out.tag(*tag);
    }
    out.flush();
}

}  // namespace sori
