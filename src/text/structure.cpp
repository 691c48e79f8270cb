#include "text/structure.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "base/utf8.h"
#include "text/markdown_cleaner.h"
#include "text/markdown_lines.h"

namespace sori {
namespace {

enum class BlockKind { text, heading };

struct Line {
    std::string text;   // cleaned content, markers removed
    int indent = 0;     // leading spaces in the source
    bool list_item = false;
    bool numbered = false;  // list item with a `1.` marker (kept in the text)
};

struct Block {
    BlockKind kind = BlockKind::text;
    std::vector<Line> lines;
};

// Lines that blog platforms put in a post and nobody reads aloud.
constexpr std::array<std::string_view, 10> furniture{
    "반응형", "728x90", "320x100", "공유하기", "구독하기", "게시글 관리", "댓글쓰기", "공감", "이 글을 공유합니다", "Copyright",
};

int indent_of(std::string_view line) {
    int n = 0;
    while (n < static_cast<int>(line.size()) && line[n] == ' ') ++n;
    return n;
}

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            if (start < text.size()) lines.emplace_back(text.substr(start));
            break;
        }
        lines.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// YAML (---) or TOML (+++) front matter; returns the number of lines it takes and its title.
std::size_t front_matter(const std::vector<std::string>& lines, std::string& title) {
    if (lines.empty() || (utf8::trim(lines[0]) != "---" && utf8::trim(lines[0]) != "+++")) return 0;
    const std::string fence = utf8::trim(lines[0]);
    for (std::size_t i = 1; i < lines.size() && i < 200; ++i) {
        const std::string trimmed = utf8::trim(lines[i]);
        if (trimmed == fence || (fence == "---" && trimmed == "...")) return i + 1;
        if (auto value = markdown::front_matter_title(lines[i])) title = *value;
    }
    return 0;  // an unclosed fence is ordinary text
}

std::string table_row_text(const std::string& line) {
    std::string out;
    std::size_t start = 0;
    std::string row = utf8::trim(line);
    if (!row.empty() && row.front() == '|') row.erase(0, 1);
    if (!row.empty() && row.back() == '|') row.pop_back();
    while (start <= row.size()) {
        std::size_t bar = row.find('|', start);
        if (bar == std::string::npos) bar = row.size();
        const std::string cell = clean_inline(row.substr(start, bar - start));
        if (!cell.empty()) out += (out.empty() ? "" : ", ") + cell;
        start = bar + 1;
    }
    return out;
}

bool is_short_heading(const Block& block) {
    if (block.lines.size() != 1 || block.lines[0].list_item || block.lines[0].indent > 0) return false;
    const std::string& text = block.lines[0].text;
    if (utf8::length(text) > 20 || ends_like_sentence(text)) return false;
    int words = 1;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, pos, len);
        if (cp == ' ') ++words;
        else if (!utf8::is_hangul_syllable(cp) && !utf8::is_latin_letter(cp) && cp != U'·' && cp != '&') return false;
        pos += len;
    }
    return words <= 4;
}

bool is_numbered_heading(const Block& block) {
    if (block.lines.size() != 1 || block.lines[0].indent > 0 || !block.lines[0].numbered) return false;
    const std::string& text = block.lines[0].text;
    return utf8::length(text) <= 80 && !ends_like_sentence(text) && markdown::is_numbered_line(text);
}

class BlockBuilder {
public:
    explicit BlockBuilder(std::vector<Block>& blocks) : blocks_(blocks) {}

    void end_block() {
        if (!current_.lines.empty()) blocks_.push_back(std::move(current_));
        current_ = Block{};
    }
    void heading(std::string text) {
        end_block();
        if (text.empty()) return;
        blocks_.push_back(Block{BlockKind::heading, {Line{std::move(text)}}});
    }
    bool promote_single_line_to_heading() {
        if (current_.lines.size() != 1 || current_.lines[0].list_item) return false;
        current_.kind = BlockKind::heading;
        end_block();
        return true;
    }
    void add(Line line, bool continues_item) {
        if (line.text.empty()) return;
        if (!current_.lines.empty() && !line.list_item && (continues_item || !current_.lines.back().list_item)) {
            current_.lines.back().text += ' ' + line.text;
            return;
        }
        current_.lines.push_back(std::move(line));
    }

private:
    std::vector<Block>& blocks_;
    Block current_;
};

