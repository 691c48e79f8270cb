// `cmake --install` into a scratch prefix, then the installed program used from outside the
// checkout: it must find its presets and lexicon beside itself and the user's in XDG_CONFIG_HOME.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <unistd.h>

#include "support/e2e.h"

namespace fs = std::filesystem;

namespace {

const fs::path prefix = "/opt/sori-install-test";

// Installs the build once per test run into STAGE (DESTDIR) under `prefix`; returns STAGE/prefix.
const fs::path& installed() {
    static const fs::path root = [] {
        // Per process: ctest runs the install tests in parallel, each in its own process.
        const fs::path stage = fs::temp_directory_path() / ("sori-install-stage-" + std::to_string(::getpid()));
        fs::remove_all(stage);
        const test::Result r = test::run({"env", "DESTDIR=" + stage.string(), "cmake", "--install", SORI_BUILD_DIR, "--prefix",
                                          prefix.string()},
                                         fs::temp_directory_path());
        INFO(r.out << r.err);
        REQUIRE(r.exit_code == 0);
        return stage / prefix.relative_path();
    }();
    return root;
}

fs::path empty_folder(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("sori-install-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// Long options a command's --help lists, e.g. {"--output", "--preset", …}.
std::set<std::string> help_options(const std::vector<std::string>& command) {
    std::vector<std::string> args = command;
    args.push_back("--help");
    const test::Result r = test::e2e::sori(args, fs::temp_directory_path());
    std::set<std::string> options;
    const std::regex option(R"((?:^|[ ,])(--[a-z][a-z0-9-]*))");
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("  -", 0) != 0) continue;  // option lines start with two spaces and a dash
        const std::string names = line.substr(0, line.find("  ", 2));
        for (std::sregex_iterator m(names.begin(), names.end(), option), end; m != end; ++m) options.insert((*m)[1]);
    }
    return options;
}

}  // namespace

TEST_CASE("cmake --install puts the program, presets, lexicon, man page and completion under the prefix", "[install]") {
    const fs::path& root = installed();
    const auto file = GENERATE(as<std::string>{}, "bin/sori", "share/sori/voices/default.ini", "share/sori/voices/slow.ini",
                               "share/sori/voices/fast.ini", "share/sori/voices/female.ini", "share/sori/voices/lexicon.tsv",
                               "share/man/man1/sori.1", "share/bash-completion/completions/sori");
    CHECK(fs::is_regular_file(root / file));
}

TEST_CASE("The installed sori lists its shipped presets and the user's from outside the checkout", "[install]") {
    const fs::path& root = installed();
    const fs::path config = empty_folder("config");
    fs::create_directories(config / "sori" / "voices");
    std::ofstream(config / "sori" / "voices" / "bedtime.ini") << "description = Very slow, for falling asleep\nspeed = 0.6x\n";
    const test::Result r = test::run({"env", "XDG_CONFIG_HOME=" + config.string(), (root / "bin/sori").string(), "voices"},
                                     empty_folder("voices"));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("bedtime — Very slow, for falling asleep"));
    CHECK_THAT(r.out, Catch::Contains("user: " + (config / "sori/voices/bedtime.ini").string()));
    for (const std::string preset : {"default", "slow", "fast", "female"})
        CHECK_THAT(r.out, Catch::Contains("shipped: " + (root / "share/sori/voices" / (preset + ".ini")).string()));
    CHECK_THAT(r.out, !Catch::Contains(SORI_SOURCE_DIR));
}

