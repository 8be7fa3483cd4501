#pragma once
// Optimal computing budget allocation (Chen, Lin, Yücesan and Chick 2000):
// where to spend further replications when the aim is to pick the best of
// several options. Options far from the best, or with little noise, need few;
// close competitors of the best, and the best itself, need many. Spending
// replications equally everywhere wastes most of them on options that were
// never in the running.
#include <cstddef>
#include <vector>

namespace pathways {

struct OptionEstimate {
    double mean = 0;
    double variance = 0;  // of one replication's value
    std::size_t replications = 0;
};

// The asymptotically optimal shares of a total (they sum to 1), best first:
// N_i / N_j = (s_i / d_i)^2 / (s_j / d_j)^2 for options other than the best b,
// with d_i the distance of i's mean from b's, and N_b = s_b sqrt(sum N_i^2 / s_i^2).
// A variance of 0 is read as `variance_floor` so that a noiseless option
// still gets a share. `higher_is_better` picks the best.
std::vector<double> ocba_shares(const std::vector<OptionEstimate>& options, bool higher_is_better,
                                double variance_floor = 1e-12);

// How many of `more` further replications each option gets: the total is
// shared as ocba_shares says, an option already past its share gets none,
// and whole replications go by largest remainder (ties to the lower index),
// so the result is the same wherever it is computed.
std::vector<std::size_t> ocba_allocation(const std::vector<OptionEstimate>& options, std::size_t more,
                                         bool higher_is_better);

}  // namespace pathways
