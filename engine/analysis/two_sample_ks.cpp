#include "analysis/two_sample_ks.h"

#include <algorithm>
#include <cmath>

namespace pathways {

namespace {

// The largest distance between the empirical distribution functions of two sorted samples.
double largest_gap(const std::vector<double>& a, const std::vector<double>& b) {
    const double na = static_cast<double>(a.size()), nb = static_cast<double>(b.size());
    std::size_t i = 0, j = 0;
    double d = 0;
    while (i < a.size() && j < b.size()) {
        const double x = std::min(a[i], b[j]);
        while (i < a.size() && a[i] == x) ++i;  // ties step both functions together
        while (j < b.size() && b[j] == x) ++j;
        d = std::max(d, std::abs(static_cast<double>(i) / na - static_cast<double>(j) / nb));
    }
    return d;
}

}  // namespace

double kolmogorov_tail(double lambda) {
    if (lambda < 0.2) return 1;  // the series converges slowly here, and the tail is 1 to 13 digits
    double sum = 0, sign = 1;
    for (int j = 1; j <= 100; ++j) {
        const double term = sign * std::exp(-2.0 * j * j * lambda * lambda);
        sum += term;
        if (std::abs(term) < 1e-16 * std::abs(sum)) break;
        sign = -sign;
    }
    return std::clamp(2 * sum, 0.0, 1.0);
}

KsTest two_sample_ks(std::vector<double> a, std::vector<double> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    KsTest out;
    out.statistic = largest_gap(a, b);
    const double n =
        static_cast<double>(a.size()) * static_cast<double>(b.size()) / static_cast<double>(a.size() + b.size());
    const double root = std::sqrt(n);
    out.p_value = kolmogorov_tail((root + 0.12 + 0.11 / root) * out.statistic);
    return out;
}

}  // namespace pathways
