#pragma once
// The `pathways-comparison/1` JSON, its CSV and the readable table.
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
// Headline metrics whose value is not 0 in either run, changes clear of noise marked.
std::string comparison_table(const std::string& model_name, const std::vector<ScenarioComparison>& scenarios);

}  // namespace pathways
