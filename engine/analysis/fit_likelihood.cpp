#include "analysis/fit_likelihood.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <boost/math/special_functions/gamma.hpp>

namespace pathways {

namespace {

const double log_sqrt_2pi = 0.5 * std::log(2 * M_PI);

// log P(Z > z) for a standard normal, without underflow far in the tail.
double log_normal_survival(double z) {
    const double s = 0.5 * std::erfc(z / std::sqrt(2.0));
    if (s > 1e-300) return std::log(s);
    return -0.5 * z * z - std::log(z) - log_sqrt_2pi;  // Mills ratio, z > 37
}

// log P(lo < X <= hi) from a CDF, floored so that one improbable stay makes a
// candidate very unlikely rather than impossible.
template <class Cdf>
double log_interval(Cdf cdf, Days x) {
    const double lo = std::max(0.0, x - 0.5), hi = x + 0.5;
    const double p = cdf(hi) - (lo > 0 ? cdf(lo) : 0.0);
    return std::log(p > 1e-300 ? p : 1e-300);  // also when a search strays where p is NaN
}

// Searches try extreme shapes: report NaN there instead of throwing.
using quiet =
    boost::math::policies::policy<boost::math::policies::domain_error<boost::math::policies::ignore_error>,
                                  boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
                                  boost::math::policies::evaluation_error<boost::math::policies::ignore_error>>;

}  // namespace

double log_gamma_q(double a, double x) {
    if (x <= 0) return 0;
    const double q = boost::math::gamma_q(a, x);
    if (q > 1e-300) return std::log(q);
    // Far in the tail Q(a, x) underflows; its leading asymptotic term does not.
    return (a - 1) * std::log(x) - x - std::lgamma(a);
}

double exponential_log_likelihood(const DurationSample& s, double mean) {
    double total = 0;
    auto cdf = [&](Days x) { return -std::expm1(-x / mean); };
    for (Days x : s.events) total += s.whole_days ? log_interval(cdf, x) : -std::log(mean) - x / mean;
    for (Days c : s.censored) total += -c / mean;
    return total;
}

double lognormal_log_likelihood(const DurationSample& s, double mu, double sigma) {
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

double gamma_log_likelihood(const DurationSample& s, double shape, double scale) {
    double total = 0;
    const double constant = -shape * std::log(scale) - std::lgamma(shape);
    auto cdf = [&](Days x) { return boost::math::gamma_p(shape, x / scale, quiet()); };
    for (Days x : s.events) {
        total += s.whole_days ? log_interval(cdf, x) : (shape - 1) * std::log(x) - x / scale + constant;
    }
    for (Days c : s.censored) total += log_gamma_q(shape, c / scale);
    return total;
}

double empirical_log_likelihood(const DurationSample& s) {
    std::map<Days, double> counts;
    for (Days x : s.events) counts[x] += 1;
    const auto n = static_cast<double>(s.events.size());
    double total = 0;
    for (const auto& [x, k] : counts) total += k * std::log(k / n);
    std::vector<Days> sorted = s.events;
    std::sort(sorted.begin(), sorted.end());
    for (Days c : s.censored) {
        const auto longer = sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), c);
        total += longer == 0 ? -INFINITY : std::log(static_cast<double>(longer) / n);
    }
    return total;
}

}  // namespace pathways
