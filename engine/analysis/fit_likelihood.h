#pragma once
// Log-likelihoods of durations under each candidate distribution, with right
// censoring: a completed stay contributes its density, a stay still going on
// when the data end contributes the probability of lasting longer (survival).
// Stays measured in whole days (from dates) are grouped: a completed stay of
// d days contributes the probability of lasting between d - 1/2 and d + 1/2
// (from 0 for d = 0), so that continuous candidates are scored on the same
// footing as the empirical one, whose probabilities are of whole-day values.
#include <vector>

#include "model/duration.h"

namespace pathways {

struct DurationSample {
    std::vector<Days> events;    // completed stays
    std::vector<Days> censored;  // stays still going on, this long so far
    bool whole_days = false;     // lengths were recorded to the day
};

double exponential_log_likelihood(const DurationSample& s, double mean);
double lognormal_log_likelihood(const DurationSample& s, double mu, double sigma);
double gamma_log_likelihood(const DurationSample& s, double shape, double scale);
// Each completed stay is one equally likely sample (as the empirical duration
// draws): a discrete distribution over the distinct values. -infinity when a
// censored stay outlasts every completed one.
double empirical_log_likelihood(const DurationSample& s);

// log of the regularised upper incomplete gamma function Q(a, x).
double log_gamma_q(double a, double x);

}  // namespace pathways
