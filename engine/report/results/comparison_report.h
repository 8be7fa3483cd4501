#pragma once
// The `pathways-comparison/1` JSON and its CSV (the readable table: comparison_table.h).
#include <string>
#include <vector>

#include "format/load.h"
#include "run/comparison.h"

namespace pathways {

// What a scenario file says of itself, only what it says (format 1.1 section 8):
// description, source, note and cost, as in a scenario file.
Json scenario_about_json(const ScenarioDescription& about);
Json comparison_json(const Results& baseline, const std::vector<ScenarioComparison>& scenarios);
std::string comparison_csv(const std::vector<ScenarioComparison>& scenarios);
// across_worlds.csv (compare --worlds): each what-if's effect on each headline
// figure across the plausible worlds, beside its central estimate.
std::string across_worlds_csv(const std::vector<ScenarioComparison>& scenarios);

}  // namespace pathways
