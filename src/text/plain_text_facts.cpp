#include "text/plain_text_facts.h"

#include <algorithm>
#include <functional>

#include "base/utf8.h"
#include "text/line_wrap.h"

namespace sori {

std::string folded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, i, len);
        if (utf8::is_letter_like(cp) || utf8::is_digit(cp)) out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

std::uint64_t folded_hash(std::string_view text) { return std::hash<std::string_view>{}(folded(text)); }

namespace {

const ShortLine* find(const std::vector<ShortLine>& lines, std::uint64_t hash) {
    const auto at = std::lower_bound(lines.begin(), lines.end(), hash, [](const ShortLine& l, std::uint64_t h) { return l.hash < h; });
    return at != lines.end() && at->hash == hash ? &*at : nullptr;
}

}  // namespace

bool PlainTextFacts::is_label(std::string_view folded_text) const {
    if (folded_text.empty()) return false;
    const ShortLine* line = find(short_lines, std::hash<std::string_view>{}(folded_text));
    return line && line->count >= 3;
}

std::size_t PlainTextFacts::last_line_of(std::uint64_t hash) const {
    const ShortLine* line = find(short_lines, hash);
    return line ? line->last : 0;
}

void PlainTextFactsBuilder::add_text_line(std::size_t index, std::string_view shape_text, std::size_t length, std::size_t width) {
    widths_.add(width);
    if (length > max_title_length) return;
    const std::string f = folded(shape_text);
    lines_.push_back({std::hash<std::string_view>{}(f), static_cast<std::uint32_t>(index), length <= max_label_length && !f.empty() ? 1u : 0u});
    if (lines_.size() >= compact_at_) compact();
}

void PlainTextFactsBuilder::merge(PlainTextFactsBuilder&& other) {
    widths_.merge(other.widths_);
    lines_.insert(lines_.end(), other.lines_.begin(), other.lines_.end());
    std::vector<ShortLine>().swap(other.lines_);
    compact();
}

void PlainTextFactsBuilder::compact() {
    std::sort(lines_.begin(), lines_.end(), [](const ShortLine& a, const ShortLine& b) { return a.hash < b.hash; });
    std::size_t kept = 0;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        if (kept > 0 && lines_[kept - 1].hash == lines_[i].hash) {
            lines_[kept - 1].last = std::max(lines_[kept - 1].last, lines_[i].last);
            lines_[kept - 1].count += lines_[i].count;
        } else {
            lines_[kept++] = lines_[i];
        }
    }
    lines_.resize(kept);
    compact_at_ = std::max<std::size_t>(2 * kept, 1 << 16);
}

PlainTextFacts PlainTextFactsBuilder::finish(std::size_t line_count) {
    PlainTextFacts facts;
    facts.line_count = line_count;
    facts.wrap = widths_.wrap_width();
    compact();
    lines_.shrink_to_fit();
    facts.short_lines = std::move(lines_);
    return facts;
}

}  // namespace sori
