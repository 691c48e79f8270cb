#pragma once
// Titles in a page of plain text: the document's title line or centred block, tables of
// contents (skipped), the convention its section titles follow, and each line's heading level
// (see plain_text_reader.h for the rules).
#include <optional>
#include <string>

#include "text/plain_text_page.h"

namespace sori {

// Marks the runs of short marked lines that are tables of contents as skipped.
void skip_tables_of_contents(Page& p);

// How many possible titles of each convention the page holds (tables of contents skipped first).
ConventionCounts count_conventions(const Page& p);
Convention convention_of(const ConventionCounts& counts);

// Sets the heading level of every line that opens a section (p.convention, else the page's own).
void find_headings(Page& p, const Labels& labels);

// The title line or centred block near the top, marked as skipped.
std::optional<std::string> find_title(Page& p, const Labels& labels);

}  // namespace sori
