#include "run/comparison.h"

#include <stdexcept>

namespace pathways {

std::vector<MetricDifference> paired_differences(const RunResults& baseline, const RunResults& scenario) {
    if (baseline.replications.size() != scenario.replications.size()) {
        throw std::invalid_argument("paired differences need the same number of replications");
    }
    std::vector<MetricDifference> out;
    const auto& paths = baseline.layout->paths();
    std::vector<double> diffs(baseline.replications.size());
    for (std::size_t c = 0; c < paths.size(); ++c) {
        auto sc = scenario.layout->find(paths[c]);
        if (!sc) continue;
        for (std::size_t r = 0; r < diffs.size(); ++r) {
            diffs[r] = scenario.replications[r][*sc] - baseline.replications[r][c];
        }
        out.push_back(
            {paths[c], baseline.layout->columns()[c], baseline.stats[c], scenario.stats[*sc], summarise(diffs)});
    }
    return out;
}

const MetricDifference* ScenarioComparison::find(Metric m, StageIndex stage) const {
    for (const MetricDifference& d : differences) {
        if (d.column.metric == m && d.column.item.stage == stage) return &d;
    }
    return nullptr;
}

const EffectAcrossWorlds* AcrossWorlds::find(const std::string& path) const {
    for (const EffectAcrossWorlds& e : effects) {
        if (e.path == path) return &e;
    }
    return nullptr;
}

}  // namespace pathways
