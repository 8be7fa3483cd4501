#pragma once
// gaps.json (`pathways-gaps/1`), gaps.csv and the readable table of `pathways gaps`.
#include <string>
#include <vector>

#include "analysis/gap_ranking.h"
#include "format/load.h"
#include "report/results/gaps_suppression.h"

namespace pathways {

// gaps.json: a small count's statistics (and the changes that would reveal
// one) as {"suppressed": true}.
Json gaps_json(const GapAnalysis& analysis, const SmallNumbers& small);
// Which of a breakdown's groups to hide: all when the gap's count is small,
// else the small ones and those the gap's count minus the others would give away.
std::vector<bool> hidden_groups(const Gap& gap, const GapBreakdown& breakdown, const SmallNumbers& small);
// gaps.csv: one row per gap, small counts suppressed.
std::string gaps_csv(const GapAnalysis& analysis, const SmallNumbers& small);
// The short ranked table printed by `pathways gaps`.
std::string gaps_table(const GapAnalysis& analysis, const SmallNumbers& small, std::size_t rows = 10);

}  // namespace pathways
