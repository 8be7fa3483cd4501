#include "stats/comparison.h"

#include <stdexcept>

namespace pathways {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

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
        out.push_back({paths[c], baseline.stats[c], scenario.stats[*sc], summarise(diffs)});
    }
    return out;
}

bool is_headline_difference(const std::string& path) {
    if (path.rfind("outcomes.", 0) == 0) return ends_with(path, ".share") || ends_with(path, "days_to_outcome.mean");
    if (path.rfind("time_in_system_days.mean", 0) == 0 || path.rfind("cost.", 0) == 0) return true;
    if (path.rfind("stages.", 0) == 0) {
        return ends_with(path, ".drop_offs_after") || ends_with(path, ".mean_wait_days") ||
               ends_with(path, ".mean_occupancy") || ends_with(path, ".reneged") ||
               ends_with(path, ".diverted_by_deadline");
    }
    return path.rfind("targets.", 0) == 0;
}

}  // namespace pathways
