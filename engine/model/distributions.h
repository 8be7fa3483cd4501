#pragma once
// Every duration distribution, one module a kind (dist_<name>.h), and the one
// place that turns a DistKind into its module. A module is a struct of static
// functions with the same names in each:
//   kind, spec()            its name and the parameters model files give it by
//   mean, variance, quantile, describe (words), exact (the days of a fixed one)
//   in_file_terms           a duration in the terms of one of the spec's forms
//   sample(d, uniform)      a draw from any source of uniform() and uniform_open0()
// and those that calibration fits (exponential, lognormal, gamma) also
//   fitted_parameters, closed_form_fit, search_start, at, log_likelihood.
#include <array>
#include <stdexcept>

#include "model/dist_empirical.h"
#include "model/dist_exponential.h"
#include "model/dist_fixed.h"
#include "model/dist_gamma.h"
#include "model/dist_lognormal.h"
#include "model/dist_triangular.h"
#include "model/dist_uniform.h"
#include "model/dist_weibull.h"

namespace pathways {

inline constexpr std::array<DistKind, 8> all_dist_kinds = {
    DistKind::fixed,     DistKind::exponential, DistKind::uniform, DistKind::triangular,
    DistKind::lognormal, DistKind::gamma,       DistKind::weibull, DistKind::empirical};

// Calls f with the module of `kind` (an empty struct, for its static functions).
template <class F>
decltype(auto) with_distribution(DistKind kind, F&& f) {
    switch (kind) {
        case DistKind::fixed: return f(FixedDist{});
        case DistKind::exponential: return f(ExponentialDist{});
        case DistKind::uniform: return f(UniformDist{});
        case DistKind::triangular: return f(TriangularDist{});
        case DistKind::lognormal: return f(LognormalDist{});
        case DistKind::gamma: return f(GammaDist{});
        case DistKind::weibull: return f(WeibullDist{});
        case DistKind::empirical: return f(EmpiricalDist{});
    }
    throw std::invalid_argument("not a kind of duration distribution");
}

inline const DistSpec& dist_spec(DistKind kind) {
    return with_distribution(kind, [](auto dist) -> const DistSpec& { return dist.spec(); });
}

// The duration in the terms of one of its module's forms, days rounded by `round`.
inline FormValues in_file_terms(const Duration& d, RoundDays round) {
    return with_distribution(d.kind, [&](auto dist) { return dist.in_file_terms(d, round); });
}

}  // namespace pathways
