#pragma once
// History matching (Vernon, Goldstein and Bower 2010; Andrianakis et al.
// 2015): rule out, in waves, the parameter values whose simulated figures sit
// implausibly far from the published ones, and keep the rest as the model's
// plausible worlds. Each wave runs a space-filling design over the region
// not yet ruled out; a parameter's range narrows only when the worlds kept
// differ from the worlds tried by a two-sample Kolmogorov-Smirnov test, so a
// parameter no figure constrains keeps its prior range. Pure arithmetic: the
// caller runs the model.
#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace pathways {

// A published figure: its range read as a 95% interval (centre the
// midpoint, standard deviation a quarter of the width). Only `fit` figures
// rule worlds out; the others are checked, never fitted.
struct MatchTarget {
    double low = 0, high = 0;
    bool fit = false;
    double centre() const { return (low + high) / 2; }
    double variance() const { return (high - low) * (high - low) / 16; }
    bool met_by(double value) const { return value >= low && value <= high; }
};

// A world's figure: the mean over its replications, and the variance of that mean.
struct SimulatedValue {
    double mean = 0, variance_of_mean = 0;
};

// |centre - mean| / sqrt(target variance + variance of the mean + (discrepancy x centre)^2);
// infinite for a mean that is not a number, or that misses a target with no variance at all.
double implausibility(const MatchTarget& target, const SimulatedValue& value, double discrepancy);

struct HistoryMatchSettings {
    std::size_t waves = 3, draws = 200;
    double cutoff = 3;  // Pukelsheim's three-sigma rule
    double discrepancy = 0;
    double narrowing_p = 0.01;              // the test's level
    std::size_t least_kept_to_narrow = 20;  // fewer kept worlds cannot say where the region is
};

// A parameter's range as quantiles of its prior spread.
struct UnitRange {
    double low = 0, high = 1;
};

struct MatchedWorld {
    std::vector<double> unit;            // the quantile of each parameter
    std::vector<SimulatedValue> values;  // by target
    double worst = 0;                    // the largest implausibility over the fitted targets
    bool kept = false;
};

struct MatchWave {
    std::vector<UnitRange> region;  // sampled
    std::vector<MatchedWorld> worlds;
    std::size_t kept = 0;
    std::vector<std::size_t> narrowed;  // the parameters narrowed after this wave
};

enum class MatchStop : unsigned char {
    waves_done,    // every wave asked for ran
    none_kept,     // a wave kept no world: the figures cannot be met together
    too_few_kept,  // a wave kept too few worlds to narrow anything
};

struct HistoryMatch {
    std::vector<MatchWave> waves;
    MatchStop stop = MatchStop::waves_done;
    // The plausible worlds: those kept by the last wave and by the waves just
    // before it that sampled the same region (nothing narrowed between them,
    // so their worlds are one sample), in wave order. A sample of the prior
    // restricted to the region not ruled out.
    std::vector<const MatchedWorld*> kept() const;
    // How many waves, at the end, sampled the last wave's region.
    std::size_t pooled_waves() const;
};

// Runs the model at each point (quantiles, one per parameter) and returns
// each point's figures, parallel to the targets.
using WorldRunner =
    std::function<std::vector<std::vector<SimulatedValue>>(const std::vector<std::vector<double>>& points)>;

// Wave w samples points (w - 1) x draws to w x draws of the Sobol sequence,
// mapped into the region the waves before it left.
HistoryMatch history_match(std::size_t parameters, const std::vector<MatchTarget>& targets,
                           const HistoryMatchSettings& settings, const WorldRunner& run);

// The region after a wave: each parameter whose kept quantiles differ from its
// tried ones (p below settings.narrowing_p) narrows to the kept worlds' span,
// widened by a twentieth of its range each side so the next wave can reach its
// edges, when that takes at least a tenth off its width; the others keep their range.
// Fills wave.narrowed.
std::vector<UnitRange> narrowed_region(MatchWave& wave, const HistoryMatchSettings& settings);

// Why no world was kept: the fitted targets no tried world meets alone (within
// the cutoff), and the pairs of targets each met alone but never together.
struct CannotMeet {
    std::vector<std::size_t> targets;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
};
CannotMeet cannot_meet(const HistoryMatch& match, const std::vector<MatchTarget>& targets,
                       const HistoryMatchSettings& settings);

// The share of the kept worlds whose value of target t lies in its range.
double met_share(const HistoryMatch& match, std::size_t t, const MatchTarget& target);

}  // namespace pathways
