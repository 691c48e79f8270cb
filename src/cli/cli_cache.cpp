// `sori cache stats` and `sori cache prune`: what the sentence cache holds, and trimming it.
#include <chrono>
#include <ctime>
#include <iostream>
#include <memory>

#include "base/error.h"
#include "cache/segment_cache.h"
#include "cli/cli.h"

namespace sori::cli {
namespace {

struct CacheArgs {
    std::string output_folder = "out";
    std::string cache_dir;  // --cache-dir or SORI_CACHE_DIR; empty: OUTPUT/.cache
    std::optional<double> older_than_days;
    std::string max_size;
};

std::filesystem::path cache_folder(const CacheArgs& args) {
    return args.cache_dir.empty() ? std::filesystem::path(args.output_folder) / ".cache" : std::filesystem::path(args.cache_dir);
}

std::string local_time(std::filesystem::file_time_type when) {
    const auto system = std::chrono::time_point_cast<std::chrono::system_clock::duration>(
        when - std::filesystem::file_time_type::clock::now() + std::chrono::system_clock::now());
    const std::time_t t = std::chrono::system_clock::to_time_t(system);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", std::localtime(&t));
    return text;
}

std::string hours_minutes(double seconds) {
    const long total = static_cast<long>(seconds + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    return text;
}

void require_cache_folder(const SegmentCache& cache) {
    std::error_code ec;
    if (!std::filesystem::exists(cache.folder(), ec))
        throw Error(ExitCode::usage, cache.folder().string() + ": no cache there (nothing was rendered with it); name it with --cache-dir or -o OUTPUT");
    if (!std::filesystem::is_directory(cache.folder(), ec))
        throw Error(ExitCode::usage, cache.folder().string() + ": is a file, not a cache folder; name the cache with --cache-dir or -o OUTPUT");
}

void stats(const CacheArgs& args) {
    const SegmentCache cache(cache_folder(args));
    require_cache_folder(cache);
    const CacheStats s = cache.stats();
    std::cout << "cache: " << cache.folder().string() << "\n"
              << "entries: " << s.entries << " sentences, " << human_size(s.bytes) << " (" << s.bytes << " bytes), "
              << hours_minutes(s.audio_seconds) << " of audio\n"
              << "blocks: " << s.blocks << " encoded blocks (every format but WAV), " << human_size(s.block_bytes) << " (" << s.block_bytes << " bytes)\n";
    if (s.oldest_use && s.newest_use)
        std::cout << "last used: " << local_time(*s.oldest_use) << " (least recently) to " << local_time(*s.newest_use) << "\n";
    if (s.damaged) std::cout << "damaged: " << s.damaged << " (sori render replaces them; sori cache prune removes them)\n";
    if (s.temporaries) std::cout << "unfinished: " << s.temporaries << " temporary files (a render running now, or one that was killed)\n";
}

void prune(const CacheArgs& args) {
    PruneOptions options;
    options.older_than_days = args.older_than_days;
    if (!args.max_size.empty()) options.max_bytes = parse_size(args.max_size);
    const SegmentCache cache(cache_folder(args));
    require_cache_folder(cache);
    const PruneResult r = cache.prune(options);
    std::cout << "removed " << r.removed << " entries (" << human_size(r.removed_bytes) << "), kept " << r.kept << " ("
              << human_size(r.kept_bytes) << ") in " << cache.folder().string() << "\n";
}

void add_location_options(CLI::App& command, CacheArgs& args) {
    command.add_option("-o,--output", args.output_folder, "Output folder whose .cache to use")->capture_default_str();
    command.add_option("--cache-dir", args.cache_dir, "Cache folder (default OUTPUT/.cache)")->envname("SORI_CACHE_DIR");
}

}  // namespace

void add_cache_command(CLI::App& app) {
    auto args = std::make_shared<CacheArgs>();
    CLI::App* cache = app.add_subcommand("cache", "Show or trim the sentence cache");
    cache->require_subcommand(1);
    CLI::App* stats_command = cache->add_subcommand("stats", "How many sentences the cache holds, their size and last use");
    add_location_options(*stats_command, *args);
    stats_command->callback([args] { stats(*args); });
    CLI::App* prune_command = cache->add_subcommand("prune", "Remove old entries, or the least recently used beyond a size");
    add_location_options(*prune_command, *args);
    prune_command->add_option("--older-than", args->older_than_days, "Remove entries not used for this many days")
        ->check(CLI::NonNegativeNumber);
    prune_command->add_option("--max-size", args->max_size,
                              "Then remove the least recently used until the cache fits: 500M, 2G (or 512Mi, 2Gi)");
    prune_command->footer(
        "Damaged entries and temporary files left by killed renders are always removed.\n"
        "Examples:\n"
        "  sori cache prune --older-than 30       entries no render has used for a month\n"
        "  sori cache prune --max-size 1G         keep the most recently used 1 GB\n"
        "  sori cache prune --max-size 0          empty it");
    prune_command->callback([args] { prune(*args); });
}

}  // namespace sori::cli
