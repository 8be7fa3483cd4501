#pragma once
// What-if comparison on common random numbers: replication r of the baseline
// and of a scenario draw from the same streams, so the paired difference
// (scenario minus baseline, replication by replication) carries far less noise
// than two independent runs would. A scenario that changes nothing gives
// differences of exactly 0.
#include <string>
#include <vector>

#include "model/scenario_description.h"
#include "results/results.h"
#include "run/runner.h"

namespace pathways {

struct MetricDifference {
    std::string path;
    MetricColumn column;  // the metric and item, in the baseline model's numbering
    Stat baseline, scenario, difference;
    // The 95% interval of the difference excludes 0.
    bool clear() const { return difference.lo > 0 || difference.hi < 0; }
};

// A what-if against the baseline: its own results and the paired differences.
struct ScenarioComparison {
    std::string name, file;
    Results summary;
    std::vector<MetricDifference> differences;
    ScenarioDescription about;
    // The difference in a stage's metric (baseline stage index); null if not compared.
    const MetricDifference* find(Metric m, StageIndex stage) const;
};

// Every metric the two runs share, in the baseline's order. Both runs must
// have the same number of replications.
std::vector<MetricDifference> paired_differences(const RunResults& baseline, const RunResults& scenario);

}  // namespace pathways
