#pragma once
// The `pathways-comparison/1` JSON, its CSV and the readable table.
#include <string>
#include <vector>

#include "model/load.h"
#include "stats/comparison.h"

namespace pathways {

struct ScenarioResult {
    std::string name, file;
    Json summary;
    std::vector<MetricDifference> differences;
};

Json comparison_json(const Json& baseline_summary, const std::vector<ScenarioResult>& scenarios);
std::string comparison_csv(const std::vector<ScenarioResult>& scenarios);
// Headline metrics whose value is not 0 in either run, changes clear of noise marked.
std::string comparison_table(const std::string& model_name, const std::vector<ScenarioResult>& scenarios);

}  // namespace pathways
