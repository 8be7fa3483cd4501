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
    bool clear() const { return clear_of_noise(difference); }
};

// A what-if's effect on one figure across a calibration's plausible worlds
// (`compare --worlds`), each world run with the central comparison's seed and
// replications: its 5th to 95th percentile, and the share of worlds in which
// it has the central estimate's sign.
struct EffectAcrossWorlds {
    std::string path;
    double p5 = 0, p95 = 0, same_sign = 0;
};

struct AcrossWorlds {
    std::string file;                         // the worlds file, as the command line named it
    std::size_t worlds = 0;                   // 0: not run across worlds
    std::vector<EffectAcrossWorlds> effects;  // the headline figures'
    const EffectAcrossWorlds* find(const std::string& path) const;
};

// Several figures taken as one (the settled outcomes' shares, say), in both
// runs and paired. The figures are summed within each replication before the
// pairing, so that the interval is the sum's own: adding the figures' own
// interval bounds would widen it, since their changes offset one another.
struct SumDifference {
    Stat baseline, scenario, difference;
    bool clear() const { return difference.lo > 0 || difference.hi < 0; }
};

// A what-if against the baseline: its own results and the paired differences.
struct ScenarioComparison {
    std::string name, file;
    Results summary;
    std::vector<MetricDifference> differences;
    ScenarioDescription about;
    AcrossWorlds across_worlds;
    SumDifference settled;  // the share of the cohort that reaches any settled outcome
    // The difference in a stage's metric (baseline stage index); null if not compared.
    const MetricDifference* find(Metric m, StageIndex stage) const;
};

// Every metric the two runs share, in the baseline's order. Both runs must
// have the same number of replications.
std::vector<MetricDifference> paired_differences(const RunResults& baseline, const RunResults& scenario);

// The columns `paths` summed in each replication of each run, and paired.
SumDifference paired_sum(const RunResults& baseline, const RunResults& scenario, const std::vector<std::string>& paths);

// The paths of the shares of a model's settled outcomes, among a run's columns.
std::vector<std::string> settled_share_paths(const Model& model, const MetricLayout& layout);

}  // namespace pathways