TEST_CASE("The installed sori reads words from the shipped lexicon, and the user's lexicon wins over it", "[install]") {
    const fs::path& root = installed();
    const fs::path config = empty_folder("lexicon-config");
    const fs::path folder = empty_folder("lexicon");
    const std::string sori = (root / "bin/sori").string();
    const test::Result shipped = test::run({"env", "XDG_CONFIG_HOME=" + config.string(), sori, "normalize", "-"}, folder, "OpenAI\n");
    CHECK(shipped.exit_code == 0);
    CHECK(shipped.out == "오픈에이아이\n");
    fs::create_directories(config / "sori" / "voices");
    std::ofstream(config / "sori" / "voices" / "lexicon.tsv") << "OpenAI\t오픈 에이 아이\n";
    const test::Result mine = test::run({"env", "XDG_CONFIG_HOME=" + config.string(), sori, "normalize", "-"}, folder, "OpenAI\n");
    CHECK(mine.out == "오픈 에이 아이\n");
}

TEST_CASE("The installed sori renders with a preset from the user's folder", "[install]") {
    const fs::path& root = installed();
    const fs::path config = empty_folder("render-config");
    fs::create_directories(config / "sori" / "voices");
    std::ofstream(config / "sori" / "voices" / "brisk.ini") << "speed = 1.5x\n";
    const fs::path folder = empty_folder("render");
    std::ofstream(folder / "note.txt") << "짧은 글입니다.\n";
    const test::Result r = test::run({"env", "XDG_CONFIG_HOME=" + config.string(), (root / "bin/sori").string(), "render", "-q",
                                      "--preset", "brisk", "note.txt", "-o", "listen"},
                                     folder);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(test::e2e::manifest(folder / "listen/note.json")["settings"]["rate_wpm"] == 263);
}

TEST_CASE("The installed man page renders with man -l", "[install]") {
    const fs::path& root = installed();
    const test::Result r = test::run({"env", "MANPAGER=cat", "MANWIDTH=80", "man", "--warnings", "-l",
                                      (root / "share/man/man1/sori.1").string()},
                                     fs::temp_directory_path());
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.empty());
    for (const std::string section : {"NAME", "SYNOPSIS", "RENDER OPTIONS", "FILES", "EXIT STATUS"}) CHECK_THAT(r.out, Catch::Contains(section));
}

TEST_CASE("The man page and the bash completion name every option of every command", "[install]") {
    const std::string man = test::slurp(fs::path(SORI_SOURCE_DIR) / "doc/sori.1");
    const std::string completion = test::slurp(fs::path(SORI_SOURCE_DIR) / "completions/sori.bash");
    const auto command = GENERATE(as<std::vector<std::string>>{}, std::vector<std::string>{"render"}, std::vector<std::string>{"outline"},
                                  std::vector<std::string>{"split"}, std::vector<std::string>{"normalize"},
                                  std::vector<std::string>{"cache", "stats"}, std::vector<std::string>{"cache", "prune"});
    const std::set<std::string> options = help_options(command);
    CHECK(options.size() >= 2);
    for (const std::string& option : options) {
        INFO(command.back() << " " << option);
        std::string escaped;
        for (char c : option) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
        CHECK_THAT(man, Catch::Contains(escaped));
        CHECK_THAT(completion, Catch::Contains(option + " ") || Catch::Contains(option + "\"") || Catch::Contains(option + "\n"));
    }
}

TEST_CASE("Bash completion completes commands, options and comma-separated formats", "[install]") {
    struct Case {
        std::string words;
        std::string expected;
    };
    const Case c = GENERATE(Case{"sori re", "render"}, Case{"sori cache p", "prune"}, Case{"sori render --sam", "--sample-rate"},
                            Case{"sori render --format mp3,o", "mp3,opus"}, Case{"sori render --chapters c", "cue"},
                            Case{"sori outline --sp", "--spoken"});
    const std::string script = "source " + (fs::path(SORI_SOURCE_DIR) / "completions/sori.bash").string() + "; COMP_WORDS=(" + c.words +
                               "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _sori; printf '%s\\n' \"${COMPREPLY[@]}\"";
    const test::Result r = test::run({"bash", "-c", script}, fs::temp_directory_path());
    INFO(c.words << " → " << r.out << r.err);
    CHECK(r.out == c.expected + "\n");
}
