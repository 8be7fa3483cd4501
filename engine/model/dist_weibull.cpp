#include "model/dist_weibull.h"

namespace pathways {

namespace {

Duration weibull_from_shape_scale(const std::vector<double>& p) {
    return Duration{DistKind::weibull, p[0], p[1], 0, {}};
}

}  // namespace

const DistSpec& WeibullDist::spec() {
    static const DistSpec s{
        "weibull", "a", {{{{"shape", Bound::positive}, {"scale", Bound::positive}}, weibull_from_shape_scale}}};
    return s;
}

double WeibullDist::variance(const Duration& d) {
    double g1 = std::tgamma(1 + 1 / d.a), g2 = std::tgamma(1 + 2 / d.a);
    return d.b * d.b * (g2 - g1 * g1);
}

std::string WeibullDist::describe(const Duration& d) {
    return "mean " + days_in_words(mean(d)) + ", p90 " + days_in_words(quantile(d, 0.9));
}

}  // namespace pathways
