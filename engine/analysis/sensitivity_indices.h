#pragma once
// Importance of each uncertain parameter for one metric, from the metric's
// value at every point of a design: Morris elementary effects or Sobol
// indices, each with a percentile bootstrap 95% interval over the design's
// trajectories or base points.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/sensitivity_design.h"

namespace pathways {

inline constexpr std::size_t bootstrap_resamples = 1000;

struct Estimate {
    double value = 0, lo = 0, hi = 0;  // lo and hi: the percentile bootstrap 95% interval
};

// Morris (1991), with Campolongo et al.'s mu_star: mean, mean absolute value
// and standard deviation of the elementary effects. An effect is the change in
// the metric per whole range of the parameter: (y(x + step) - y(x)) / step in
// the unit cube, so a metric linear in a uniform parameter with slope c has
// every effect c x (high - low).
struct MorrisIndices {
    Estimate mu, mu_star, sigma;
};

// Sobol first-order (Saltelli 2010) and total (Jansen 1999) indices.
struct SobolIndices {
    Estimate s1, st;
};

// Which base points (trajectories) each bootstrap resample takes: drawn once
// from `seed`, so every metric and parameter is resampled alike.
using Resamples = std::vector<std::vector<std::size_t>>;
Resamples bootstrap_resamples_for(std::size_t base, std::uint64_t seed, std::size_t count = bootstrap_resamples);

// y: the metric at each of the design's points. Indices by parameter.
std::vector<MorrisIndices> morris_indices(const Design& design, const std::vector<double>& y,
                                          const Resamples& resamples);
// nullopt when the metric does not vary over the A and B points (no variance to apportion).
std::optional<std::vector<SobolIndices>> sobol_indices(const Design& design, const std::vector<double>& y,
                                                       const Resamples& resamples);

// Quantile q of values by linear interpolation between order statistics
// (Hyndman and Fan's type 7, as R and NumPy default to). values must not be empty.
double quantile(std::vector<double> values, double q);

}  // namespace pathways
