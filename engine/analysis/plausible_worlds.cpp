#include "analysis/plausible_worlds.h"

#include <algorithm>
#include <numeric>

#include "analysis/sensitivity_indices.h"

namespace pathways {

namespace {

int sign_of(double x) { return (x > 0) - (x < 0); }

}  // namespace

Spread95 spread_of(const std::vector<double>& values) {
    const double sum = std::accumulate(values.begin(), values.end(), 0.0);
    return {sum / static_cast<double>(values.size()), quantile(values, 0.05), quantile(values, 0.5),
            quantile(values, 0.95)};
}

std::vector<RankOdds> gap_rank_odds(const std::vector<std::vector<double>>& people) {
    if (people.empty()) return {};
    std::vector<RankOdds> odds(people.front().size());
    for (const auto& draw : people) {
        std::vector<std::size_t> order(draw.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return draw[a] > draw[b]; });
        for (std::size_t rank = 0; rank < order.size() && rank < 3; ++rank) {
            if (rank == 0) odds[order[rank]].first += 1;
            odds[order[rank]].top3 += 1;
        }
    }
    const auto n = static_cast<double>(people.size());
    for (auto& o : odds) o = {o.first / n, o.top3 / n};
    return odds;
}

double same_sign_share(const std::vector<double>& effects, double central) {
    if (effects.empty()) return 0;
    const auto same =
        std::count_if(effects.begin(), effects.end(), [&](double e) { return sign_of(e) == sign_of(central); });
    return static_cast<double>(same) / static_cast<double>(effects.size());
}

EffectAcrossWorlds effect_across_worlds(std::string path, const std::vector<double>& effects, double central) {
    const Spread95 spread = spread_of(effects);
    return {std::move(path), spread.p5, spread.p95, same_sign_share(effects, central)};
}

std::vector<double> best_shares(const std::vector<std::vector<double>>& effects, Better better) {
    if (effects.empty()) return {};
    std::vector<double> shares(effects.front().size(), 0.0);
    if (better == Better::neither || shares.empty()) return shares;
    for (const auto& draw : effects) {
        const auto best = better == Better::higher ? std::max_element(draw.begin(), draw.end())
                                                   : std::min_element(draw.begin(), draw.end());
        shares[static_cast<std::size_t>(best - draw.begin())] += 1;
    }
    for (double& s : shares) s /= static_cast<double>(effects.size());
    return shares;
}

}  // namespace pathways
