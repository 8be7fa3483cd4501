#include "stats/quantile_sketch.h"

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

double QuantileSketch::lower_edge(std::size_t bin) {
    if (bin == 0) return 0.0;
    const std::size_t exponent = (bin - 1) / sub_bins, mantissa = (bin - 1) % sub_bins;
    return smallest * std::ldexp(1.0 + static_cast<double>(mantissa) / sub_bins, static_cast<int>(exponent));
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
    std::size_t last = bin_of(days);
    double total = 0;
    for (std::size_t b = 0; b < bins_.size() && b < last; ++b) total += bins_[b];
    if (last < bins_.size()) {
        double lo = lower_edge(last), hi = lower_edge(last + 1);
        double f = last == 0 ? 1.0 : std::clamp((days - lo) / (hi - lo), 0.0, 1.0);
        total += f * bins_[last];
    }
    return total;
}

}  // namespace pathways
