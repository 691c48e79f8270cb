#include "render/read_along.h"

#include <algorithm>
#include <cstdio>

#include "base/error.h"

namespace sori {

namespace {

template <typename T>
void add_once(std::vector<T>& list, T value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

}  // namespace

FormatChoice parse_formats(const std::string& list) {
    FormatChoice choice;
    for (std::size_t start = 0; start <= list.size();) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        const std::string name = list.substr(start, comma - start);
        start = comma + 1;
        if (name.empty()) continue;
        if (name == "epub" || name == "html") {
            add_once(choice.read_along, name == "epub" ? ReadAlongFormat::epub : ReadAlongFormat::html);
        } else if (const auto format = audio_format_named(name)) {
            add_once(choice.audio, *format);
        } else {
            throw Error(ExitCode::usage, "audio format '" + name + "' is unknown; use wav, flac, opus, mp3, m4b, epub or html (several: mp3,epub)");
        }
    }
    if (choice.audio.empty() && choice.read_along.empty())
        throw Error(ExitCode::usage, "--format needs at least one of wav, flac, opus, mp3, m4b, epub, html");
    return choice;
}

std::string file_suffix(ReadAlongFormat format) { return format == ReadAlongFormat::epub ? ".epub" : ".html"; }

std::string clock_value(std::uint64_t ms) {
    const std::uint64_t hours = ms / 3600000, minutes = ms / 60000 % 60, seconds = ms / 1000 % 60, millis = ms % 1000;
    char text[48];
    std::snprintf(text, sizeof text, "%llu:%02u:%02u.%03u", static_cast<unsigned long long>(hours), static_cast<unsigned>(minutes),
                  static_cast<unsigned>(seconds), static_cast<unsigned>(millis));
    return text;
}

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
                // U+FFFE and U+FFFF (EF BF BE/BF) are not XML characters either
                if (text.compare(i, 3, "\xEF\xBF\xBE") == 0 || text.compare(i, 3, "\xEF\xBF\xBF") == 0) {
                    i += 2;
                    break;
                }
                out += c;
        }
    }
    return out;
}

bool numbered_item(const std::vector<ReadAlongItem>& unit) {
    if (unit.empty()) return false;
    const std::string& t = unit.front().text;
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    return digits > 0 && t.compare(digits, 2, ". ") == 0;
}

