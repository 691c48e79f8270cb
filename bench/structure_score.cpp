// Scores sori's structure stage on real documents with gold chapter files (structure_metric.h):
// per document, title, exact chapter list, chapter and subheading precision and recall, and the
// prose sentences found against the gold's approximate count; then the totals.
// Usage: sori_structure_score [FOLDER]   (default ../shared/data/articles); exit 1 unless every
// document's chapters are exact.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "base/error.h"
#include "metrics/structure_metric.h"
#include "text/structure.h"
#include "text/text_reader.h"

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    const fs::path folder = argc > 1 ? fs::path(argv[1]) : fs::path("../shared/data/articles");
    std::vector<fs::path> golds;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".json") golds.push_back(entry.path());
    std::sort(golds.begin(), golds.end());
    std::size_t exact = 0, titles = 0;
    sori::ListScore all_chapters, all_sub;
    std::printf("%-34s %5s %5s %9s %9s %9s %9s %11s\n", "document", "title", "exact", "chap P", "chap R", "sub P", "sub R", "sentences");
    try {
        for (const fs::path& gold_file : golds) {
            fs::path article;
            for (const char* ext : {".md", ".txt", ".mdx", ".markdown"})
                if (fs::exists(fs::path(gold_file).replace_extension(ext))) article = fs::path(gold_file).replace_extension(ext);
            if (article.empty()) continue;
            const sori::StructureGold gold = sori::read_structure_gold(gold_file);
            sori::StructureOptions options;
            options.fallback_title = article.stem().string();
            options.format = sori::format_for_path(article);
            const sori::Document doc = sori::parse_document(sori::read_article(article).text, options);
            const sori::StructureScore s = sori::score_structure(doc, gold, options.fallback_title);
            exact += s.chapters_exact;
            titles += s.title_right;
            for (auto [total, part] : {std::pair{&all_chapters, &s.chapters}, std::pair{&all_sub, &s.subheadings}}) {
                total->matched += part->matched, total->found += part->found, total->expected += part->expected;
            }
            std::printf("%-34s %5s %5s %9.3f %9.3f %9.3f %9.3f %5zu / %-4zu\n", article.stem().string().c_str(), s.title_right ? "ok" : "NO",
                        s.chapters_exact ? "yes" : "no", s.chapters.precision(), s.chapters.recall(), s.subheadings.precision(),
                        s.subheadings.recall(), s.sentences, gold.sentences);
            if (!s.title_right) std::printf("    title: %s\n", doc.title.c_str());
            for (const std::string& w : s.wrong) std::printf("    %s\n", w.c_str());
        }
    } catch (const sori::Error& e) {
        std::cerr << "sori_structure_score: " << e.what() << '\n';
        return 2;
    }
    std::printf("%-34s %2zu/%-2zu %2zu/%-2zu %9.3f %9.3f %9.3f %9.3f\n", "all", titles, golds.size(), exact, golds.size(),
                all_chapters.precision(), all_chapters.recall(), all_sub.precision(), all_sub.recall());
    return exact == golds.size() ? 0 : 1;
}
