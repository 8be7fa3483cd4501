#pragma once
// summary.json (`pathways-results/1`): the one writer of typed results as
// JSON, and the one reader, for results that come from a file (`render
// --results`); a summary from another run or version may lack figures: they
// read as 0. Nothing reads back JSON written in the same process.
#include <string>
#include <vector>

#include "format/load.h"
#include "results/results.h"

namespace pathways {

Json stat_json(const Stat& s);
// Reads a STAT ({mean, sd, ci95}); anything missing reads as 0.
Stat stat_from_json(const Json& j);

Json summary_json(const Results& results);
// summary.json's text.
std::string summary_json_text(const Results& results);

// A summary that cannot be read as pathways-results/1.
struct BadSummary : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// Throws BadSummary when the document is not a pathways-results/1 summary.
Results read_summary_json(const Json& summary);

}  // namespace pathways
