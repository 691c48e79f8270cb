#include "text/front_matter.h"

#include <yaml.h>

#include "base/utf8.h"

namespace sori {
namespace {

// One libyaml parser over a string, released however the walk ends.
class YamlParser {
public:
    explicit YamlParser(std::string_view yaml) {
        ok_ = yaml_parser_initialize(&parser_) != 0;
        if (ok_)
            yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(yaml.data()), yaml.size());
    }
    ~YamlParser() {
        if (ok_) yaml_parser_delete(&parser_);
    }
    YamlParser(const YamlParser&) = delete;
    YamlParser& operator=(const YamlParser&) = delete;

    // The next event; false at the end of the stream or on a syntax error.
    bool next(yaml_event_t& event) {
        if (!ok_ || done_ || !yaml_parser_parse(&parser_, &event)) return false;
        done_ = event.type == YAML_STREAM_END_EVENT;
        return true;
    }

private:
    yaml_parser_t parser_{};
    bool ok_ = false;
    bool done_ = false;
};

// The scalar value of the top-level key `title`.
std::optional<std::string> yaml_title(std::string_view yaml) {
    YamlParser parser(yaml);
    yaml_event_t event;
    int depth = 0;  // of mappings and sequences; top-level keys are at depth 1
    bool key_turn = true, title_next = false;
    std::optional<std::string> title;
    while (parser.next(event)) {
        const yaml_event_type_t type = event.type;
        if (type == YAML_SCALAR_EVENT) {
            const std::string value(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
            if (depth == 1 && title_next && !title) title = value;
            if (depth == 1) {
                title_next = key_turn && value == "title";
                key_turn = !key_turn;
            }
        } else if (type == YAML_MAPPING_START_EVENT || type == YAML_SEQUENCE_START_EVENT) {
            if (depth == 1) key_turn = !key_turn, title_next = false;  // a nested value takes a value's turn
            ++depth;
        } else if (type == YAML_MAPPING_END_EVENT || type == YAML_SEQUENCE_END_EVENT) {
            --depth;
        }
        yaml_event_delete(&event);
    }
    if (title) *title = utf8::trim(*title);
    if (title && title->empty()) title.reset();
    return title;
}

// `title = "…"` at the top of TOML front matter.
std::optional<std::string> toml_title(std::string_view toml) {
    std::size_t start = 0;
    while (start < toml.size()) {
        std::size_t end = toml.find('\n', start);
        if (end == std::string_view::npos) end = toml.size();
        const std::string line = utf8::trim(toml.substr(start, end - start));
        start = end + 1;
        if (!line.empty() && line[0] == '[') break;  // a table: past the top-level keys
        if (line.rfind("title", 0) != 0) continue;
        std::string value = utf8::trim(std::string_view(line).substr(5));
        if (value.empty() || value[0] != '=') continue;
        value = utf8::trim(std::string_view(value).substr(1));
        if (value.size() >= 2 && (value[0] == '"' || value[0] == '\'') && value.back() == value[0])
            value = value.substr(1, value.size() - 2);
        if (!value.empty()) return value;
    }
    return std::nullopt;
}

std::string_view line_at(std::string_view text, std::size_t start, std::size_t& next) {
    std::size_t end = text.find('\n', start);
    next = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos) end = text.size();
    return text.substr(start, end - start);
}

}  // namespace

FrontMatter read_front_matter(std::string_view text) {
    std::size_t next = 0;
    const std::string opening = utf8::trim(line_at(text, 0, next));
    if (opening != "---" && opening != "+++") return {};
    const std::size_t content = next;
    for (std::size_t start = content; start < text.size();) {
        const std::size_t line_start = start;
        const std::string line = utf8::trim(line_at(text, start, start));
        if (line == opening || (opening == "---" && line == "...")) {
            const std::string_view inside = text.substr(content, line_start - content);
            return FrontMatter{start, opening == "---" ? yaml_title(inside) : toml_title(inside)};
        }
    }
    return {};
}

}  // namespace sori
