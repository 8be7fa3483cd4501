#pragma once
// What the summary says of the gaps: the losses it names (never a handover,
// never a wait), who they touch, and which what-if closes most of each.
#include <string>
#include <vector>

#include "report/html/report_html.h"

namespace pathways::report {

// Who a gap touched, as the simulation counted them: "Household: single 100%;
// Needs interpreter: no 50%, yes 50%; Arrival stream: ...". A share whose
// count is suppressed (or could be worked back) reads "suppressed". Empty
// when the results hold no groups.
std::string group_breakdown(const Gap& gap, const SuppressionPlan& hidden);
// The values that make up nearly all (95% or more) of those a gap touched:
// "household single, priority need no"; "" when no group stands out (or its
// count is hidden).
std::string group_named(const Gap& gap, const SuppressionPlan& hidden);

// A loss: a drop-off, or a renege or deadline that costs support or a home,
// whose count holds no handover.
bool is_loss(const Model& model, const Gap& gap);

struct Finding {
    const Gap* gap = nullptr;
    std::string group;
    // The what-if that lowers the count most, clear of noise; none: -1.
    int best = -1;
};
// The biggest losses, one a stage, so nobody is counted twice in one finding;
// when none of them is a loss with no support, the biggest such loss takes the
// last place.
std::vector<Finding> summary_findings(const ReportInput& in, std::size_t count = 3);

// "Move-on period, single adult ...: ..." -> "Move-on period": a stage's name short
// enough to read aloud, where the full name is given nearby.
std::string short_label(const std::string& label);

// "At “Move-on period”, households had to leave their accommodation when a deadline
// passed, between day 53 and day 70 after arriving (...): about 55 a year, nearly all
// of them household single. Support there today: ..."
std::string finding_sentence(const ReportInput& in, const Finding& f);
// Where, when, who, what is there today, and the what-if that closes most of it.
std::string recommendation(const ReportInput& in, const Finding& f);

}  // namespace pathways::report
