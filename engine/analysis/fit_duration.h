#pragma once
// Choosing a duration distribution for observed stays by AICc (AIC with the
// small-sample correction) among
// exponential, lognormal, gamma and empirical, with right-censored stays
// (still going on when the data end) counted through the survival function.
// Candidates within 2 AICc of the lowest count as equally good, and the one
// with the fewest parameters among them is chosen. The empirical candidate's
// likelihood is that of a discrete distribution with one parameter per
// distinct value, so it wins only for stays with few distinct lengths.
// Each candidate's likelihood and starting values are its module's
// (model/dist_<name>.h); the search and the choosing are here.
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/dist_common.h"
#include "model/duration.h"

namespace pathways {

struct CandidateFit {
    DistKind kind = DistKind::exponential;
    std::optional<Duration> duration;    // none when the candidate could not be fitted
    int parameters = 0;                  // empirical: the number of distinct values
    double log_likelihood = 0, aic = 0;  // aic holds AICc
    std::string not_fitted;              // why, when duration is none
};

struct DurationFit {
    Duration chosen;
    std::vector<CandidateFit> candidates;  // empty when every completed stay had the same length
    std::size_t n = 0, n_censored = 0;
    // "lognormal chosen by AICc (exponential 812.4, lognormal 790.1, gamma 795.0, empirical 1020.7)"
    std::string describe() const;
};

// Thrown by fit_duration when no candidate has a finite criterion: stays so
// long or so short that every likelihood overflows.
struct NoDurationFits : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Stays in whole days are grouped (see DurationSample), which gives a stay of
// 0 days (two records on one date) a probability. Otherwise a completed stay
// of 0 days has no density under the continuous candidates, so they take it
// as `zero_as` days (half the data's resolution); the empirical candidate
// keeps it as 0 either way. Censored stays of
// 0 days say nothing and are dropped. When every completed stay has the same
// length the result is that fixed duration. `sample` needs a completed stay.
// Throws NoDurationFits.
DurationFit fit_duration(const DurationSample& sample, Days zero_as);

}  // namespace pathways