std::vector<Block> read_blocks(const std::vector<std::string>& lines, std::size_t first) {
    std::vector<Block> blocks;
    BlockBuilder builder(blocks);
    std::string fence;
    for (std::size_t i = first; i < lines.size(); ++i) {
        const std::string& raw = lines[i];
        if (!fence.empty()) {
            const std::string trimmed = utf8::trim(raw);
            if (trimmed.rfind(fence, 0) == 0 && trimmed.find_first_not_of(fence[0]) == std::string::npos) fence.clear();
            continue;
        }
        if (const auto opened = markdown::fence_opening(raw)) {
            builder.end_block();
            fence = std::string(*opened);
            continue;
        }
        const std::string trimmed = utf8::trim(raw);
        if (trimmed.empty() || std::find(furniture.begin(), furniture.end(), trimmed) != furniture.end()) {
            builder.end_block();
            continue;
        }
        if (const auto heading = markdown::heading_text(raw)) {
            builder.heading(clean_inline(std::string(*heading)));
            continue;
        }
        if (markdown::is_setext_underline(raw) && builder.promote_single_line_to_heading()) continue;
        if (markdown::is_thematic_break(raw) || markdown::is_link_definition(raw) ||
            (trimmed.find('|') != std::string::npos && markdown::is_table_rule(raw))) {
            builder.end_block();
            continue;
        }
        std::string body = trimmed;
        while (body.rfind(">", 0) == 0) body = utf8::trim(std::string_view(body).substr(1));
        if (body.empty()) {  // a bare `>` separates quoted paragraphs
            builder.end_block();
            continue;
        }
        Line line;
        line.indent = indent_of(raw);
        if (body.front() == '|') {
            line.text = table_row_text(body);
            line.list_item = true;  // each row is read on its own
        } else if (const std::size_t marker = markdown::list_marker_length(body)) {
            line.list_item = true;
            line.numbered = std::isdigit(static_cast<unsigned char>(body[0])) != 0;
            line.text = clean_inline(line.numbered ? body : body.substr(marker));
        } else {
            line.text = clean_inline(body);
        }
        const bool indented = line.indent > 0;
        builder.add(std::move(line), indented);
    }
    builder.end_block();
    return blocks;
}

Paragraph to_paragraph(const Block& block) {
    Paragraph paragraph;
    for (const Line& line : block.lines) paragraph.units.push_back(line.text);
    return paragraph;
}

}  // namespace

bool ends_like_sentence(std::string_view line) {
    std::string text = utf8::trim(line);
    // Look through closing quotes and brackets: `…했다.”` ends like a sentence.
    while (!text.empty()) {
        const std::size_t start = utf8::previous(text, text.size());
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, start, len);
        if (cp == '"' || cp == '\'' || cp == ')' || cp == U'”' || cp == U'’' || cp == U'」' || cp == U'』' || cp == ' ') {
            text.erase(start);
            continue;
        }
        switch (cp) {
            case '.': case '!': case '?': case U'…': case U'。': case U'！': case U'？':
                return true;
            case U'다': case U'요': case U'죠': case U'까':
                return true;
            default:
                return false;
        }
    }
    return false;
}

Document parse_document(std::string_view text, const StructureOptions& options) {
    const std::vector<std::string> lines = split_lines(strip_html_blocks(text));
    Document document;
    std::string front_title;
    const std::size_t first = front_matter(lines, front_title);
    std::vector<Block> blocks = read_blocks(lines, first);

    // The first block names the document when it is a heading or a line that is not a sentence.
    std::optional<std::size_t> title_block;
    if (!blocks.empty()) {
        const Block& head = blocks[0];
        if (head.kind == BlockKind::heading ||
            (front_title.empty() && head.lines.size() == 1 && !head.lines[0].list_item && utf8::length(head.lines[0].text) <= 100 &&
             !ends_like_sentence(head.lines[0].text)))
            title_block = 0;
    }
    for (std::size_t i = title_block ? 1 : 0; i < blocks.size(); ++i) {
        Block& block = blocks[i];
        if (block.kind == BlockKind::heading) continue;
        const bool followed_by_text = i + 1 < blocks.size() && blocks[i + 1].kind == BlockKind::text &&
                                      !is_numbered_heading(blocks[i + 1]) && !is_short_heading(blocks[i + 1]);
        if (is_numbered_heading(block) || (followed_by_text && is_short_heading(block))) block.kind = BlockKind::heading;
    }

    // Front matter names the document; a heading that opens the text names the first chapter.
    Section first_section;
    document.title = !front_title.empty() ? front_title : title_block ? blocks[0].lines[0].text : options.fallback_title;
    if (document.title.empty()) document.title = "Untitled";
    first_section.title = title_block ? blocks[0].lines[0].text : document.title;
    first_section.spoken_title = title_block || !front_title.empty();
    document.sections.push_back(std::move(first_section));

    for (std::size_t i = title_block ? 1 : 0; i < blocks.size(); ++i) {
        const Block& block = blocks[i];
        if (block.kind == BlockKind::heading) {
            Section section;
            section.title = block.lines[0].text;
            document.sections.push_back(std::move(section));
        } else {
            document.sections.back().paragraphs.push_back(to_paragraph(block));
        }
    }
    return document;
}

}  // namespace sori
