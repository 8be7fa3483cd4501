#pragma once
// The statistic paths of a model's results ("outcomes.homeless.share",
// "stages.ta.mean_wait_days", "flows.a.b.count", ...), in one place for target
// validation, target evaluation and comparisons.
#include <string>
#include <vector>

#include "model/model.h"

namespace pathways {

// True when path names a statistic that results for this model carry.
bool is_metric_path(const Model& model, const std::string& path);

// Every such path, in a stable order (for hints and listings).
std::vector<std::string> metric_paths(const Model& model);

}  // namespace pathways
