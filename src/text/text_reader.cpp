#include "text/text_reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>

#include "base/error.h"
#include "base/nfc.h"
#include "base/utf8.h"

namespace sori {
namespace {

constexpr std::uintmax_t max_article_bytes = 64u << 20;

[[noreturn]] void fail(const std::string& message) { throw Error(ExitCode::input, message); }

std::string nfc(const std::string& text, const std::string& origin) {
    std::optional<std::string> composed = utf8::nfc(text);
    if (!composed) fail(origin + ": could not normalize the text to Unicode NFC");
    return std::move(*composed);
}

// Line and column (1-based, in characters) of a byte offset, for messages.
std::string position_of(const std::string& bytes, std::size_t offset) {
    std::size_t line = 1, line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') { ++line; line_start = i + 1; }
    }
    const std::size_t column = utf8::length(std::string_view(bytes).substr(line_start, offset - line_start)) + 1;
    return std::to_string(line) + ":" + std::to_string(column);
}

bool is_dropped(char32_t cp) {
    if (cp < 0x20) return cp != '\n' && cp != '\t';
    if (cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return true;
    switch (cp) {
        case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0xFFFE:
            return true;
        default:
            return false;
    }
}

}  // namespace

SourceText clean_text(std::string bytes, const std::string& origin) {
    if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
        fail(origin + ": the file is UTF-16; sori reads UTF-8 (convert it with `iconv -f UTF-16 -t UTF-8`)");
    if (bytes.find('\0') != std::string::npos)
        fail(origin + ":" + position_of(bytes, bytes.find('\0')) +
             ": the file holds NUL bytes and looks binary; give sori a UTF-8 text or Markdown file");
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
    if (const auto bad = utf8::find_invalid(bytes); bad != std::string::npos)
        fail(origin + ":" + position_of(bytes, bad) +
             ": invalid UTF-8; save the file as UTF-8 (for EUC-KR text: `iconv -f CP949 -t UTF-8`)");

    // CR LF and lone CR to LF, in place: memory stays near the size of the file.
    std::size_t kept = bytes.find('\r');
    if (kept == std::string::npos) kept = bytes.size();
    for (std::size_t i = kept; i < bytes.size(); ++i) {
        if (bytes[i] == '\r') {
            bytes[kept++] = '\n';
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
        } else {
            bytes[kept++] = bytes[i];
        }
    }
    bytes.resize(kept);

    std::string text = nfc(bytes, origin);
    std::string().swap(bytes);  // free it: no other copy of the text is made
    // In place: what is written at each character is never longer than the character.
    bool line_start = true;  // TABs that indent a line are kept: plain-text layout reads them
    std::size_t kept_bytes = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t len = 0;
        const char32_t cp = utf8::decode(text, pos, len);
        line_start = cp == '\n' || (line_start && (cp == '\t' || cp == ' '));
        if (cp == '\t' && line_start) text[kept_bytes++] = '\t';
        else if (cp == '\t' || (cp != '\n' && utf8::is_space(cp))) text[kept_bytes++] = ' ';
        else if (cp == 0x2028 || cp == 0x2029) text[kept_bytes++] = '\n';
        else if (!is_dropped(cp)) {
            if (kept_bytes != pos) std::memmove(&text[kept_bytes], &text[pos], len);  // only once something was dropped
            kept_bytes += len;
        }
        pos += len;
    }
    text.resize(kept_bytes);
    if (utf8::trim(text).empty()) fail(origin + ": the article is empty or holds only white space; nothing to read aloud");
    return SourceText{origin, std::move(text)};
}

SourceText read_article(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status))
        fail(name + ": no such file; give the path of a UTF-8 text or Markdown article");
    if (std::filesystem::is_directory(status))
        fail(name + ": is a folder, not an article; give a .txt or .md file inside it");
    if (const auto size = std::filesystem::file_size(path, ec); !ec && size > max_article_bytes)
        fail(name + ": the file is " + std::to_string(size >> 20) + " MiB; sori reads articles up to 64 MiB");
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(name + ": cannot be read (" + std::strerror(errno) + "); check its permissions");
    std::string bytes;  // read straight into one string: no stream buffer, no second copy
    if (const auto size = std::filesystem::file_size(path, ec); !ec) bytes.reserve(static_cast<std::size_t>(size));
    char block[1 << 16];
    while (in.read(block, sizeof block) || in.gcount() > 0) {
        bytes.append(block, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_article_bytes) fail(name + ": the file is over 64 MiB; sori reads articles up to 64 MiB");
    }
    if (in.bad()) fail(name + ": reading failed (" + std::strerror(errno) + ")");
    return clean_text(std::move(bytes), name);
}

}  // namespace sori
