// Sensitivity designs. The Sobol sequence is Boost.Random's (Joe and Kuo's
// direction numbers; it skips the all-zero first point).
#include "analysis/sensitivity_design.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <boost/random/sobol.hpp>

#include "sim/random.h"

namespace pathways {

namespace {

// A draw in [0, n) from the design's own stream (n is small, so the modulo's bias is nil).
std::size_t below(SplitMix64& rng, std::size_t n) { return static_cast<std::size_t>(rng.next() % n); }

std::vector<std::vector<double>> sobol_sequence(std::size_t dimensions, std::size_t count) {
    boost::random::sobol_engine<std::uint64_t, 64> engine(static_cast<unsigned>(dimensions));
    std::vector<std::vector<double>> out(count, std::vector<double>(dimensions));
    for (auto& point : out) {
        for (double& x : point) x = static_cast<double>(engine() >> 11) * 0x1.0p-53;
    }
    return out;
}

// One trajectory: a random grid start, then each parameter (in random order)
// moved by the step, up where the grid allows it, else down.
void add_trajectory(Design& d, SplitMix64& rng) {
    std::vector<double> x(d.parameters);
    for (double& v : x) v = static_cast<double>(below(rng, morris_levels)) / (morris_levels - 1);
    std::vector<std::size_t> order(d.parameters);
    std::iota(order.begin(), order.end(), 0);
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[below(rng, i)]);
    d.points.push_back(x);
    std::vector<MorrisMove> moves;
    for (std::size_t p : order) {
        const int sign = x[p] + morris_step <= 1 + 1e-12 ? 1 : -1;
        x[p] = std::clamp(x[p] + sign * morris_step, 0.0, 1.0);
        d.points.push_back(x);
        moves.push_back({p, sign});
    }
    d.moves.push_back(std::move(moves));
}

// Inverse of the triangular distribution function on [a, b] with mode c.
double triangular_quantile(double a, double b, double c, double u) {
    if (!(b > a)) return a;
    const double split = (c - a) / (b - a);
    if (u < split) return a + std::sqrt(u * (b - a) * (c - a));
    return b - std::sqrt((1 - u) * (b - a) * (b - c));
}

}  // namespace

const char* sensitivity_method_name(SensitivityMethod m) {
    switch (m) {
        case SensitivityMethod::morris: return "morris";
        case SensitivityMethod::sobol: return "sobol";
        case SensitivityMethod::uncertainty: return "uncertainty";
    }
    return "?";
}

std::size_t Design::points_per_base() const {
    switch (method) {
        case SensitivityMethod::morris: return parameters + 1;
        case SensitivityMethod::sobol: return parameters + 2;
        case SensitivityMethod::uncertainty: return 1;
    }
    return 1;
}

Design morris_design(std::size_t k, std::size_t trajectories, std::uint64_t seed) {
    Design d{SensitivityMethod::morris, k, trajectories, {}, {}};
    SplitMix64 rng(SplitMix64(seed ^ 0x6d6f72726973ULL).next());  // "morris": a stream apart from the runs'
    for (std::size_t t = 0; t < trajectories; ++t) add_trajectory(d, rng);
    return d;
}

Design saltelli_design(std::size_t k, std::size_t base_points) {
    Design d{SensitivityMethod::sobol, k, base_points, {}, {}};
    for (const auto& row : sobol_sequence(2 * k, base_points)) {
        const std::vector<double> a(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(k));
        const std::vector<double> b(row.begin() + static_cast<std::ptrdiff_t>(k), row.end());
        d.points.push_back(a);
        d.points.push_back(b);
        for (std::size_t i = 0; i < k; ++i) {
            d.points.push_back(a);
            d.points.back()[i] = b[i];
        }
    }
    return d;
}

Design sobol_points(std::size_t k, std::size_t count) {
    return {SensitivityMethod::uncertainty, k, count, sobol_sequence(k, count), {}};
}

std::vector<std::vector<double>> sobol_sequence_part(std::size_t k, std::size_t first, std::size_t count) {
    std::vector<std::vector<double>> all = sobol_sequence(k, first + count);
    all.erase(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(first));
    return all;
}

Design given_points(std::size_t k, std::size_t count) {
    return {SensitivityMethod::uncertainty, k, count, std::vector<std::vector<double>>(count), {}};
}

std::vector<std::size_t> world_points(const Design& design) {
    std::vector<std::size_t> out;
    const std::size_t step = design.points_per_base();
    for (std::size_t i = 0; i < design.points.size(); ++i) {
        if (design.method != SensitivityMethod::sobol || i % step < 2) out.push_back(i);
    }
    return out;
}

double parameter_value(const UncertainParameter& p, double u) {
    switch (p.dist) {
        case Spread::uniform: return p.low + u * (p.high - p.low);
        case Spread::loguniform:  // clamped: exp(log(high)) may round past high
            return std::clamp(std::exp(std::log(p.low) + u * (std::log(p.high) - std::log(p.low))), p.low, p.high);
        case Spread::triangular: return triangular_quantile(p.low, p.high, p.mode, u);
    }
    return p.low;
}

std::vector<double> parameter_values(const std::vector<UncertainParameter>& parameters,
                                     const std::vector<double>& point) {
    std::vector<double> out;
    for (std::size_t i = 0; i < parameters.size(); ++i) out.push_back(parameter_value(parameters[i], point[i]));
    return out;
}

std::vector<double> written_parameter_values(const std::vector<UncertainParameter>& parameters,
                                             const std::vector<double>& point) {
    std::vector<double> values = parameter_values(parameters, point);
    for (double& v : values) {
        if (v == 0 || !std::isfinite(v)) continue;
        const double scale = std::pow(10.0, 5 - static_cast<int>(std::floor(std::log10(std::abs(v)))));
        v = std::round(v * scale) / scale;
    }
    // Rounding must not carry a value past an end of its range (a range written with more figures).
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = std::clamp(values[i], parameters[i].low, parameters[i].high);
    return values;
}

}  // namespace pathways
