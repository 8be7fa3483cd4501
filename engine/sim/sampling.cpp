#include "sim/sampling.h"

#include <algorithm>

namespace pathways {

double sample_standard_normal(Rng& rng) {
    double u1 = rng.uniform_open0();
    double u2 = rng.uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

// Marsaglia and Tsang (2000); shapes below 1 use the boost u^(1/shape).
double sample_gamma(Rng& rng, double shape, double scale) {
    if (shape < 1.0) {
        double u = rng.uniform_open0();
        return sample_gamma(rng, shape + 1.0, scale) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = sample_standard_normal(rng);
        double v = 1.0 + c * x;
        if (v <= 0) continue;
        v = v * v * v;
        double u = rng.uniform_open0();
        if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v)) return d * v * scale;
    }
}

Days sample(const Duration& d, Rng& rng) {
    switch (d.kind) {
        case DistKind::fixed: return d.a;
        case DistKind::exponential: return sample_exponential(rng, d.a);
        case DistKind::uniform: return d.a + (d.b - d.a) * rng.uniform();
        case DistKind::triangular: {
            double u = rng.uniform(), span = d.c - d.a;
            if (span <= 0) return d.a;
            double f = (d.b - d.a) / span;
            return u < f ? d.a + std::sqrt(u * span * (d.b - d.a)) : d.c - std::sqrt((1 - u) * span * (d.c - d.b));
        }
        case DistKind::lognormal: return std::exp(d.a + d.b * sample_standard_normal(rng));
        case DistKind::gamma: return sample_gamma(rng, d.a, d.b);
        case DistKind::weibull: return d.b * std::pow(-std::log(rng.uniform_open0()), 1.0 / d.a);
        case DistKind::empirical: {
            auto n = d.samples.size();
            auto i = std::min(n - 1, static_cast<std::size_t>(rng.uniform() * static_cast<double>(n)));
            return d.samples[i];
        }
    }
    return 0;
}

}  // namespace pathways
