#include "model/dist_lognormal.h"

#include <boost/math/distributions/normal.hpp>

namespace pathways {

namespace {

// The 0.9 quantile of the standard normal: turns (median, p90) into sigma.
constexpr double z90 = 1.2815515655446004;

Duration lognormal_from_median_p90(const std::vector<double>& p) {
    const double mu = std::log(p[0]);
    return Duration{DistKind::lognormal, mu, (std::log(p[1]) - mu) / z90, 0, {}};
}

Duration lognormal_from_mu_sigma(const std::vector<double>& p) {
    return Duration{DistKind::lognormal, p[0], p[1], 0, {}};
}

const double log_sqrt_2pi = 0.5 * std::log(2 * M_PI);

// log P(Z > z) for a standard normal, without underflow far in the tail.
double log_normal_survival(double z) {
    const double s = 0.5 * std::erfc(z / std::sqrt(2.0));
    if (s > 1e-300) return std::log(s);
    return -0.5 * z * z - std::log(z) - log_sqrt_2pi;  // Mills ratio, z > 37
}

}  // namespace

const DistSpec& LognormalDist::spec() {
    static const DistSpec s{"lognormal",
                            "a",
                            {{{{"median", Bound::positive},
                               {.name = "p90", .bound = Bound::positive, .at_least = "median", .strictly = true}},
                              lognormal_from_median_p90},
                             {{{"mu", Bound::any}, {"sigma", Bound::positive}}, lognormal_from_mu_sigma}}};
    return s;
}

double LognormalDist::quantile(const Duration& d, double p) {
    return std::exp(d.a + d.b * boost::math::quantile(boost::math::normal(), p));
}

std::string LognormalDist::describe(const Duration& d) {
    return "median " + days_in_words(quantile(d, 0.5)) + ", p90 " + days_in_words(quantile(d, 0.9));
}

FormValues LognormalDist::in_file_terms(const Duration& d, RoundDays round) {
    const double median = round(quantile(d, 0.5)), p90 = round(quantile(d, 0.9));
    if (median > 0 && p90 > median) return {0, {median, p90}};
    return {1, {d.a, d.b}};
}

std::vector<double> LognormalDist::search_start(const DurationSample& s) {
    std::vector<double> logs;
    for (Days x : s.events) logs.push_back(std::log(std::max(x, 0.5)));  // grouped stays may be 0
    return {mean_of_list(logs), 0.5 * std::log(variance_of_list(logs))};
}

double LognormalDist::log_likelihood(const DurationSample& s, const Duration& d) {
    const double mu = d.a, sigma = d.b;
    double total = 0;
    auto cdf = [&](Days x) { return 0.5 * std::erfc(-(std::log(x) - mu) / (sigma * std::sqrt(2.0))); };
    for (Days x : s.events) {
        if (s.whole_days) {
            total += log_interval(cdf, x);
            continue;
        }
        const double z = (std::log(x) - mu) / sigma;
        total += -std::log(x) - std::log(sigma) - log_sqrt_2pi - 0.5 * z * z;
    }
    for (Days c : s.censored) {
        if (c > 0) total += log_normal_survival((std::log(c) - mu) / sigma);
    }
    return total;
}

}  // namespace pathways
