#pragma once
// gaps.json (`pathways-gaps/1`), gaps.csv and the readable table of `pathways gaps`.
#include <string>
#include <vector>

#include "analysis/gap_ranking.h"
#include "format/load.h"
#include "report/results/suppression_plan.h"

namespace pathways {

// gaps.json: the statistics of a count the plan hides (a small one, or one
// that would reveal one) as {"suppressed": true}.
Json gaps_json(const GapAnalysis& analysis, const SuppressionPlan& hidden);
// gaps.csv: one row per gap, the counts the plan hides suppressed.
std::string gaps_csv(const GapAnalysis& analysis, const SuppressionPlan& hidden);
// The short ranked table printed by `pathways gaps`.
std::string gaps_table(const GapAnalysis& analysis, const SuppressionPlan& hidden, std::size_t rows = 10);

}  // namespace pathways
