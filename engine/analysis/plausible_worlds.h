#pragma once
// What the plausible worlds (the draws of a sensitivity analysis) say about
// the answers: each metric's spread, how often each gap ranks first or in the
// top three, how often a what-if's effect keeps the sign of the central
// estimate, and how often each what-if does best.
#include <cstddef>
#include <vector>

#include "metrics/metric_catalogue.h"
#include "run/comparison.h"

namespace pathways {

struct Spread95 {
    double mean = 0, p5 = 0, p50 = 0, p95 = 0;
};
// values must not be empty.
Spread95 spread_of(const std::vector<double>& values);

struct RankOdds {
    double first = 0, top3 = 0;  // shares of the draws
};
// people: [draw][gap]. A gap outranks another in a draw when it touches more
// people; equal counts keep the order the gaps are given in (the central ranking).
std::vector<RankOdds> gap_rank_odds(const std::vector<std::vector<double>>& people);

// The share of draws whose effect has the central effect's sign (a central
// effect of exactly 0: the share of draws with no effect either).
double same_sign_share(const std::vector<double>& effects, double central);

// A what-if's effect on the figure at `path` across the worlds (effects: one
// per world, not empty), against its central estimate.
EffectAcrossWorlds effect_across_worlds(std::string path, const std::vector<double>& effects, double central);

// effects: [draw][scenario], each a what-if's effect on one metric. The share
// of draws in which each scenario does best (by `better`; the first listed
// wins a tie). All zeros when the metric has no better direction.
std::vector<double> best_shares(const std::vector<std::vector<double>>& effects, Better better);

}  // namespace pathways
