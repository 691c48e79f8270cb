#pragma once
// Runs a program for end-to-end tests: argv, working folder, optional stdin text; captures
// stdout, stderr and the exit code. Can also start one in the background to signal it.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace test {

struct Result {
    int exit_code = -1;
    std::string out, err;
};

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class Process {
public:
    Process(const std::vector<std::string>& argv, const std::filesystem::path& cwd, const std::string& input = "") {
        static int counter = 0;
        base_ = std::filesystem::temp_directory_path() / ("sori-proc-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::ofstream(base_.string() + ".in", std::ios::binary) << input;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, (base_.string() + ".in").c_str(), O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 1, (base_.string() + ".out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_addopen(&actions, 2, (base_.string() + ".err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        if (posix_spawnp(&pid_, args[0], &actions, nullptr, args.data(), environ) != 0) pid_ = -1;
        posix_spawn_file_actions_destroy(&actions);
    }

    pid_t pid() const { return pid_; }

    Result wait() {
        Result r;
        int status = 0;
        if (pid_ > 0 && ::waitpid(pid_, &status, 0) == pid_)
            r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        r.out = slurp(base_.string() + ".out");
        r.err = slurp(base_.string() + ".err");
        for (const char* ext : {".in", ".out", ".err"}) std::filesystem::remove(base_.string() + ext);
        return r;
    }

private:
    pid_t pid_ = -1;
    std::filesystem::path base_;
};

inline Result run(const std::vector<std::string>& argv, const std::filesystem::path& cwd, const std::string& input = "") {
    return Process(argv, cwd, input).wait();
}

}  // namespace test
