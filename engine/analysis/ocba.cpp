#include "analysis/ocba.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace pathways {

namespace {

std::size_t best_of(const std::vector<OptionEstimate>& options, bool higher_is_better) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < options.size(); ++i) {
        const double d = options[i].mean - options[best].mean;
        if (higher_is_better ? d > 0 : d < 0) best = i;
    }
    return best;
}

// Distances from the best too small to tell apart count as this share of the
// largest, so that ties share their weight instead of taking all of it.
constexpr double smallest_distance_share = 1e-6;

std::vector<double> distances(const std::vector<OptionEstimate>& options, std::size_t best) {
    std::vector<double> d(options.size(), 0);
    double largest = 0;
    for (std::size_t i = 0; i < options.size(); ++i) {
        d[i] = std::abs(options[i].mean - options[best].mean);
        largest = std::max(largest, d[i]);
    }
    const double floor = largest > 0 ? largest * smallest_distance_share : 1;
    for (double& x : d) x = std::max(x, floor);
    return d;
}

// Whole replications for `total` shared as `shares`, by largest remainder.
std::vector<std::size_t> whole(const std::vector<double>& shares, std::size_t total) {
    std::vector<std::size_t> out(shares.size());
    std::vector<std::pair<double, std::size_t>> remainders;
    std::size_t given = 0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        const double exact = shares[i] * static_cast<double>(total);
        out[i] = static_cast<std::size_t>(std::floor(exact));
        given += out[i];
        remainders.emplace_back(-(exact - std::floor(exact)), i);
    }
    std::sort(remainders.begin(), remainders.end());
    for (std::size_t k = 0; given < total && k < remainders.size(); ++k, ++given) ++out[remainders[k].second];
    return out;
}

// Each option's target of `total` replications: options already past their
// share keep what they have (target 0: they get no more), and the others
// share what remains in proportion, until no option is past its share.
std::vector<double> targets(const std::vector<double>& shares, const std::vector<OptionEstimate>& options,
                            std::size_t total) {
    std::vector<bool> kept(options.size(), false);
    std::vector<double> target(options.size(), 0);
    for (bool changed = true; changed;) {
        changed = false;
        double share = 0, left = static_cast<double>(total);
        for (std::size_t i = 0; i < options.size(); ++i) {
            if (kept[i])
                left -= static_cast<double>(options[i].replications);
            else
                share += shares[i];
        }
        for (std::size_t i = 0; i < options.size(); ++i) {
            target[i] = kept[i] || !(share > 0) ? 0 : shares[i] / share * left;
            if (!kept[i] && target[i] < static_cast<double>(options[i].replications)) kept[i] = changed = true;
        }
    }
    return target;
}

}  // namespace

std::vector<double> ocba_shares(const std::vector<OptionEstimate>& options, bool higher_is_better,
                                double variance_floor) {
    if (options.empty()) return {};
    if (options.size() == 1) return {1.0};
    const std::size_t best = best_of(options, higher_is_better);
    const std::vector<double> d = distances(options, best);
    std::vector<double> weight(options.size(), 0);
    double squares = 0;
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (i == best) continue;
        const double v = std::max(options[i].variance, variance_floor);
        weight[i] = v / (d[i] * d[i]);
        squares += weight[i] * weight[i] / v;
    }
    weight[best] = std::sqrt(std::max(options[best].variance, variance_floor) * squares);
    const double sum = std::accumulate(weight.begin(), weight.end(), 0.0);
    for (double& w : weight) w /= sum;
    return weight;
}

std::vector<std::size_t> ocba_allocation(const std::vector<OptionEstimate>& options, std::size_t more,
                                         bool higher_is_better) {
    std::size_t total = more;
    for (const OptionEstimate& o : options) total += o.replications;
    const std::vector<double> target = targets(ocba_shares(options, higher_is_better), options, total);
    // What each option lacks of its target, shared out as whole replications.
    std::vector<double> lack(options.size(), 0);
    double lacking = 0;
    for (std::size_t i = 0; i < options.size(); ++i) {
        lack[i] = std::max(0.0, target[i] - static_cast<double>(options[i].replications));
        lacking += lack[i];
    }
    if (!(lacking > 0)) return std::vector<std::size_t>(options.size(), 0);
    for (double& x : lack) x /= lacking;
    return whole(lack, more);
}

}  // namespace pathways
