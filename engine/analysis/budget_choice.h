#pragma once
// The choice within a budget: of the options that cost no more than the
// budget, the one with the best expected value, and how sure that choice is
// across plausible worlds (the share of worlds in which each option is the
// best affordable one: a cost-effectiveness acceptability curve at one
// budget).
#include <cstddef>
#include <vector>

namespace pathways {

struct BudgetChoice {
    double budget = 0;
    std::size_t best = 0;  // the affordable option with the best mean value (ties as in a world)
    // Per option, the share of worlds in which it is the best affordable one
    // (of options tied in a world, the cheapest, then the first listed); 0 for
    // options over the budget.
    std::vector<double> probability_best;
};

// costs[d]: option d's cost a year; values[w][d]: option d's value in world w
// (higher is better). At least one option must be affordable; the caller
// includes "do nothing" (cost 0, value 0) when it is a choice.
BudgetChoice choose_within(double budget, const std::vector<double>& costs,
                           const std::vector<std::vector<double>>& values);

}  // namespace pathways
