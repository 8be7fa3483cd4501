#include "analysis/sensitivity_indices.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "sim/random.h"

namespace pathways {

namespace {

// An estimator over a subset of base points (with repeats, for the bootstrap).
using Estimator = std::function<double(const std::vector<std::size_t>&)>;

Estimate with_interval(const Estimator& estimator, std::size_t base, const Resamples& resamples) {
    std::vector<std::size_t> all(base);
    for (std::size_t j = 0; j < base; ++j) all[j] = j;
    Estimate e{estimator(all), 0, 0};
    std::vector<double> spread;
    spread.reserve(resamples.size());
    for (const auto& r : resamples) spread.push_back(estimator(r));
    e.lo = spread.empty() ? e.value : quantile(spread, 0.025);
    e.hi = spread.empty() ? e.value : quantile(spread, 0.975);
    return e;
}

// Elementary effects of each parameter, one per trajectory: [parameter][trajectory].
std::vector<std::vector<double>> elementary_effects(const Design& d, const std::vector<double>& y) {
    std::vector<std::vector<double>> effects(d.parameters, std::vector<double>(d.base));
    for (std::size_t t = 0; t < d.base; ++t) {
        const std::size_t first = t * (d.parameters + 1);
        for (std::size_t step = 0; step < d.moves[t].size(); ++step) {
            const MorrisMove& m = d.moves[t][step];
            effects[m.parameter][t] = m.sign * (y[first + step + 1] - y[first + step]) / morris_step;
        }
    }
    return effects;
}

double mean_of(const std::vector<double>& v, const std::vector<std::size_t>& take, double (*f)(double)) {
    double sum = 0;
    for (std::size_t j : take) sum += f(v[j]);
    return sum / static_cast<double>(take.size());
}

double identity(double x) { return x; }
double magnitude(double x) { return std::fabs(x); }

double sd_of(const std::vector<double>& v, const std::vector<std::size_t>& take) {
    if (take.size() < 2) return 0;
    const double m = mean_of(v, take, identity);
    double ss = 0;
    for (std::size_t j : take) ss += (v[j] - m) * (v[j] - m);
    return std::sqrt(ss / static_cast<double>(take.size() - 1));
}

// The metric at the A, B and AB_i points of base point j.
struct SaltelliValues {
    const Design& d;
    const std::vector<double>& y;
    double a(std::size_t j) const { return y[j * (d.parameters + 2)]; }
    double b(std::size_t j) const { return y[j * (d.parameters + 2) + 1]; }
    double ab(std::size_t j, std::size_t i) const { return y[j * (d.parameters + 2) + 2 + i]; }
    // The variance of the metric over the A and B points together.
    double variance(const std::vector<std::size_t>& take) const {
        double sum = 0, sq = 0;
        for (std::size_t j : take) {
            sum += a(j) + b(j);
            sq += a(j) * a(j) + b(j) * b(j);
        }
        const double n = 2.0 * static_cast<double>(take.size());
        return std::max(0.0, sq / n - (sum / n) * (sum / n));
    }
};

double first_order(const SaltelliValues& v, std::size_t i, const std::vector<std::size_t>& take) {
    const double var = v.variance(take);
    if (!(var > 0)) return 0;
    double sum = 0;
    for (std::size_t j : take) sum += v.b(j) * (v.ab(j, i) - v.a(j));
    return sum / static_cast<double>(take.size()) / var;
}

double total(const SaltelliValues& v, std::size_t i, const std::vector<std::size_t>& take) {
    const double var = v.variance(take);
    if (!(var > 0)) return 0;
    double sum = 0;
    for (std::size_t j : take) sum += (v.a(j) - v.ab(j, i)) * (v.a(j) - v.ab(j, i));
    return sum / (2.0 * static_cast<double>(take.size())) / var;
}

}  // namespace

Resamples bootstrap_resamples_for(std::size_t base, std::uint64_t seed, std::size_t count) {
    SplitMix64 rng(SplitMix64(seed ^ 0x626f6f74ULL).next());  // "boot": a stream apart from the design's
    Resamples out(count, std::vector<std::size_t>(base));
    for (auto& r : out) {
        for (std::size_t& j : r) j = static_cast<std::size_t>(rng.next() % base);
    }
    return out;
}

std::vector<MorrisIndices> morris_indices(const Design& design, const std::vector<double>& y,
                                          const Resamples& resamples) {
    std::vector<MorrisIndices> out;
    for (const auto& ee : elementary_effects(design, y)) {
        MorrisIndices m;
        m.mu = with_interval([&](const auto& take) { return mean_of(ee, take, identity); }, design.base, resamples);
        m.mu_star =
            with_interval([&](const auto& take) { return mean_of(ee, take, magnitude); }, design.base, resamples);
        m.sigma = with_interval([&](const auto& take) { return sd_of(ee, take); }, design.base, resamples);
        out.push_back(m);
    }
    return out;
}

std::optional<std::vector<SobolIndices>> sobol_indices(const Design& design, const std::vector<double>& y,
                                                       const Resamples& resamples) {
    const SaltelliValues v{design, y};
    std::vector<std::size_t> all(design.base);
    for (std::size_t j = 0; j < design.base; ++j) all[j] = j;
    if (!(v.variance(all) > 0)) return std::nullopt;
    std::vector<SobolIndices> out;
    for (std::size_t i = 0; i < design.parameters; ++i) {
        SobolIndices s;
        s.s1 = with_interval([&](const auto& take) { return first_order(v, i, take); }, design.base, resamples);
        s.st = with_interval([&](const auto& take) { return total(v, i, take); }, design.base, resamples);
        out.push_back(s);
    }
    return out;
}

double quantile(std::vector<double> values, double q) {
    std::sort(values.begin(), values.end());
    const double h = q * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

}  // namespace pathways
