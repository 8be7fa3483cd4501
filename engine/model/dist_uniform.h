#pragma once
// The uniform duration: between a and b days (model files: "min", "max").
#include "model/dist_common.h"

namespace pathways {

struct UniformDist {
    static constexpr DistKind kind = DistKind::uniform;
    static const DistSpec& spec();

    static double mean(const Duration& d) { return (d.a + d.b) / 2; }
    static double variance(const Duration& d) { return (d.b - d.a) * (d.b - d.a) / 12; }
    static double quantile(const Duration& d, double p) { return d.a + p * (d.b - d.a); }
    static std::string describe(const Duration& d) { return days_in_words(d.a) + " to " + days_in_words(d.b); }
    static std::optional<Days> exact(const Duration&) { return std::nullopt; }
    static FormValues in_file_terms(const Duration& d, RoundDays round) { return {0, {round(d.a), round(d.b)}}; }

    template <class Uniform>
    static Days sample(const Duration& d, Uniform& u) {
        return d.a + (d.b - d.a) * u.uniform();
    }
};

}  // namespace pathways
