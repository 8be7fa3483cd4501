// How many cohort members of each attribute profile the chain starts from:
// the expected arrivals of each in-cohort stream, split by its mix.
#include <algorithm>

#include "analysis/absorbing_chain.h"

namespace pathways {

namespace {

double overlap(Days a0, Days a1, Days b0, Days b1) { return std::max(0.0, std::min(a1, b1) - std::max(a0, b0)); }

// Expected Poisson arrivals plus batch sizes inside [from, to).
double expected_arrivals(const ReleasePlan& plan, Days from, Days to) {
    double base_days = to - from, total = 0;
    for (const Window& w : plan.schedule) {
        const double days = overlap(w.from_day, w.to_day, from, to);
        base_days -= days;
        total += w.rate_per_day * days;
    }
    total += plan.rate_per_day * std::max(0.0, base_days);
    for (const Batch& b : plan.batches) {
        if (b.day >= from && b.day < to) total += static_cast<double>(b.size);
    }
    return total;
}

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
        const double expected = expected_arrivals(stream.plan, sim.warmup_days, sim.horizon_days);
        for (std::uint32_t p = 0; p < arrivals.size(); ++p) {
            arrivals[p][stream.to] += expected * profile_probability(model, stream.mix, p);
        }
    }
    return arrivals;
}

std::vector<std::vector<double>> expected_entries_by_stream(const Model& model) {
    std::vector<std::vector<double>> entries(model.arrivals.size(), std::vector<double>(model.stages.size(), 0.0));
    const SimulationSettings& sim = model.simulation;
    for (std::size_t a = 0; a < model.arrivals.size(); ++a) {
        const ArrivalStream& stream = model.arrivals[a];
        if (!stream.in_cohort) continue;
        const double expected = expected_arrivals(stream.plan, sim.warmup_days, sim.horizon_days);
        std::vector<double> start(model.stages.size(), 0.0);
        start[stream.to] = 1;
        for (std::uint32_t p = 0; p < model.profile_count(); ++p) {
            const double weight = expected * profile_probability(model, stream.mix, p);
            if (weight <= 0) continue;
            const ChainFigures figures = solve_chain(model, p, start);
            for (std::size_t s = 0; s < model.stages.size(); ++s) entries[a][s] += weight * figures.visits[s];
        }
    }
    return entries;
}

}  // namespace pathways
