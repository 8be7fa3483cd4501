#pragma once
// Streaming quantiles of non-negative day counts in bounded memory: counts in
// logarithmic bins 1/128 (0.8%) wide, from 0.001 days up, with a separate bin
// for smaller values. A bin is found from the bits of the double (its exponent
// and top 7 bits of mantissa), with no log() on the hot path. A quantile is
// interpolated inside its bin, so its relative error is under 1%; values below
// 0.001 days report as 0.
#include <cstdint>
#include <vector>

namespace pathways {

class QuantileSketch {
public:
    void add(double days);
    void merge(const QuantileSketch& other);
    std::uint64_t count() const { return count_; }
    // The p-quantile (0 <= p <= 1); 0 when empty.
    double quantile(double p) const;
    // How many values are <= days.
    double count_at_most(double days) const;
    // count_at_most(d) / total for each d of an ascending grid (0 when total is 0),
    // in one sweep over the bins rather than one per day.
    std::vector<double> shares_at_most(const std::vector<double>& ascending_days, double total) const;

private:
    static constexpr double smallest = 1e-3;
    static constexpr int sub_bins = 128;
    std::size_t bin_of(double days) const;
    static double lower_edge(std::size_t bin);
    double part_of_bin_at_most(std::size_t bin, double days) const;

    std::vector<std::uint32_t> bins_;  // bin 0: values below `smallest`
    std::uint64_t count_ = 0;
};

}  // namespace pathways
