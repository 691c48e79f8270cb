#pragma once
// A temporary file that holds part of a command's output until its turn, so that a long output
// need not wait in memory (deleted when closed, also when the program dies).
#include <cstdio>
#include <ostream>
#include <string>

namespace sori::cli {

class Spool {
public:
    Spool();  // throws Error(output) when no temporary file can be made
    ~Spool();
    Spool(const Spool&) = delete;
    Spool& operator=(const Spool&) = delete;

    void write(const std::string& text);
    void copy_to(std::ostream& out);  // everything written so far

private:
    std::FILE* file_;
};

}  // namespace sori::cli
