#include "analysis/cost_effectiveness.h"

#include <algorithm>
#include <numeric>

namespace pathways {

namespace {

// Whether a is dominated by b: b costs no more and does no less, and differs,
// or is the same as a and comes first.
bool dominated_by(const std::vector<CostEffect>& o, std::size_t a, std::size_t b) {
    if (o[b].cost > o[a].cost || o[b].effect < o[a].effect) return false;
    const bool same = o[b].cost == o[a].cost && o[b].effect == o[a].effect;
    return !same || b < a;
}

std::vector<std::size_t> undominated(const std::vector<CostEffect>& o, std::vector<FrontierPoint>& points) {
    std::vector<std::size_t> left;
    for (std::size_t a = 0; a < o.size(); ++a) {
        bool beaten = false;
        for (std::size_t b = 0; b < o.size() && !beaten; ++b) beaten = b != a && dominated_by(o, a, b);
        if (beaten) {
            points[a].dominance = Dominance::dominated;
        } else {
            left.push_back(a);
        }
    }
    std::sort(left.begin(), left.end(), [&](std::size_t x, std::size_t y) { return o[x].cost < o[y].cost; });
    return left;
}

double ratio(const std::vector<CostEffect>& o, std::size_t from, std::size_t to) {
    return (o[to].cost - o[from].cost) / (o[to].effect - o[from].effect);
}

}  // namespace

std::vector<FrontierPoint> cost_effectiveness_frontier(const std::vector<CostEffect>& o) {
    std::vector<FrontierPoint> points(o.size());
    std::vector<std::size_t> left = undominated(o, points);
    // Undominated options rise in cost and in effect; drop any whose ratio
    // exceeds the next one's, until the ratios rise along the frontier.
    for (bool dropped = true; dropped && left.size() > 2;) {
        dropped = false;
        for (std::size_t k = 1; k + 1 < left.size(); ++k) {
            if (ratio(o, left[k - 1], left[k]) > ratio(o, left[k], left[k + 1])) {
                points[left[k]].dominance = Dominance::extendedly_dominated;
                left.erase(left.begin() + static_cast<std::ptrdiff_t>(k));
                dropped = true;
                break;
            }
        }
    }
    for (std::size_t k = 1; k < left.size(); ++k) points[left[k]].incremental_ratio = ratio(o, left[k - 1], left[k]);
    return points;
}

const char* dominance_name(Dominance d) {
    switch (d) {
        case Dominance::none: return "none";
        case Dominance::dominated: return "dominated";
        case Dominance::extendedly_dominated: return "extendedly_dominated";
    }
    return "none";
}

}  // namespace pathways
