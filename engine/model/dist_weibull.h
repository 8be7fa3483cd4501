#pragma once
// The Weibull duration: shape a, scale b days (model files: "shape", "scale").
#include "model/dist_common.h"

namespace pathways {

struct WeibullDist {
    static constexpr DistKind kind = DistKind::weibull;
    static const DistSpec& spec();

    static double mean(const Duration& d) { return d.b * std::tgamma(1 + 1 / d.a); }
    static double variance(const Duration& d);
    static double quantile(const Duration& d, double p) { return d.b * std::pow(-std::log1p(-p), 1 / d.a); }
    static std::string describe(const Duration& d);
    static std::optional<Days> exact(const Duration&) { return std::nullopt; }
    // The shape has no unit: only the scale is in days.
    static FormValues in_file_terms(const Duration& d, RoundDays round) { return {0, {d.a, round(d.b)}}; }

    // By inversion, one uniform a draw.
    template <class Uniform>
    static Days sample(const Duration& d, Uniform& u) {
        return d.b * std::pow(-std::log(u.uniform_open0()), 1.0 / d.a);
    }
};

}  // namespace pathways
