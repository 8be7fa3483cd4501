#pragma once
// The expected value of partial perfect information (EVPPI): how much better
// the choice between options would be, on average, if one uncertain
// parameter were known before choosing. Computed from a sample of plausible
// worlds by non-parametric regression (Strong and Oakley 2014; Strong, Oakley
// and Brennan 2014): each option's value is regressed on the parameter, and
// EVPPI = mean over worlds of the best fitted value - the best mean value.
// It says which evidence is worth collecting: a parameter no choice depends
// on is worth about 0; the one that flips the choice is worth most.
#include <vector>

namespace pathways {

struct Evppi {
    double value = 0;  // in the options' unit (households a year)
    // The share of worlds whose best option, knowing the parameter, is not
    // the best on average: how often the evidence could change the choice.
    double choice_changes = 0;
};

// values[w][d]: option d's value in world w (higher is better); parameter[w]:
// the parameter's value in world w. Needs at least 2 worlds and 1 option.
// The regression is a natural cubic spline with knots at the parameter's
// quantiles (up to 5, fewer for small samples); a parameter with no more
// distinct values than knots is regressed on its values' group means, which
// is exact.
Evppi evppi(const std::vector<double>& parameter, const std::vector<std::vector<double>>& values);

// The expected value of perfect information: knowing everything, each world's
// best option would be chosen. An upper bound on every parameter's EVPPI.
double evpi(const std::vector<std::vector<double>>& values);

}  // namespace pathways
