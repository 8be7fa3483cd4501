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

std::size_t best_mean(const std::vector<std::size_t>& options, const std::vector<std::vector<double>>& values) {
    std::size_t best = options.front();
    double best_sum = 0;
    for (std::size_t d : options) {
        double sum = 0;
        for (const auto& world : values) sum += world[d];
        if (d == options.front() || sum > best_sum) std::tie(best, best_sum) = std::make_pair(d, sum);
    }
    return best;
}

}  // namespace

BudgetChoice choose_within(double budget, const std::vector<double>& costs,
                           const std::vector<std::vector<double>>& values) {
    const std::vector<std::size_t> options = affordable(budget, costs);
    BudgetChoice choice{budget, best_mean(options, values), std::vector<double>(costs.size(), 0)};
    for (const auto& world : values) {
        double top = world[options.front()];
        for (std::size_t d : options) top = std::max(top, world[d]);
        std::vector<std::size_t> tied;
        for (std::size_t d : options)
            if (world[d] == top) tied.push_back(d);
        for (std::size_t d : tied) choice.probability_best[d] += 1.0 / static_cast<double>(tied.size() * values.size());
    }
    return choice;
}

}  // namespace pathways
