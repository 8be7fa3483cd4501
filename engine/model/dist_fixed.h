#pragma once
// The fixed duration: always a days (model files: "days", or a plain number).
#include "model/dist_common.h"

namespace pathways {

struct FixedDist {
    static constexpr DistKind kind = DistKind::fixed;
    static const DistSpec& spec();

    static double mean(const Duration& d) { return d.a; }
    static double variance(const Duration&) { return 0; }
    static double quantile(const Duration& d, double) { return d.a; }
    static std::string describe(const Duration& d) { return days_in_words(d.a); }
    static std::optional<Days> exact(const Duration& d) { return d.a; }
    static FormValues in_file_terms(const Duration& d, RoundDays) { return {0, {d.a}}; }

    // Takes no uniform: the stream is left as it was for its next draw.
    template <class Uniform>
    static Days sample(const Duration& d, Uniform&) {
        return d.a;
    }
};

}  // namespace pathways
