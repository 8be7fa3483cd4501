#pragma once
// A statistic over replications: mean, standard deviation and a Student t 95%
// confidence interval for the mean.
#include <vector>

namespace pathways {

struct Stat {
    double mean = 0, sd = 0, lo = 0, hi = 0;
    double half_width() const { return (hi - lo) / 2; }
};

// With one value, sd is 0 and the interval is [m, m].
Stat summarise(const std::vector<double>& values);

// The two-sided 95% Student t quantile for n - 1 degrees of freedom.
double t95(std::size_t n);

}  // namespace pathways
