#include "synthesis/synthesis_workers.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <stdexcept>
#include <poll.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/error.h"
#include "speech/speech_engine.h"

namespace sori {
namespace {

using Clock = std::chrono::steady_clock;

struct Child {
    pid_t pid = -1;
    int fd = -1;            // read end of the pipe the child reports on
    std::size_t job = 0;
    Clock::time_point deadline;
    std::string report;     // what the child wrote: "ok SAMPLES", "error MESSAGE" or "cache MESSAGE"
};

// The child's whole life: synthesize, store, report, _exit (no destructors, no atexit handlers).
[[noreturn]] void run_child(const SynthesisJob& job, const SegmentCache& cache, int fd, pid_t parent) {
    std::string report;
    int status = 0;
    try {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // a child must not outlive a killed render
        if (::getppid() != parent) ::_exit(1);  // the render died before the line above took effect
        // Default actions: Ctrl-C ends the child too, and a crash is a plain death by signal that
        // the parent reports (not whatever handler the host program installed).
        for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) std::signal(sig, SIG_DFL);
        // glibc's "*** stack smashing detected ***" would land in the middle of the progress line;
        // the parent reports the crash itself, naming the sentence.
        if (const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC); null >= 0) ::dup2(null, STDERR_FILENO);
        std::srand(1);
        SpeechEngine& engine = SpeechEngine::shared();
        std::vector<std::int16_t> samples = engine.synthesize(job.text);
        const SampleSpan speech = speech_span(samples, engine.sample_rate());
        const double seconds = static_cast<double>(samples.size()) / engine.sample_rate();
        if (seconds < job.shortest_seconds) {
            char what[200];
            std::snprintf(what, sizeof what,
                          "eSpeak NG dropped part of it: %.1f s of audio where at least %.1f s were expected; "
                          "break the sentence with a comma",
                          seconds, job.shortest_seconds);
            throw std::runtime_error(what);
        }
        cache.store(job.key, samples.data() + speech.first, speech.count, engine.sample_rate());
        report = "ok " + std::to_string(speech.count);
    } catch (const Error& e) {
        report = std::string(e.code() == ExitCode::output ? "cache " : "error ") + e.what();
        status = 3;
    } catch (const std::exception& e) {
        report = std::string("error ") + e.what();
        status = 3;
    }
    const char* at = report.data();
    std::size_t left = report.size();
    while (left > 0) {
        const ssize_t put = ::write(fd, at, left);
        if (put <= 0) break;
        at += put;
        left -= static_cast<std::size_t>(put);
    }
    ::_exit(status);
}

Child spawn(const std::vector<SynthesisJob>& jobs, std::size_t job, const SegmentCache& cache, double timeout) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw Error(ExitCode::synthesis, std::string("cannot start a synthesis worker (") + std::strerror(errno) + ")");
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        throw Error(ExitCode::synthesis, std::string("cannot start a synthesis worker (") + std::strerror(errno) +
                                             "); try fewer workers with -j");
    }
    if (pid == 0) {
        ::close(fds[0]);
        run_child(jobs[job], cache, fds[1], parent);
    }
    ::close(fds[1]);
    Child child;
    child.pid = pid;
    child.fd = fds[0];
    child.job = job;
    child.deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(timeout));
    return child;
}

int wait_for(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

void stop_all(std::vector<Child>& running) {
    for (Child& child : running) ::kill(child.pid, SIGKILL);
    for (Child& child : running) {
        wait_for(child.pid);
        ::close(child.fd);
    }
    running.clear();
}

// The outcome of a child that has closed its pipe: samples produced, or a failure reason.
std::optional<std::string> failure_of(const Child& child, int status, std::uint64_t& samples) {
    if (WIFSIGNALED(status))
        return std::string("eSpeak NG crashed on it (") + ::strsignal(WTERMSIG(status)) + ")";
    if (child.report.rfind("ok ", 0) == 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        samples = std::stoull(child.report.substr(3));
        return std::nullopt;
    }
    if (child.report.rfind("error ", 0) == 0 || child.report.rfind("cache ", 0) == 0) return child.report.substr(6);
    return "the synthesis worker ended without a result (exit status " + std::to_string(WEXITSTATUS(status)) + ")";
}

}  // namespace

std::vector<SynthesisFailure> synthesize_in_workers(const std::vector<SynthesisJob>& jobs, const SegmentCache& cache,
                                                    const WorkerOptions& options) {
    std::vector<SynthesisFailure> failures;
    std::vector<Child> running;
    const std::size_t workers = static_cast<std::size_t>(std::max(1, options.workers));
    std::size_t next = 0;
    auto last_tick = Clock::now();
    try {
        while (next < jobs.size() || !running.empty()) {
            if (options.cancel && options.cancel->load()) {
                stop_all(running);
                throw Error(ExitCode::interrupted, "interrupted; the previous outputs were left as they were");
            }
            while (running.size() < workers && next < jobs.size()) running.push_back(spawn(jobs, next++, cache, options.timeout_seconds));

            std::vector<pollfd> fds;
            auto wake = Clock::now() + std::chrono::milliseconds(200);
            for (const Child& child : running) {
                fds.push_back({child.fd, POLLIN, 0});
                wake = std::min(wake, child.deadline);
            }
            const auto wait_ms = std::chrono::duration_cast<std::chrono::milliseconds>(wake - Clock::now()).count();
            ::poll(fds.data(), fds.size(), static_cast<int>(std::clamp<long long>(wait_ms + 1, 0, 200)));

            const auto now = Clock::now();
            for (std::size_t i = running.size(); i-- > 0;) {
                Child& child = running[i];
                bool finished = false;
                if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
                    char buffer[512];
                    const ssize_t got = ::read(child.fd, buffer, sizeof buffer);
                    if (got > 0) child.report.append(buffer, static_cast<std::size_t>(got));
                    finished = got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN);
                }
                if (finished) {
                    const int status = wait_for(child.pid);
                    std::uint64_t samples = 0;
                    if (auto reason = failure_of(child, status, samples)) {
                        failures.push_back({child.job, *reason, child.report.rfind("cache ", 0) == 0});
                    } else if (options.on_done) {
                        options.on_done(child.job, samples);
                    }
                } else if (now >= child.deadline) {
                    ::kill(child.pid, SIGKILL);
                    wait_for(child.pid);
                    char limit[64];
                    std::snprintf(limit, sizeof limit, "%g", options.timeout_seconds);
                    failures.push_back({child.job, std::string("eSpeak NG did not finish it within ") + limit +
                                                       " s (raise the limit with --timeout)"});
                    finished = true;
                }
                if (finished) {
                    ::close(child.fd);
                    running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
                }
            }
            if (options.on_tick && now - last_tick >= std::chrono::milliseconds(100)) {
                last_tick = now;
                options.on_tick();
            }
        }
    } catch (...) {
        stop_all(running);
        throw;
    }
    std::sort(failures.begin(), failures.end(), [](const auto& a, const auto& b) { return a.job < b.job; });
    return failures;
}

int available_cpus() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (::sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
    return static_cast<int>(std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN)));
}

}  // namespace sori
