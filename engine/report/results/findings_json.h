#pragma once
// findings.json (`pathways-findings/1`): what a gap analysis finds, as the
// report's summary states it (the headline counts, the losses it names with
// their windows, the recommendations), for checking the report against and
// for other tools to read. Counts the suppression plan hides read
// {"suppressed": true}, as in gaps.json.
#include "findings/findings.h"
#include "format/load.h"
#include "report/results/suppression_plan.h"

namespace pathways {

Json findings_json(const findings::Findings& found, const Results& results, const GapAnalysis& gaps,
                   const std::vector<ScenarioComparison>& what_ifs, const SuppressionPlan& hidden);

}  // namespace pathways
