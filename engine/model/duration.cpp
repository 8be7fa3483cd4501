#include "model/duration.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

namespace pathways {

namespace {

// Inverse of the standard normal CDF (Acklam's rational approximation,
// refined by one Halley step: accurate to about 1e-15).
double normal_quantile(double p) {
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01,  -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    double q, r, x;
    if (p < 0.02425) {
        q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p > 1 - 0.02425) {
        q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else {
        q = p - 0.5;
        r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

// Regularised lower incomplete gamma P(a, x), by series or continued fraction.
double gamma_p(double a, double x) {
    if (x <= 0) return 0;
    double gln = std::lgamma(a);
    if (x < a + 1) {
        double sum = 1 / a, del = sum, ap = a;
        for (int n = 0; n < 1000 && std::fabs(del) > std::fabs(sum) * 1e-15; ++n) {
            ap += 1;
            del *= x / ap;
            sum += del;
        }
        return sum * std::exp(-x + a * std::log(x) - gln);
    }
    double b = x + 1 - a, c = 1e300, d = 1 / b, h = d;
    for (int i = 1; i < 1000; ++i) {
        double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (std::fabs(d) < 1e-300) d = 1e-300;
        c = b + an / c;
        if (std::fabs(c) < 1e-300) c = 1e-300;
        d = 1 / d;
        double del = d * c;
        h *= del;
        if (std::fabs(del - 1) < 1e-15) break;
    }
    return 1 - std::exp(-x + a * std::log(x) - gln) * h;
}

double gamma_quantile(double shape, double scale, double p) {
    double lo = 0, hi = shape * scale;
    while (gamma_p(shape, hi / scale) < p) hi *= 2;
    for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; ++i) {
        double mid = (lo + hi) / 2;
        (gamma_p(shape, mid / scale) < p ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

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
            return samples.empty() ? 0
                                   : std::accumulate(samples.begin(), samples.end(), 0.0) /
                                         static_cast<double>(samples.size());
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
        case DistKind::lognormal: return std::exp(a + b * normal_quantile(p));
        case DistKind::gamma: return gamma_quantile(a, b, p);
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
