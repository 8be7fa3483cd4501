#include "analysis/budget_choice.h"

#include <algorithm>
#include <stdexcept>
#include <tuple>
#include <utility>

namespace pathways {

namespace {

std::vector<std::size_t> affordable(double budget, const std::vector<double>& costs) {
    std::vector<std::size_t> out;
    for (std::size_t d = 0; d < costs.size(); ++d)
        if (costs[d] <= budget) out.push_back(d);
    if (out.empty()) throw std::invalid_argument("no option is within the budget");
    return out;
}

// Of options that do equally well, the cheapest (then the first listed) is
// chosen: paying more for the same is no choice, and an action that changes
// nothing the measure counts must not share the credit of a package it joins.
bool preferred(std::size_t d, double value, std::size_t best, double best_value, const std::vector<double>& costs) {
    if (value != best_value) return value > best_value;
    return costs[d] < costs[best];
}

std::size_t best_mean(const std::vector<std::size_t>& options, const std::vector<double>& costs,
                      const std::vector<std::vector<double>>& values) {
    std::size_t best = options.front();
    double best_sum = 0;
    for (std::size_t d : options) {
        double sum = 0;
        for (const auto& world : values) sum += world[d];
        if (d == options.front() || preferred(d, sum, best, best_sum, costs))
            std::tie(best, best_sum) = std::make_pair(d, sum);
    }
    return best;
}

}  // namespace

BudgetChoice choose_within(double budget, const std::vector<double>& costs,
                           const std::vector<std::vector<double>>& values) {
    const std::vector<std::size_t> options = affordable(budget, costs);
    BudgetChoice choice{budget, best_mean(options, costs, values), std::vector<double>(costs.size(), 0)};
    std::vector<std::size_t> wins(costs.size(), 0);
    for (const auto& world : values) {
        std::size_t best = options.front();
        for (std::size_t d : options)
            if (preferred(d, world[d], best, world[best], costs)) best = d;
        ++wins[best];
    }
    for (std::size_t d = 0; d < costs.size(); ++d)
        choice.probability_best[d] = static_cast<double>(wins[d]) / static_cast<double>(values.size());
    return choice;
}

}  // namespace pathways
