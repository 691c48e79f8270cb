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

bool PlainTextFacts::is_label(std::string_view folded_text) const {
    return !folded_text.empty() && std::binary_search(labels.begin(), labels.end(), std::hash<std::string_view>{}(folded_text));
}

std::size_t PlainTextFacts::last_line_of(std::uint64_t hash) const {
    const auto at = std::lower_bound(last_seen.begin(), last_seen.end(), std::make_pair(hash, std::size_t{0}));
    return at != last_seen.end() && at->first == hash ? at->second : 0;
}

void PlainTextFactsBuilder::add_text_line(std::size_t index, std::string_view shape_text, std::size_t length, std::size_t width) {
    widths_.push_back(width);
    if (length > max_title_length) return;
    const std::string f = folded(shape_text);
    const std::uint64_t hash = std::hash<std::string_view>{}(f);
    seen_.emplace_back(hash, index);
    if (length <= max_label_length && !f.empty()) short_lines_.push_back(hash);
}

PlainTextFacts PlainTextFactsBuilder::finish(std::size_t line_count) {
    PlainTextFacts facts;
    facts.line_count = line_count;
    facts.wrap = wrap_width(widths_);
    std::vector<std::size_t>().swap(widths_);
    std::sort(short_lines_.begin(), short_lines_.end());
    for (std::size_t i = 0; i < short_lines_.size();) {
        std::size_t j = i;
        while (j < short_lines_.size() && short_lines_[j] == short_lines_[i]) ++j;
        if (j - i >= 3) facts.labels.push_back(short_lines_[i]);
        i = j;
    }
    std::vector<std::uint64_t>().swap(short_lines_);
    // One entry a hash, with its last line: sorted by hash then line, the last of each run wins.
    std::sort(seen_.begin(), seen_.end());
    std::size_t kept = 0;
    for (std::size_t i = 0; i < seen_.size(); ++i)
        if (i + 1 == seen_.size() || seen_[i + 1].first != seen_[i].first) seen_[kept++] = seen_[i];
    seen_.resize(kept);
    seen_.shrink_to_fit();
    facts.last_seen = std::move(seen_);
    return facts;
}

}  // namespace sori
