#pragma once
// What-if comparison on common random numbers: replication r of the baseline
// and of a scenario draw from the same streams, so the paired difference
// (scenario minus baseline, replication by replication) carries far less noise
// than two independent runs would. A scenario that changes nothing gives
// differences of exactly 0.
#include <string>
#include <utility>
#include <vector>

#include "stats/runner.h"

namespace pathways {

struct MetricDifference {
    std::string path;
    Stat baseline, scenario, difference;
    // The 95% interval of the difference excludes 0.
    bool clear() const { return difference.lo > 0 || difference.hi < 0; }
};

// Every metric the two runs share, in the baseline's order. Both runs must
// have the same number of replications.
std::vector<MetricDifference> paired_differences(const RunResults& baseline, const RunResults& scenario);

// The metrics officers look at first: outcome shares and days, time in the
// pathway, drop-offs, waits, occupancy and cost.
bool is_headline_difference(const std::string& path);

}  // namespace pathways
