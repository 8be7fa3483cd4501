#pragma once
// The empirical duration: one of its samples (days), each as likely as the
// others (model files: "samples", a list).
#include "model/dist_common.h"

namespace pathways {

struct EmpiricalDist {
    static constexpr DistKind kind = DistKind::empirical;
    static const DistSpec& spec();

    static double mean(const Duration& d) { return d.samples.empty() ? 0 : mean_of_list(d.samples); }
    static double variance(const Duration& d);
    // The smallest sample with at least a share p of the samples at or below it.
    static double quantile(const Duration& d, double p);
    static std::string describe(const Duration& d);
    static std::optional<Days> exact(const Duration&) { return std::nullopt; }
    static FormValues in_file_terms(const Duration& d, RoundDays) { return {0, d.samples}; }

    template <class Uniform>
    static Days sample(const Duration& d, Uniform& u) {
        auto n = d.samples.size();
        auto i = std::min(n - 1, static_cast<std::size_t>(u.uniform() * static_cast<double>(n)));
        return d.samples[i];
    }

    // Fitted to stays (analysis/fit_duration.h): the completed stays, in order.
    static Duration of_stays(const DurationSample& s);
    // As a discrete distribution over the distinct completed stays, each as
    // likely as its share of them. -infinity when a censored stay outlasts
    // every completed one.
    static double log_likelihood(const DurationSample& s);
};

}  // namespace pathways
