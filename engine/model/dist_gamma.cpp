#include "model/dist_gamma.h"

#include <boost/math/distributions/gamma.hpp>
#include <boost/math/special_functions/gamma.hpp>

namespace pathways {

namespace {

Duration gamma_from_mean_sd(const std::vector<double>& p) {
    const double mean = p[0], sd = p[1];
    return Duration{DistKind::gamma, (mean / sd) * (mean / sd), sd * sd / mean, 0, {}};
}

// Searches try extreme shapes: report NaN there instead of throwing.
using quiet_gamma_policy =
    boost::math::policies::policy<boost::math::policies::domain_error<boost::math::policies::ignore_error>,
                                  boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
                                  boost::math::policies::evaluation_error<boost::math::policies::ignore_error>>;

}  // namespace

const DistSpec& GammaDist::spec() {
    static const DistSpec s{"gamma", "a", {{{{"mean", Bound::positive}, {"sd", Bound::positive}}, gamma_from_mean_sd}}};
    return s;
}

double GammaDist::quantile(const Duration& d, double p) {
    return boost::math::quantile(boost::math::gamma_distribution<>(d.a, d.b), p);
}

std::string GammaDist::describe(const Duration& d) {
    return "mean " + days_in_words(mean(d)) + ", p90 " + days_in_words(quantile(d, 0.9));
}

std::vector<double> GammaDist::search_start(const DurationSample& s) {
    const double m = std::max(mean_of_list(s.events), 0.5), v = std::max(variance_of_list(s.events), 0.25);
    return {std::log(m * m / v), std::log(v / m)};
}

double GammaDist::log_likelihood(const DurationSample& s, const Duration& d) {
    const double shape = d.a, scale = d.b;
    double total = 0;
    const double constant = -shape * std::log(scale) - std::lgamma(shape);
    auto cdf = [&](Days x) { return boost::math::gamma_p(shape, x / scale, quiet_gamma_policy()); };
    for (Days x : s.events) {
        total += s.whole_days ? log_interval(cdf, x) : (shape - 1) * std::log(x) - x / scale + constant;
    }
    for (Days c : s.censored) total += log_gamma_q(shape, c / scale);
    return total;
}

double log_gamma_q(double a, double x) {
    if (x <= 0) return 0;
    const double q = boost::math::gamma_q(a, x);
    if (q > 1e-300) return std::log(q);
    // Far in the tail Q(a, x) underflows; its leading asymptotic term does not.
    return (a - 1) * std::log(x) - x - std::lgamma(a);
}

}  // namespace pathways
