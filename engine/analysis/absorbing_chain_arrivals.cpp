// How many cohort members of each attribute profile the chain starts from:
// the expected arrivals of each in-cohort stream, split by its mix.
#include <algorithm>

#include "analysis/absorbing_chain.h"

namespace pathways {

namespace {

// An attribute the mix leaves out takes its first value.
double profile_probability(const Model& model, const Mix& mix, std::uint32_t profile) {
    double p = 1;
    for (std::uint32_t a = 0; a < model.attributes.size(); ++a) {
        const std::uint32_t v = model.profile_value(profile, a);
        if (a < mix.size() && !mix[a].empty()) {
            p *= v < mix[a].size() ? mix[a][v] : 0.0;
        } else if (v != 0) {
            p = 0;
        }
    }
    return p;
}

}  // namespace

std::vector<std::vector<double>> expected_cohort_arrivals(const Model& model) {
    std::vector<std::vector<double>> arrivals(model.profile_count(), std::vector<double>(model.stages.size(), 0.0));
    const SimulationSettings& sim = model.simulation;
    for (const ArrivalStream& stream : model.arrivals) {
        if (!stream.in_cohort) continue;
        const double expected = stream.plan.expected_count(sim.warmup_days, sim.horizon_days);
        for (std::uint32_t p = 0; p < arrivals.size(); ++p) {
            arrivals[p][stream.to] += expected * profile_probability(model, stream.mix, p);
        }
    }
    return arrivals;
}

}  // namespace pathways
