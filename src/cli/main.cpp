// sori: a Korean article to a listenable audio file with chapter markers.
#include <algorithm>
#include <clocale>
#include <iostream>

#include "base/error.h"
#include "cli/cli.h"

namespace {

// Every error is one line: a message that holds line breaks (a file name, a list) is folded.
std::string one_line(std::string message) {
    std::replace(message.begin(), message.end(), '\n', ' ');
    return message;
}

}  // namespace

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "C.UTF-8");
    CLI::App app{"sori — turn a Korean article into a listenable audio file with a chapter at every section.", "sori"};
    app.footer(
        "Examples:\n"
        "  sori render                                  render every article in input/ into out/\n"
        "  sori render input/meta-ai-strategy.txt -o /tmp/listen --speed 1.25x\n"
        "  sori render article.md --preset slow         a slower voice for learners\n"
        "  sori outline input/meta-ai-strategy.txt      the chapters and sentences sori sees\n"
        "  sori split --sentences notes.txt             one sentence a line\n"
        "  sori normalize notes.txt                     each line as it will be spoken\n"
        "  sori voices                                  presets and Korean-capable voices\n"
        "  sori cache stats                             what the sentence cache holds\n"
        "\n"
        "Exit codes: 0 ok, 1 internal error, 2 bad command line or option value, 3 unreadable or\n"
        "empty article, 4 output cannot be written, 5 speech synthesis failed, 130 interrupted.");
    app.require_subcommand(1);
    app.set_version_flag("--version", "sori " SORI_VERSION);
    sori::cli::add_render_command(app);
    sori::cli::add_outline_command(app);
    sori::cli::add_split_command(app);
    sori::cli::add_voices_command(app);
    sori::cli::add_cache_command(app);
    sori::cli::add_normalize_command(app);
    sori::cli::add_pronounce_command(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        std::cout << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::CallForVersion& e) {
        std::cout << e.what() << "\n";
        return 0;
    } catch (const CLI::ParseError& e) {
        std::cerr << "sori: error: " << one_line(e.what()) << " (see `sori --help` or `sori COMMAND --help`)\n";
        return static_cast<int>(sori::ExitCode::usage);
    } catch (const sori::Error& e) {
        std::cerr << "sori: error: " << one_line(e.what()) << "\n";
        return static_cast<int>(e.code());
    } catch (const std::exception& e) {
        std::cerr << "sori: error: internal error: " << one_line(e.what()) << "; please report it\n";
        return static_cast<int>(sori::ExitCode::internal);
    }
    return 0;
}
