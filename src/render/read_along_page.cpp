#include "render/read_along_page.h"

#include <algorithm>

namespace sori {

namespace {

std::string sentence(const ReadAlongItem& item) {
    return "<span class=\"s\" id=\"" + item.id + "\" data-b=\"" + std::to_string(item.begin_ms) + "\" data-e=\"" +
           std::to_string(item.end_ms) + "\" tabindex=\"-1\" role=\"button\">" + xml_escape(item.text) + "</span>";
}

std::string sentences(const std::vector<ReadAlongItem>& unit) {
    std::string out;
    for (const ReadAlongItem& item : unit) out += (out.empty() ? "" : " ") + sentence(item);
    return out;
}

std::string player(const ReadAlongText& text, const PageSettings& settings) {
    std::string out = "<header class=\"player\">\n<h1 id=\"title\">" + xml_escape(text.title) + "</h1>\n";
    if (!settings.tags.author.empty()) out += "<p class=\"author\">" + xml_escape(settings.tags.author) + "</p>\n";
    out += "<audio id=\"audio\" controls preload=\"auto\" aria-label=\"오디오\">";
    for (const std::string& file : settings.audio) out += "<source src=\"" + xml_escape(file) + "\" type=\"" + audio_mime(file) + "\">";
    out += "</audio>\n"
           "<div class=\"controls\" role=\"toolbar\" aria-label=\"재생 조절\">\n"
           "<button type=\"button\" id=\"prev-chapter\" title=\"[\">이전 장</button>\n"
           "<button type=\"button\" id=\"prev\" title=\"←\">이전 문장</button>\n"
           "<button type=\"button\" id=\"play\" title=\"Space, K\">재생</button>\n"
           "<button type=\"button\" id=\"next\" title=\"→\">다음 문장</button>\n"
           "<button type=\"button\" id=\"next-chapter\" title=\"]\">다음 장</button>\n"
           "<label for=\"speed\">속도</label> <select id=\"speed\" title=\"속도 ( - + )\">";
    for (const char* speed : {"0.5", "0.75", "1", "1.25", "1.5", "1.75", "2", "2.5", "3"})
        out += std::string("<option value=\"") + speed + "\"" + (std::string(speed) == "1" ? " selected" : "") + ">" + speed + "×</option>";
    out += "</select>\n</div>\n<p id=\"status\" class=\"visually-hidden\" aria-live=\"polite\"></p>\n</header>\n";
    return out;
}

std::string chapter_list(const ReadAlongText& text) {
    std::string out = "<nav id=\"chapters\" aria-labelledby=\"chapters-title\">\n<h2 id=\"chapters-title\">차례</h2>\n<ol>\n";
    for (std::size_t c = 0; c < text.chapters.size(); ++c) {
        const ReadAlongChapter& chapter = text.chapters[c];
        out += "<li class=\"level-" + std::to_string(std::min(chapter.level, 3)) + "\"><a href=\"#chapter-" + std::to_string(c + 1) + "\">" +
               xml_escape(chapter.title) + "</a></li>\n";
    }
    return out + "</ol>\n</nav>\n";
}

std::string body_text(const ReadAlongText& text, const std::string& language) {
    std::string out = "<main id=\"text\" lang=\"" + xml_escape(language) + "\" aria-label=\"본문\">\n"
                      "<p class=\"visually-hidden\" lang=\"ko\">문장을 누르거나 문장에서 Enter를 누르면 그 문장부터 재생합니다. "
                      "왼쪽과 오른쪽 화살표로 문장 사이를 옮겨 다닙니다.</p>\n";
    for (std::size_t c = 0; c < text.chapters.size(); ++c) {
        const ReadAlongChapter& chapter = text.chapters[c];
        out += "<section id=\"chapter-" + std::to_string(c + 1) + "\" aria-label=\"" + xml_escape(chapter.title) + "\">\n";
        if (!chapter.title_spoken) out += "<h2>" + xml_escape(chapter.title) + "</h2>\n";
        for (const ReadAlongBlock& block : chapter.blocks) out += block_markup(block, 1, sentences);
        out += "</section>\n";
    }
    return out + "</main>\n";
}

// "1:02:03": the length without its milliseconds.
std::string whole_seconds(std::uint64_t ms) {
    const std::string clock = clock_value(ms);
    return clock.substr(0, clock.size() - 4);
}

}  // namespace

std::string audio_mime(const std::string& file) {
    const std::string ext = file.substr(std::min(file.size(), file.rfind('.') + 1));
    if (ext == "mp3") return "audio/mpeg";
    if (ext == "opus") return "audio/ogg; codecs=opus";
    if (ext == "m4b") return "audio/mp4";
    if (ext == "flac") return "audio/flac";
    return "audio/wav";
}

std::string read_along_page(const ReadAlongText& text, const PageSettings& settings) {
    return "<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"sori " SORI_VERSION
           "\">\n<title>" +
           xml_escape(text.title) + "</title>\n<style>\n" + read_along_page_style() + "</style>\n</head>\n<body>\n" +
           "<a class=\"skip\" href=\"#text\">본문으로 건너뛰기</a>\n" + player(text, settings) + chapter_list(text) +
           body_text(text, settings.tags.language) +
           "<footer class=\"keys\" lang=\"ko\"><h2>키</h2><p><kbd>Space</kbd>/<kbd>K</kbd> 재생·일시 정지 · <kbd>←</kbd>/<kbd>→</kbd> "
           "이전·다음 문장 · <kbd>[</kbd>/<kbd>]</kbd> 이전·다음 장 · <kbd>-</kbd>/<kbd>+</kbd> 느리게·빠르게 · 문장에서 <kbd>Enter</kbd> "
           "그 문장부터 재생</p><p class=\"total\">전체 길이 " + whole_seconds(text.total_ms) + "</p></footer>\n<script>\n" + read_along_page_script() +
           "</script>\n</body>\n</html>\n";
}

}  // namespace sori
