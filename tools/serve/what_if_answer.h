#pragma once
// The words and figures the page shows for a what-if: a verdict sentence, the
// outcome shares before and after, and the headline table as `compare` prints it.
#include <string>

#include "format/load.h"
#include "run/comparison.h"

namespace pathways::serve {

// One or two sentences on what changes for people, naming only changes clear
// of the simulation's noise (their 95% interval excludes zero).
std::string verdict(const Model& model, const ScenarioComparison& what_if, std::size_t replications);

// Each outcome's share of the cohort in the baseline and with the what-if, with the change's interval.
Json outcome_shares(const Model& model, const ScenarioComparison& what_if);

}  // namespace pathways::serve
