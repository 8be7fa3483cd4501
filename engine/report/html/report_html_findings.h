#pragma once
// What the summary says of the gaps: the losses it names (never a handover,
// never a wait), who they touch, and which what-if closes most of each.
#include <string>
#include <vector>

#include "findings/findings.h"
#include "report/html/report_html.h"

namespace pathways::report {

// Who a gap touched, as the simulation counted them: "Household: single 100%;
// Needs interpreter: no 50%, yes 50%; Arrival stream: ...". A share whose
// count is suppressed (or could be worked back) reads "suppressed". Empty
// when the results hold no groups.
std::string group_breakdown(const Gap& gap, const SuppressionPlan& hidden);

// The groups a loss falls nearly all on, as the published folder may name
// them: "household single, priority need: no"; "" when none (or its count is hidden).
std::string group_named(const ReportInput& in, const findings::Loss& loss);

// "Move-on period, single adult ...: ..." -> "Move-on period": a stage's name short
// enough to read aloud, where the full name is given nearby.
std::string short_label(const std::string& label);

// "At “Move-on period”, households had to leave their accommodation when a deadline
// passed, between day 33 and day 70 after arriving (...): about 55 a year, nearly all
// of them household single. Support there today: ..."
std::string finding_sentence(const ReportInput& in, const findings::Loss& loss);
// Where, when, who, what is there today, and the what-if that closes most of it.
std::string recommendation(const ReportInput& in, const findings::Recommendation& r);

}  // namespace pathways::report
