#pragma once
// The triangular duration: from a to c days, most often b (model files: "min",
// "mode", "max").
#include "model/dist_common.h"

namespace pathways {

struct TriangularDist {
    static constexpr DistKind kind = DistKind::triangular;
    static const DistSpec& spec();

    static double mean(const Duration& d) { return (d.a + d.b + d.c) / 3; }
    static double variance(const Duration& d) {
        return (d.a * d.a + d.b * d.b + d.c * d.c - d.a * d.b - d.a * d.c - d.b * d.c) / 18;
    }
    static double quantile(const Duration& d, double p);
    static std::string describe(const Duration& d);
    static std::optional<Days> exact(const Duration&) { return std::nullopt; }
    static FormValues in_file_terms(const Duration& d, RoundDays round) {
        return {0, {round(d.a), round(d.b), round(d.c)}};
    }

    // By inversion. The uniform is drawn even when min = max, so that the
    // stream's later draws do not depend on the spread.
    template <class Uniform>
    static Days sample(const Duration& d, Uniform& u) {
        double v = u.uniform(), span = d.c - d.a;
        if (span <= 0) return d.a;
        double f = (d.b - d.a) / span;
        return v < f ? d.a + std::sqrt(v * span * (d.b - d.a)) : d.c - std::sqrt((1 - v) * span * (d.c - d.b));
    }
};

}  // namespace pathways
