#pragma once
// The words and figures the page shows for a what-if: a verdict sentence, the
// outcome shares before and after, and the headline figures formatted for an
// officer (the table `compare` prints is sent beside them, unchanged).
#include <string>

#include "format/load.h"
#include "run/comparison.h"

namespace pathways::serve {

// A few sentences on what changes for people, naming only changes clear of the
// simulation's noise (their paired 95% interval excludes zero), and saying what
// that interval does and does not cover. A model with headline measures (format
// 1.2) is judged on them first, each in its unit; places changed in a stage that
// was never full in the baseline are said to be so, with the most used. Lines are
// separated by "\n"; a line starting "• " is an item of a list.
std::string verdict(const Model& model, const Model& what_if_model, const Results& baseline,
                    const ScenarioComparison& what_if, std::size_t replications);

// Each outcome's share of the cohort in the baseline and with the what-if, with
// the change's interval, as numbers (for the chart) and in words (for the table).
Json outcome_shares(const Model& model, const Results& baseline, const ScenarioComparison& what_if);

// The headline figures `compare` shows (same rows), in words: label, now,
// with the what-if, change and its interval, and whether it is clear of noise.
Json headline_rows(const Model& model, const Results& baseline, const ScenarioComparison& what_if);

}  // namespace pathways::serve
