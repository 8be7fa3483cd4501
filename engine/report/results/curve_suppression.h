#pragma once
// Which points of the outcome curves a published report hides. The curves
// give, day by day, how many households have reached each outcome and how
// many are still in the pathway: every day's points add up to the cohort, and
// a curve that only rises (or only falls) places a hidden point between the
// shown points around it. Hiding a small point and one more on its day is not
// enough: a point hidden to cover it, between two shown points of a flat
// curve, is known within a household or two, and so is the small one. So
// points are hidden until every hidden point the published ones might place
// under the threshold keeps a band at least half the threshold wide.
#include <vector>

#include "report/results/gaps_suppression.h"

namespace pathways {

// Where the published points place a point: between lo and hi households.
struct CurveBand {
    double lo = 0, hi = 0;
};

// counts[s][k]: curve s on day k, in households; each day's counts add up to
// the cohort. hidden[s][k]: the point is not published. Each curve that rises
// (or falls) throughout in `counts` is known to do so.
std::vector<std::vector<CurveBand>> curve_bands(const std::vector<std::vector<double>>& counts,
                                                const std::vector<std::vector<bool>>& hidden, double cohort);

// The points to hide: the small ones, then on each day with a hidden point
// others (at least two hidden, together at least the threshold), then more
// until no hidden point that may be small is placed within half the threshold.
std::vector<std::vector<bool>> hidden_curve_points(const SmallNumbers& small,
                                                   const std::vector<std::vector<double>>& counts, double cohort);

}  // namespace pathways
