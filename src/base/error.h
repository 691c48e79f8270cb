#pragma once
// The one exception type that carries a user-facing message, and the exit codes it maps to.
#include <stdexcept>
#include <string>

namespace sori {

// Exit codes of the `sori` program; README.md documents them.
enum class ExitCode : int {
    ok = 0,
    internal = 1,     // a bug in sori: please report it
    usage = 2,        // bad command line or option value
    input = 3,        // the article cannot be read or holds no speakable text
    output = 4,       // an output file or folder cannot be written
    synthesis = 5,    // eSpeak NG failed or is missing data
    interrupted = 130 // Ctrl-C or SIGTERM: previous outputs kept
};

class Error : public std::runtime_error {
public:
    Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    ExitCode code() const noexcept { return code_; }

private:
    ExitCode code_;
};

}  // namespace sori
