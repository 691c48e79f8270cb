#pragma once
// read: bytes of an article to clean text (UTF-8, NFC, LF line ends, odd spaces folded).
#include <filesystem>
#include <string>

namespace sori {

struct SourceText {
    std::string origin;  // file path as the user gave it, or "<stdin>"; used in messages
    std::string text;    // valid UTF-8 in NFC, LF line ends, no BOM, no control characters
};

// Reads and cleans a file. Throws sori::Error (ExitCode::input) naming the file and, for bad
// encoding, the line and column, when the file is missing, a folder, unreadable, binary,
// not UTF-8, or holds nothing but white space.
SourceText read_article(const std::filesystem::path& path);

// Cleans bytes already in memory; `origin` names them in error messages.
SourceText clean_text(std::string bytes, const std::string& origin);

}  // namespace sori
