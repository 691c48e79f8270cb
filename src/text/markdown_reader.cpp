#include "text/markdown_reader.h"

#include <md4c.h>

#include <cctype>
#include <string>

#include "base/utf8.h"
#include "text/front_matter.h"
#include "text/html_block.h"
#include "text/markdown_cleaner.h"
#include "text/markdown_source.h"

namespace sori {
namespace {

// Decodes an entity md4c hands over whole (`&amp;`, `&#44032;`, `&#xAC00;`).
std::string decode_entity(std::string_view entity) {
    static constexpr std::pair<std::string_view, std::string_view> named[] = {
        {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&nbsp;", " "},
        {"&middot;", "·"}, {"&hellip;", "…"}, {"&trade;", "™"}, {"&copy;", "©"}, {"&rarr;", "→"}, {"&larr;", "←"},
        {"&ndash;", "–"}, {"&mdash;", "—"}, {"&lsquo;", "‘"}, {"&rsquo;", "’"}, {"&ldquo;", "“"}, {"&rdquo;", "”"}};
    for (const auto& [name, value] : named)
        if (entity == name) return std::string(value);
    if (entity.size() > 3 && entity[1] == '#') {
        const bool hex = entity[2] == 'x' || entity[2] == 'X';
        char32_t cp = 0;
        for (std::size_t i = hex ? 3 : 2; i + 1 < entity.size() && cp <= 0x10FFFF; ++i)
            cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(std::isdigit(static_cast<unsigned char>(entity[i])) ? entity[i] - '0' : (entity[i] | 0x20) - 'a' + 10);
        std::string out;
        if (cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) && cp >= 0x20) utf8::append(out, cp);
        return out;
    }
    return " ";
}

// `_Development_common_sense.end_`: one identifier-like token, no Hangul, no space (a footer).
bool identifier_only(std::string_view unit) {
    if (unit.find(' ') != std::string_view::npos || unit.find('_') == std::string_view::npos) return false;
    for (unsigned char c : unit)
        if (c >= 0x80) return false;
    return true;
}

// Visible characters that do not count against a unit being "only links": separators.
bool separator_only(std::string_view text) {
    for (char c : text)
        if (c != ' ' && c != '/' && c != '|' && c != '-' && c != ':' && c != ',' && c != '>' && c != '<' && c != '(' && c != ')' && c != '.')
            return false;
    return true;
}

class Builder {
public:
    MarkdownText result;

    void enter(MD_BLOCKTYPE type, void* detail) {
        switch (type) {
            case MD_BLOCK_H: flush(); heading_ = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level; break;
            case MD_BLOCK_CODE: flush(); ++hidden_; code_.clear(); break;
            case MD_BLOCK_HTML: flush(); html_.clear(); in_html_ = true; break;
            case MD_BLOCK_QUOTE: flush(); ++quotes_; new_paragraph_ = true; break;
            case MD_BLOCK_UL: case MD_BLOCK_OL: enter_list(type, detail); break;
            case MD_BLOCK_LI: flush(); if (!numbers_.empty() && numbers_.back() > 0) unit_ = std::to_string(numbers_.back()++) + ". "; break;
            case MD_BLOCK_P: flush(); if (lists_ == 0) new_paragraph_ = true; break;
            case MD_BLOCK_TABLE: flush(); ++tables_; new_paragraph_ = true; break;
            case MD_BLOCK_TR: flush(); cells_ = 0; break;
            case MD_BLOCK_TH: case MD_BLOCK_TD: if (cells_++ > 0) unit_ += '\t'; break;  // cells apart (document.h)
            default: break;
        }
    }
    void leave(MD_BLOCKTYPE type) {
        switch (type) {
            case MD_BLOCK_H: leave_heading(); break;
            case MD_BLOCK_CODE: --hidden_; add_code(); break;
            case MD_BLOCK_HTML: in_html_ = false; add_html_block(html_, result.blocks); new_paragraph_ = true; break;
            case MD_BLOCK_QUOTE: flush(); --quotes_; new_paragraph_ = true; break;
            case MD_BLOCK_UL: case MD_BLOCK_OL: flush(); --lists_; numbers_.pop_back(); if (lists_ == 0) new_paragraph_ = true; break;
            case MD_BLOCK_TABLE: flush(); --tables_; new_paragraph_ = true; break;
            case MD_BLOCK_LI: case MD_BLOCK_P: case MD_BLOCK_TR: flush(); break;
            default: break;
        }
    }
    void span(MD_SPANTYPE type, void* detail, bool entering) {
        if (type == MD_SPAN_IMG) images_ += entering ? 1 : -1, unit_images_ += entering;
        if (type != MD_SPAN_A) return;
        links_ += entering ? 1 : -1;
        if (!entering) return;
        const MD_ATTRIBUTE& href = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
        ++unit_links_;
        unit_anchor_links_ += href.size > 0 && href.text[0] == '#';
    }
    void text(MD_TEXTTYPE type, std::string_view t) {
        if (in_html_) {
            html_.append(t);
            return;
        }
        if (hidden_ > 0) {
            if (type == MD_TEXT_NORMAL || type == MD_TEXT_CODE || type == MD_TEXT_ENTITY) code_.append(t);
            else if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR) code_ += '\n';
            return;
        }
        if (images_ > 0) return;
        std::string piece;
        switch (type) {
            case MD_TEXT_NORMAL: case MD_TEXT_CODE: case MD_TEXT_LATEXMATH: piece = t; break;
            case MD_TEXT_ENTITY: piece = decode_entity(t); break;
            case MD_TEXT_BR: case MD_TEXT_SOFTBR: piece = " "; break;
            case MD_TEXT_HTML: piece = html_break(t) ? " " : ""; break;
            case MD_TEXT_NULLCHAR: break;
        }
        if (links_ == 0 && !separator_only(piece)) unit_has_plain_ = true;
        unit_ += piece;
    }
    void finish() { flush(); }

private:
    static bool html_break(std::string_view tag) { return tag.find("br") != std::string_view::npos || tag.find("BR") != std::string_view::npos; }

