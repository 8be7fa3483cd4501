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

SumDifference paired_sum(const RunResults& baseline, const RunResults& scenario,
                         const std::vector<std::string>& paths) {
    if (baseline.replications.size() != scenario.replications.size()) {
        throw std::invalid_argument("paired differences need the same number of replications");
    }
    const std::size_t n = baseline.replications.size();
    std::vector<double> before(n, 0.0), after(n, 0.0), diffs(n);
    for (const std::string& path : paths) {
        const auto b = baseline.layout->find(path);
        const auto s = scenario.layout->find(path);
        for (std::size_t r = 0; r < n; ++r) {
            before[r] += b ? baseline.replications[r][*b] : 0.0;
            after[r] += s ? scenario.replications[r][*s] : 0.0;
        }
    }
    for (std::size_t r = 0; r < n; ++r) diffs[r] = after[r] - before[r];
    return {summarise(before), summarise(after), summarise(diffs)};
}

std::vector<std::string> settled_share_paths(const Model& model, const MetricLayout& layout) {
    std::vector<std::string> out;
    const auto& columns = layout.columns();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].metric == Metric::outcome_share &&
            model.stages[columns[c].item.stage].outcome == OutcomeKind::settled)
            out.push_back(layout.paths()[c]);
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
