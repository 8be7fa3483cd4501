#pragma once
// The exponential duration: mean a days (model files: "mean"). Also the gaps
// between arrivals at a steady rate, drawn through draw().
#include "model/dist_common.h"

namespace pathways {

struct ExponentialDist {
    static constexpr DistKind kind = DistKind::exponential;
    static const DistSpec& spec();

    static double mean(const Duration& d) { return d.a; }
    static double variance(const Duration& d) { return d.a * d.a; }
    static double quantile(const Duration& d, double p) { return -d.a * std::log1p(-p); }
    static std::string describe(const Duration& d);
    static std::optional<Days> exact(const Duration&) { return std::nullopt; }
    static FormValues in_file_terms(const Duration& d, RoundDays round) { return {0, {round(d.a)}}; }

    // By inversion, one uniform a draw.
    template <class Uniform>
    static double draw(Uniform& u, double mean) {
        return -mean * std::log(u.uniform_open0());
    }
    template <class Uniform>
    static Days sample(const Duration& d, Uniform& u) {
        return draw(u, d.a);
    }

    // Fitting to stays (analysis/fit_duration.h), searching the log of the mean.
    static constexpr int fitted_parameters = 1;
    // The maximum-likelihood mean with right censoring: all time observed
    // (completed and censored) over the number of completed stays.
    static double censored_mean(const DurationSample& s);
    // Exact stays need no search; stays grouped by day do.
    static std::optional<Duration> closed_form_fit(const DurationSample& s);
    static std::vector<double> search_start(const DurationSample& s);
    static Duration at(const std::vector<double>& point) {
        return Duration{DistKind::exponential, std::exp(point[0]), 0, 0, {}};
    }
    static double log_likelihood(const DurationSample& s, const Duration& d);
};

}  // namespace pathways
