#pragma once
// The cost-effectiveness frontier: the options worth considering at some
// budget, in order of cost, with what each extra household kept from
// homelessness costs over the option before it (the incremental
// cost-effectiveness ratio). An option is dominated when another costs no
// more and does at least as much (one of them strictly); it is extendedly
// dominated when a mix of the options either side of it would do more for
// its cost (its ratio is higher than the next option's).
#include <cstddef>
#include <optional>
#include <vector>

namespace pathways {

struct CostEffect {
    double cost = 0;    // a year
    double effect = 0;  // higher is better (households kept from losing their home, a year)
};

enum class Dominance { none, dominated, extendedly_dominated };

// "none", "dominated", "extendedly_dominated": as appraisal.json writes it.
const char* dominance_name(Dominance d);

struct FrontierPoint {
    Dominance dominance = Dominance::none;
    // On the frontier, past its first (cheapest) option: the extra cost per
    // extra unit of effect over the frontier option before it.
    std::optional<double> incremental_ratio;
};

// One point per option, in the options' order. Of options with equal cost and
// effect, the first is kept and the others marked dominated.
std::vector<FrontierPoint> cost_effectiveness_frontier(const std::vector<CostEffect>& options);

}  // namespace pathways
