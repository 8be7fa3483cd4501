#pragma once
// The `pathways-comparison/1` JSON and its CSV (the readable table: comparison_table.h).
#include <string>
#include <vector>

#include "format/load.h"
#include "run/comparison.h"

namespace pathways {

Json comparison_json(const Results& baseline, const std::vector<ScenarioComparison>& scenarios);
std::string comparison_csv(const std::vector<ScenarioComparison>& scenarios);

}  // namespace pathways
