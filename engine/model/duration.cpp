#include "model/duration.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/normal.hpp>

namespace pathways {

namespace {

std::string days(double d) {
    std::ostringstream s;
    double r = d >= 100 ? std::round(d) : std::round(d * 10) / 10;
    s << r << " d";
    return s.str();
}

}  // namespace

const char* dist_name(DistKind k) {
    switch (k) {
        case DistKind::fixed: return "fixed";
        case DistKind::exponential: return "exponential";
        case DistKind::uniform: return "uniform";
        case DistKind::triangular: return "triangular";
        case DistKind::lognormal: return "lognormal";
        case DistKind::gamma: return "gamma";
        case DistKind::weibull: return "weibull";
        case DistKind::empirical: return "empirical";
    }
    return "?";
}

double Duration::mean() const {
    switch (kind) {
        case DistKind::fixed: return a;
        case DistKind::exponential: return a;
        case DistKind::uniform: return (a + b) / 2;
        case DistKind::triangular: return (a + b + c) / 3;
        case DistKind::lognormal: return std::exp(a + b * b / 2);
        case DistKind::gamma: return a * b;
        case DistKind::weibull: return b * std::tgamma(1 + 1 / a);
        case DistKind::empirical:
            return samples.empty()
                       ? 0
                       : std::accumulate(samples.begin(), samples.end(), 0.0) / static_cast<double>(samples.size());
    }
    return 0;
}

double Duration::variance() const {
    switch (kind) {
        case DistKind::fixed: return 0;
        case DistKind::exponential: return a * a;
        case DistKind::uniform: return (b - a) * (b - a) / 12;
        case DistKind::triangular: return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
        case DistKind::lognormal: return (std::exp(b * b) - 1) * std::exp(2 * a + b * b);
        case DistKind::gamma: return a * b * b;
        case DistKind::weibull: {
            double g1 = std::tgamma(1 + 1 / a), g2 = std::tgamma(1 + 2 / a);
            return b * b * (g2 - g1 * g1);
        }
        case DistKind::empirical: {
            double m = mean(), s = 0;
            for (double x : samples) s += (x - m) * (x - m);
            return samples.empty() ? 0 : s / static_cast<double>(samples.size());
        }
    }
    return 0;
}

double Duration::quantile(double p) const {
    switch (kind) {
        case DistKind::fixed: return a;
        case DistKind::exponential: return -a * std::log1p(-p);
        case DistKind::uniform: return a + p * (b - a);
        case DistKind::triangular: {
            double f = (c - a) > 0 ? (b - a) / (c - a) : 0;
            return p < f ? a + std::sqrt(p * (c - a) * (b - a)) : c - std::sqrt((1 - p) * (c - a) * (c - b));
        }
        case DistKind::lognormal: return std::exp(a + b * boost::math::quantile(boost::math::normal(), p));
        case DistKind::gamma: return boost::math::quantile(boost::math::gamma_distribution<>(a, b), p);
        case DistKind::weibull: return b * std::pow(-std::log1p(-p), 1 / a);
        case DistKind::empirical: {
            if (samples.empty()) return 0;
            std::vector<double> s = samples;
            std::sort(s.begin(), s.end());
            auto i = static_cast<std::size_t>(std::ceil(p * static_cast<double>(s.size())));
            return s[std::min(s.size() - 1, i == 0 ? 0 : i - 1)];
        }
    }
    return 0;
}

std::string Duration::describe() const {
    switch (kind) {
        case DistKind::fixed: return days(a);
        case DistKind::lognormal: return "median " + days(quantile(0.5)) + ", p90 " + days(quantile(0.9));
        case DistKind::uniform: return days(a) + " to " + days(b);
        case DistKind::triangular: return days(a) + " to " + days(c) + ", usually " + days(b);
        default: return "mean " + days(mean()) + ", p90 " + days(quantile(0.9));
    }
}

}  // namespace pathways