namespace {

// A table shown and not read: a row a line, cells TAB apart, the first row its header.
std::string shown_table(const std::string& text) {
    std::string out = "<table>\n";
    std::size_t start = 0;
    for (bool header = true; start < text.size(); header = false) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string cell = header ? "th" : "td";
        out += header ? "<thead>\n<tr>" : "<tr>";
        std::size_t from = start;
        while (from <= end) {
            std::size_t tab = text.find('\t', from);
            if (tab == std::string::npos || tab > end) tab = end;
            out += "<" + cell + ">" + xml_escape(text.substr(from, tab - from)) + "</" + cell + ">";
            from = tab + 1;
        }
        out += header ? "</tr>\n</thead>\n<tbody>\n" : "</tr>\n";
        start = end + 1;
    }
    return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string block_markup(const ReadAlongBlock& block, int heading_shift,
                         const std::function<std::string(const std::vector<ReadAlongItem>&)>& items) {
    std::string out;
    switch (block.kind) {
        case BlockKind::heading: {
            const std::string tag = "h" + std::to_string(std::min(6, block.level + heading_shift));
            return "<" + tag + ">" + items(block.units.front()) + "</" + tag + ">\n";
        }
        case BlockKind::paragraph:
            out = "<p>";
            for (std::size_t u = 0; u < block.units.size(); ++u) out += (u ? " " : "") + items(block.units[u]);
            return out + "</p>\n";
        case BlockKind::list:
            out = "<ul>\n";
            for (const auto& unit : block.units) out += (numbered_item(unit) ? "<li class=\"numbered\">" : "<li>") + items(unit) + "</li>\n";
            return out + "</ul>\n";
        case BlockKind::quote:
            out = "<blockquote>\n";
            for (const auto& unit : block.units) out += "<p>" + items(unit) + "</p>\n";
            return out + "</blockquote>\n";
        case BlockKind::table:
            if (block.units.empty()) return shown_table(block.shown);
            out = "<table>\n<tbody>\n";
            for (const auto& unit : block.units) out += "<tr><td>" + items(unit) + "</td></tr>\n";
            return out + "</tbody>\n</table>\n";
        case BlockKind::code: return "<pre><code>" + xml_escape(block.shown) + "</code></pre>\n";
    }
    return out;
}

bool ReadAlongChapter::spoken() const {
    for (const ReadAlongBlock& block : blocks)
        if (!block.units.empty()) return true;
    return false;
}

namespace {

BlockKind block_kind(ParagraphKind kind) {
    switch (kind) {
        case ParagraphKind::list: return BlockKind::list;
        case ParagraphKind::quote: return BlockKind::quote;
        case ParagraphKind::table: return BlockKind::table;
        case ParagraphKind::code: return BlockKind::code;  // not an item's: code is never spoken
        case ParagraphKind::prose: break;
    }
    return BlockKind::paragraph;
}

// Where each chapter begins and ends, in samples: at its first item's speech (the opening at 0),
// up to the next chapter that has items (a chapter without items is empty where the next begins).
std::vector<std::pair<std::uint64_t, std::uint64_t>> chapter_spans(const Script& script, const Timeline& timeline) {
    const std::size_t count = script.chapters.size();
    std::vector<std::uint64_t> first(count, timeline.total_samples);
    for (std::size_t i = script.items.size(); i-- > 0;) first[script.items[i].chapter] = timeline.items[i].start;
    if (count > 0) first[0] = 0;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> spans(count);
    std::uint64_t next = timeline.total_samples;
    for (std::size_t c = count; c-- > 0;) {
        const std::uint64_t begin = std::min(first[c], next);
        spans[c] = {begin, next};
        next = begin;
    }
    return spans;
}

// Adds an item to the chapter's blocks: a heading on its own, a new block where a paragraph
// opens or the kind changes, a new unit where a unit opens.
void place(ReadAlongChapter& chapter, const ScriptItem& item, ReadAlongItem entry) {
    auto& blocks = chapter.blocks;
    if (item.heading && !item.opens_unit && !blocks.empty() && blocks.back().kind == BlockKind::heading) {
        blocks.back().units.back().push_back(std::move(entry));  // a long title cut in pieces
        return;
    }
    if (item.heading) {
        if (blocks.empty()) chapter.title_spoken = true;
        blocks.push_back({BlockKind::heading, std::clamp(item.level, 1, 6), {{std::move(entry)}}, {}});
        return;
    }
    const BlockKind kind = block_kind(item.kind);
    if (blocks.empty() || blocks.back().kind != kind || opens_paragraph(item))  // kind is never heading
        blocks.push_back({kind, 0, {}, {}});
    auto& units = blocks.back().units;
    if (units.empty() || (item.opens_unit && kind != BlockKind::paragraph)) units.emplace_back();
    units.back().push_back(std::move(entry));
}

}  // namespace

ReadAlongText read_along_text(const Script& script, const Timeline& timeline) {
    const int rate = timeline.sample_rate;
    ReadAlongText text;
    text.title = script.title;
    text.total_ms = samples_to_ms(timeline.total_samples, rate);
    const auto spans = chapter_spans(script, timeline);
    for (std::size_t c = 0; c < script.chapters.size(); ++c) {
        const int level = c < script.chapter_levels.size() ? std::max(1, script.chapter_levels[c]) : 1;
        text.chapters.push_back({script.chapters[c], level, samples_to_ms(spans[c].first, rate), samples_to_ms(spans[c].second, rate), false, {}});
    }
    std::size_t shown = 0;
    auto show_until = [&](std::size_t item) {
        for (; shown < script.shown.size() && script.shown[shown].before_item <= item; ++shown) {
            const ShownBlock& block = script.shown[shown];
            text.chapters.at(block.chapter).blocks.push_back({block_kind(block.kind), 0, {}, block.text});
        }
    };
    for (std::size_t i = 0; i < script.items.size(); ++i) {
        show_until(i);
        const ScriptItem& item = script.items[i];
        const bool first = i == 0 || script.items[i - 1].chapter != item.chapter;
        const bool last = i + 1 == script.items.size() || script.items[i + 1].chapter != item.chapter;
        const std::uint64_t begin = first ? spans[item.chapter].first : timeline.items[i].start;
        const std::uint64_t end = last ? spans[item.chapter].second : timeline.items[i + 1].start;
        ReadAlongItem entry{i, "c" + std::to_string(item.chapter + 1) + "-" + std::to_string(item.number), item.source,
                            samples_to_ms(begin, rate), samples_to_ms(end, rate)};
        place(text.chapters[item.chapter], item, std::move(entry));
    }
    show_until(script.items.size());
    return text;
}

}  // namespace sori
