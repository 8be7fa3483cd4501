#pragma once
// A duration distribution in days. What each kind is (its moments, quantile,
// words, model-file parameters, sampling and fitting) is in its own module,
// model/dist_<name>.h, reached through model/distributions.h. The engine
// samples it (sim/sampling.h); analysis uses its exact mean.
#include <optional>
#include <string>
#include <vector>

namespace pathways {

using Days = double;
// The mean length of a year, for figures a year: leap years included.
inline constexpr Days days_a_year = 365.25;

enum class DistKind { fixed, exponential, uniform, triangular, lognormal, gamma, weibull, empirical };

struct Duration {
    DistKind kind = DistKind::fixed;
    // Parameters by kind (all in days unless noted):
    //   fixed: a = days; exponential: a = mean; uniform: a = min, b = max;
    //   triangular: a = min, b = mode, c = max; lognormal: a = mu, b = sigma (of log-days);
    //   gamma: a = shape, b = scale; weibull: a = shape, b = scale; empirical: samples.
    double a = 0, b = 0, c = 0;
    std::vector<double> samples;

    static Duration fixed_days(Days d) { return Duration{DistKind::fixed, d, 0, 0, {}}; }

    double mean() const;
    double variance() const;
    // Exact quantile for every kind but gamma (which uses a numerical inverse).
    double quantile(double p) const;
    // Plain words for diagrams: "20 d", "median 20 d, p90 40 d", "mean 30 d".
    std::string describe() const;
    // The days when there is no spread at all (a fixed duration).
    std::optional<Days> exact_days() const;
};

const char* dist_name(DistKind k);

}  // namespace pathways
