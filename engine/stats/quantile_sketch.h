#pragma once
// Streaming quantiles of non-negative day counts in bounded memory: counts in
// logarithmic bins 1% wide, from 0.001 days up, with a separate bin for zero.
// A quantile is interpolated inside its bin, so its relative error is under
// 1% (under 0.5% in practice); values below 0.001 days report as 0.
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

private:
    static constexpr double smallest = 1e-3;
    static constexpr double growth = 1.01;
    std::size_t bin_of(double days) const;
    static double lower_edge(std::size_t bin);

    std::vector<std::uint32_t> bins_;  // bin 0: values below `smallest`
    std::uint64_t count_ = 0;
};

}  // namespace pathways