    // A code block: shown by the read-along formats as written, never spoken.
    void add_code() {
        while (!code_.empty() && (code_.back() == '\n' || code_.back() == ' ')) code_.pop_back();
        if (!utf8::trim(code_).empty()) result.blocks.push_back(TextBlock{0, ParagraphKind::code, {std::move(code_)}});
        code_.clear();
        new_paragraph_ = true;
    }
    void enter_list(MD_BLOCKTYPE type, void* detail) {
        flush();
        if (lists_++ == 0) new_paragraph_ = true;
        numbers_.push_back(type == MD_BLOCK_OL ? static_cast<int>(static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start) : 0);
    }
    void leave_heading() {
        std::string text = utf8::trim(unit_);
        while (!text.empty() && text.back() == '#') text.pop_back();  // `## 제목 #` left by an MDX id
        text = utf8::trim(text);
        reset_unit();
        if (!text.empty()) {
            if (heading_ == 1) {
                ++level_one_;
                if (!result.titles.heading && (level_one_ == 1)) first_level_one_ = text, opens_with_level_one_ = !prose_seen_ && !heading_seen_;
            }
            heading_seen_ = true;
            result.blocks.push_back(TextBlock{heading_, ParagraphKind::prose, {std::move(text)}});
        }
        heading_ = 0;
        new_paragraph_ = true;
    }
    void flush() {
        if (heading_ > 0 || in_html_) return;
        // Links only: in-page anchors or several (contents, navigation), or one under a picture (its caption).
        const bool only_links = unit_links_ > 0 && !unit_has_plain_ && (unit_anchor_links_ > 0 || unit_links_ > 1 || after_image_);
        const std::string unit = utf8::trim(unit_);
        const bool number_only = !numbers_.empty() && numbers_.back() > 0 && !unit_has_plain_ && unit_links_ == 0;
        if (!unit.empty() && !only_links && !number_only && !is_blog_furniture(unit) && !identifier_only(unit)) {
            const ParagraphKind kind = tables_ > 0 ? ParagraphKind::table : lists_ > 0 ? ParagraphKind::list
                                       : quotes_ > 0 ? ParagraphKind::quote : ParagraphKind::prose;
            add_unit(result.blocks, unit, kind, new_paragraph_);
            new_paragraph_ = false;
            prose_seen_ = true;
        }
        if (!unit.empty() || unit_images_ > 0) after_image_ = unit_images_ > 0 && !unit_has_plain_ && unit_links_ <= unit_images_;
        reset_unit();
    }
    void reset_unit() {
        unit_.clear();
        unit_links_ = unit_anchor_links_ = unit_images_ = 0;
        unit_has_plain_ = false;
    }

public:
    std::string first_level_one_;
    bool opens_with_level_one_ = false;
    int level_one_ = 0;

private:
    std::string unit_, html_, code_;
    std::vector<int> numbers_;  // per open list: the next item number, 0 for bullets
    int heading_ = 0, hidden_ = 0, images_ = 0, links_ = 0, quotes_ = 0, lists_ = 0, tables_ = 0, cells_ = 0;
    int unit_links_ = 0, unit_anchor_links_ = 0, unit_images_ = 0;
    bool after_image_ = false;  // the last unit was a picture and nothing else
    bool unit_has_plain_ = false, in_html_ = false, new_paragraph_ = true, prose_seen_ = false, heading_seen_ = false;
};

Builder& builder(void* user) { return *static_cast<Builder*>(user); }

}  // namespace

MarkdownText read_markdown(std::string_view text) { return read_owned_markdown(std::string(text)); }

MarkdownText read_owned_markdown(std::string text) {
    const FrontMatter front = read_front_matter(text);
    std::string body = strip_dialect_furniture(std::string_view(text).substr(front.body_start));
    std::string().swap(text);
    bound_blocks(body);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) { builder(u).enter(t, d); return 0; };
    parser.leave_block = [](MD_BLOCKTYPE t, void*, void* u) { builder(u).leave(t); return 0; };
    parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) { builder(u).span(t, d, true); return 0; };
    parser.leave_span = [](MD_SPANTYPE t, void* d, void* u) { builder(u).span(t, d, false); return 0; };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) { builder(u).text(t, std::string_view(s, n)); return 0; };
    Builder b;
    md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, &b);
    b.finish();
    b.result.titles.front_matter = front.title;
    // The first level-1 heading names the document when it opens the text, or when it is the
    // only one and front matter gives no title.
    if (b.level_one_ > 0 && (b.opens_with_level_one_ || (b.level_one_ == 1 && !front.title))) b.result.titles.heading = b.first_level_one_;
    return std::move(b.result);
}

}  // namespace sori
