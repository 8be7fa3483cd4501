#pragma once
// What the distribution modules (dist_<name>.h, one a distribution) share: how
// a module names its parameters in model files, the stays it is fitted to, and
// the few pieces of arithmetic more than one of them uses.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "model/duration.h"

namespace pathways {

// What values a parameter may take (the format reports a value outside them).
enum class Bound { any, non_negative, positive };

struct DistParameter {
    std::string name;
    Bound bound = Bound::any;
    // An earlier parameter of the same form that this one may not be below
    // (min <= mode <= max), or must be above when `strictly` (median < p90).
    std::string at_least = {};
    bool strictly = false;
    // A list of values rather than one (the empirical samples, which must be
    // at least one); a form with a list has no other parameter.
    bool list = false;
};

// One way of giving a distribution in a model file. Its values run in the
// order of its parameters, a list's values standing for the list.
struct DistForm {
    std::vector<DistParameter> parameters;
    Duration (*make)(const std::vector<double>& values);
};

struct DistSpec {
    std::string name;     // as in "dist" in model files, and in words
    std::string article;  // before the name in messages
    // The ways of giving it, the first taken when a file names none of their
    // parameters; a file may use only one.
    std::vector<DistForm> forms;
};

// A duration in the terms of one of its module's forms, for writing back.
struct FormValues {
    std::size_t form = 0;
    std::vector<double> values;
};

// Days as a model file writes them, at the precision the writer keeps.
using RoundDays = double (*)(double days);

// Stays observed in case records, which calibration fits the modules to. In
// a module's log-likelihood a completed stay contributes its density, and a
// stay still going on when the data end the probability of lasting longer
// (right censoring). Stays measured in whole days (from dates) are grouped: a
// completed stay of d days contributes the probability of lasting between
// d - 1/2 and d + 1/2 (from 0 for d = 0), so that continuous candidates are
// scored on the same footing as the empirical one, whose probabilities are of
// whole-day values.
struct DurationSample {
    std::vector<Days> events;    // completed stays
    std::vector<Days> censored;  // stays still going on, this long so far
    bool whole_days = false;     // lengths were recorded to the day
};

// Standard normal by Box-Muller (always two uniforms, one output), over any
// uniform source with uniform() on [0, 1) and uniform_open0() on (0, 1].
template <class Uniform>
double standard_normal(Uniform& u) {
    double u1 = u.uniform_open0();
    double u2 = u.uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

// A completed stay of x whole days, grouped (see DurationSample): log P(lo <
// X <= hi) from a CDF, floored so that one improbable stay makes a candidate
// very unlikely rather than impossible.
template <class Cdf>
double log_interval(Cdf cdf, Days x) {
    const double lo = std::max(0.0, x - 0.5), hi = x + 0.5;
    const double p = cdf(hi) - (lo > 0 ? cdf(lo) : 0.0);
    return std::log(p > 1e-300 ? p : 1e-300);  // also when a search strays where p is NaN
}

// The mean and (population) variance of a non-empty list.
inline double mean_of_list(const std::vector<double>& xs) {
    return std::accumulate(xs.begin(), xs.end(), 0.0) / static_cast<double>(xs.size());
}

inline double variance_of_list(const std::vector<double>& xs) {
    const double m = mean_of_list(xs);
    double ss = 0;
    for (double x : xs) ss += (x - m) * (x - m);
    return ss / static_cast<double>(xs.size());
}

// "20 d", "3.5 d", "120 d": the days of Duration::describe().
std::string days_in_words(Days d);

}  // namespace pathways
