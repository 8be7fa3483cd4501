#pragma once
// A statistic over replications: mean, standard deviation and a Student t 95%
// confidence interval for the mean.
#include <vector>

namespace pathways {

struct Stat {
    double mean = 0, sd = 0, lo = 0, hi = 0;
    double half_width() const { return (hi - lo) / 2; }
};

// Clear of noise: a paired difference (what-if minus today, replication by
// replication) whose 95% interval excludes 0. Every output that calls a change
// clear, or picks the what-if that lowers a count, asks these.
inline bool clearly_higher(const Stat& difference) { return difference.lo > 0; }
inline bool clearly_lower(const Stat& difference) { return difference.hi < 0; }
inline bool clear_of_noise(const Stat& difference) { return clearly_higher(difference) || clearly_lower(difference); }

// With one value, sd is 0 and the interval is [m, m].
Stat summarise(const std::vector<double>& values);

// The two-sided 95% Student t quantile for n - 1 degrees of freedom.
double t95(std::size_t n);

}  // namespace pathways
