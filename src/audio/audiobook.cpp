#include "audio/audiobook.h"

#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "base/error.h"

extern char** environ;

namespace sori {
namespace {

// Runs argv with stdin from /dev/null and stderr into `log`; the exit status, or -1.
int run(const std::vector<std::string>& argv, const std::filesystem::path& log) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return -1;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

bool ffmpeg_available() {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "/usr/bin:/bin");
    for (std::string dir; std::getline(dirs, dir, ':');)
        if (!dir.empty() && ::access((std::filesystem::path(dir) / "ffmpeg").c_str(), X_OK) == 0) return true;
    return false;
}

void require_ffmpeg_for_m4b() {
    if (!ffmpeg_available())
        throw Error(ExitCode::output, "m4b is encoded by the ffmpeg program, which is not installed; install it with "
                                      "`sudo apt-get install ffmpeg`, or choose other formats with --format (wav, flac, opus, mp3)");
}

void run_ffmpeg(const std::vector<std::string>& args, const std::filesystem::path& what) {
    require_ffmpeg_for_m4b();
    const std::filesystem::path log = what.string() + ".ffmpeg.log";
    std::vector<std::string> argv{"ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y"};
    argv.insert(argv.end(), args.begin(), args.end());
    const int status = run(argv, log);
    std::ifstream in(log);
    std::string said((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::error_code ec;
    std::filesystem::remove(log, ec);
    if (status != 0) {
        if (said.size() > 400) said = "…" + said.substr(said.size() - 400);
        throw Error(ExitCode::output, what.string() + ": ffmpeg failed (exit " + std::to_string(status) + "): " + said);
    }
}

void mux_m4b(const std::filesystem::path& aac, int rate, long priming, const std::filesystem::path& ffmeta, const std::filesystem::path& m4b,
             const std::string& language, const std::filesystem::path& cover) {
    char offset[32];
    std::snprintf(offset, sizeof offset, "-%.9f", static_cast<double>(priming) / rate);  // negative first timestamps: an edit list
    std::vector<std::string> args{"-itsoffset", offset, "-f", "aac", "-i", aac.string(), "-i", ffmeta.string()};
    if (!cover.empty()) args.insert(args.end(), {"-i", cover.string()});
    args.insert(args.end(), {"-map", "0:a", "-map_metadata", "1", "-map_chapters", "1", "-c", "copy", "-movflags", "+faststart"});
    if (!cover.empty()) args.insert(args.end(), {"-map", "2:v", "-disposition:v:0", "attached_pic"});
    if (!language.empty()) args.insert(args.end(), {"-metadata:s:a:0", "language=" + language});
    args.insert(args.end(), {"-f", "ipod", m4b.string()});
    run_ffmpeg(args, m4b);
}

}  // namespace sori
