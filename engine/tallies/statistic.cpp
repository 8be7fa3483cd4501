#include "tallies/statistic.h"

#include <cmath>

#include <boost/math/distributions/students_t.hpp>

namespace pathways {

double t95(std::size_t n) {
    if (n < 2) return 0;
    boost::math::students_t dist(static_cast<double>(n - 1));
    return boost::math::quantile(boost::math::complement(dist, 0.025));
}

Stat summarise(const std::vector<double>& values) {
    Stat s;
    const std::size_t n = values.size();
    if (n == 0) return s;
    double sum = 0;
    for (double v : values) sum += v;
    s.mean = sum / static_cast<double>(n);
    if (n > 1) {
        double ss = 0;
        for (double v : values) ss += (v - s.mean) * (v - s.mean);
        s.sd = std::sqrt(ss / static_cast<double>(n - 1));
    }
    double h = t95(n) * s.sd / std::sqrt(static_cast<double>(n));
    s.lo = s.mean - h;
    s.hi = s.mean + h;
    return s;
}

}  // namespace pathways
