#include "tallies/quantile_sketch.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace pathways {

std::size_t QuantileSketch::bin_of(double days) const {
    if (!(days >= smallest)) return 0;
    const auto bits = std::bit_cast<std::uint64_t>(days / smallest);  // >= 1: exponent >= 0
    const std::uint64_t exponent = (bits >> 52) - 1023, mantissa = (bits >> 45) & (sub_bins - 1);
    return 1 + exponent * sub_bins + mantissa;
}

// smallest * 2^exponent * (1 + mantissa / 128): the power of two times the
// fraction is put together from its bits, exactly what ldexp gives, without
// its call (an outcome curve asks for two edges a day).
double QuantileSketch::lower_edge(std::size_t bin) {
    if (bin == 0) return 0.0;
    const std::uint64_t exponent = (bin - 1) / sub_bins, mantissa = (bin - 1) % sub_bins;
    return smallest * std::bit_cast<double>(((exponent + 1023) << 52) | (mantissa << 45));
}

void QuantileSketch::add(double days) {
    std::size_t b = bin_of(days);
    if (b >= bins_.size()) bins_.resize(b + 1, 0);
    ++bins_[b];
    ++count_;
}

void QuantileSketch::merge(const QuantileSketch& other) {
    if (other.bins_.size() > bins_.size()) bins_.resize(other.bins_.size(), 0);
    for (std::size_t i = 0; i < other.bins_.size(); ++i) bins_[i] += other.bins_[i];
    count_ += other.count_;
}

double QuantileSketch::quantile(double p) const {
    if (count_ == 0) return 0;
    double rank = std::clamp(p, 0.0, 1.0) * static_cast<double>(count_);
    double seen = 0;
    for (std::size_t b = 0; b < bins_.size(); ++b) {
        double here = bins_[b];
        if (here > 0 && seen + here >= rank) {
            if (b == 0) return 0;
            double lo = lower_edge(b), hi = lower_edge(b + 1);
            double f = std::clamp((rank - seen) / here, 0.0, 1.0);
            return lo + f * (hi - lo);
        }
        seen += here;
    }
    return lower_edge(bins_.size());
}

double QuantileSketch::count_at_most(double days) const {
    if (count_ == 0) return 0;
    const std::size_t last = bin_of(days);
    double below = 0;
    for (std::size_t b = 0; b < bins_.size() && b < last; ++b) below += bins_[b];
    return below + part_of_bin_at_most(last, days);
}

std::vector<double> QuantileSketch::shares_at_most(const std::vector<double>& ascending_days, double total) const {
    std::vector<double> shares(ascending_days.size(), 0.0);
    if (count_ == 0 || total <= 0) return shares;
    // Counts below a bin are whole numbers, so this running sum is exact and
    // each share equals count_at_most(day) / total to the last bit.
    double below = 0;
    std::size_t b = 0;
    for (std::size_t i = 0; i < ascending_days.size(); ++i) {
        const std::size_t last = bin_of(ascending_days[i]);
        for (; b < bins_.size() && b < last; ++b) below += bins_[b];
        shares[i] = (below + part_of_bin_at_most(last, ascending_days[i])) / total;
    }
    return shares;
}

// The interpolated count of values in `bin` that are <= days (days falls in the bin).
double QuantileSketch::part_of_bin_at_most(std::size_t bin, double days) const {
    if (bin >= bins_.size()) return 0;
    if (bin == 0) return bins_[0];
    const double lo = lower_edge(bin), hi = lower_edge(bin + 1);
    return std::clamp((days - lo) / (hi - lo), 0.0, 1.0) * bins_[bin];
}

}  // namespace pathways
