#pragma once
// The gamma duration: shape a, scale b days. Model files give it by "mean" and
// "sd", which officers know; its shape and scale follow from them.
#include "model/dist_common.h"

namespace pathways {

struct GammaDist {
    static constexpr DistKind kind = DistKind::gamma;
    static const DistSpec& spec();

    static double mean(const Duration& d) { return d.a * d.b; }
    static double variance(const Duration& d) { return d.a * d.b * d.b; }
    // Boost's numerical inverse: the gamma has no closed-form quantile.
    static double quantile(const Duration& d, double p);
    static std::string describe(const Duration& d);
    static std::optional<Days> exact(const Duration&) { return std::nullopt; }
    static FormValues in_file_terms(const Duration& d, RoundDays round) {
        return {0, {round(mean(d)), round(std::sqrt(variance(d)))}};
    }

    // Marsaglia and Tsang (2000); shapes below 1 use the boost u^(1/shape).
    template <class Uniform>
    static double draw(Uniform& u, double shape, double scale);
    template <class Uniform>
    static Days sample(const Duration& d, Uniform& u) {
        return draw(u, d.a, d.b);
    }

    // Fitting to stays (analysis/fit_duration.h), searching (log shape, log scale).
    static constexpr int fitted_parameters = 2;
    static std::optional<Duration> closed_form_fit(const DurationSample&) { return std::nullopt; }
    // The method of moments, with the mean and variance kept off zero.
    static std::vector<double> search_start(const DurationSample& s);
    static Duration at(const std::vector<double>& point) {
        return Duration{DistKind::gamma, std::exp(point[0]), std::exp(point[1]), 0, {}};
    }
    static double log_likelihood(const DurationSample& s, const Duration& d);
};

template <class Uniform>
double GammaDist::draw(Uniform& u, double shape, double scale) {
    if (shape < 1.0) {
        double w = u.uniform_open0();
        return draw(u, shape + 1.0, scale) * std::pow(w, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = standard_normal(u);
        double v = 1.0 + c * x;
        if (v <= 0) continue;
        v = v * v * v;
        double w = u.uniform_open0();
        if (std::log(w) < 0.5 * x * x + d - d * v + d * std::log(v)) return d * v * scale;
    }
}

// log of the regularised upper incomplete gamma function Q(a, x): the gamma's
// log survival at x scales, and the chi-square's log p-value (Q(df/2, x/2)).
double log_gamma_q(double a, double x);

}  // namespace pathways
