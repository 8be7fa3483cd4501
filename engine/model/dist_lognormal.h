#pragma once
// The lognormal duration: the log of the days is normal with mean a (mu) and
// standard deviation b (sigma). Model files give it by "median" and "p90", or
// by "mu" and "sigma".
#include "model/dist_common.h"

namespace pathways {

struct LognormalDist {
    static constexpr DistKind kind = DistKind::lognormal;
    static const DistSpec& spec();

    static double mean(const Duration& d) { return std::exp(d.a + d.b * d.b / 2); }
    static double variance(const Duration& d) { return (std::exp(d.b * d.b) - 1) * std::exp(2 * d.a + d.b * d.b); }
    static double quantile(const Duration& d, double p);
    // By median and p90, as officers know a stay's spread.
    static std::string describe(const Duration& d);
    static std::optional<Days> exact(const Duration&) { return std::nullopt; }
    // Median and p90 while, rounded, they still give a spread; else mu and sigma.
    static FormValues in_file_terms(const Duration& d, RoundDays round);

    template <class Uniform>
    static Days sample(const Duration& d, Uniform& u) {
        return std::exp(d.a + d.b * standard_normal(u));
    }

    // Fitting to stays (analysis/fit_duration.h), searching (mu, log sigma).
    static constexpr int fitted_parameters = 2;
    static std::optional<Duration> closed_form_fit(const DurationSample&) { return std::nullopt; }
    // The uncensored estimates of the log-days.
    static std::vector<double> search_start(const DurationSample& s);
    static Duration at(const std::vector<double>& point) {
        return Duration{DistKind::lognormal, point[0], std::exp(point[1]), 0, {}};
    }
    static double log_likelihood(const DurationSample& s, const Duration& d);
};

}  // namespace pathways
