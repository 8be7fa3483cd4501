#pragma once
// summary.json (`pathways-results/1`): the one writer of typed results as
// JSON, and the one reader, for results that come from a file (`render
// --results`); a summary from another run or version may lack figures: they
// read as 0. Nothing reads back JSON written in the same process.
#include <iosfwd>
#include <string>
#include <vector>

#include "format/load.h"
#include "results/results.h"

namespace pathways {

Json stat_json(const Stat& s);
// Reads a STAT ({mean, sd, ci95}); anything missing reads as 0.
Stat stat_from_json(const Json& j);

Json summary_json(const Results& results);
// summary.json's text: the same bytes as summary_json(results).dump(2) and a
// line break, written an item at a time rather than through the tree.
std::string summary_json_text(const Results& results);
// The same text, written to `out` as it is made.
void write_summary_json(std::ostream& out, const Results& results);

// A summary that cannot be read as pathways-results/1.
struct BadSummary : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// Throws BadSummary when the document is not a pathways-results/1 summary.
Results read_summary_json(const Json& summary);

}  // namespace pathways
