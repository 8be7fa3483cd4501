#pragma once
// Households arriving together, by the kind of outcome they reach: the
// summary's headline figures. Counted once here, so that the summary and the
// suppression plan hold the very same numbers.
#include <array>
#include <string>
#include <vector>

#include "results/results.h"

namespace pathways::findings {

struct ArrivalTotals {
    double cohort = 0;
    // By OutcomeKind: settled, drop_off, neutral.
    std::array<double, 3> by_kind{};
    double of(OutcomeKind kind) const { return by_kind[static_cast<std::size_t>(kind)]; }
};

// The streams' cohorts together, each outcome weighted by its stream's cohort.
ArrivalTotals arrival_totals(const Results& r, const std::vector<const ArrivalResult*>& streams);
// The whole cohort, from the outcomes' counts.
ArrivalTotals whole_cohort_totals(const Results& r);

// The summary's headline: the whole cohort, or (when some streams are marked
// headline) those streams together and each other stream apart.
struct OtherStream {
    const ArrivalResult* stream = nullptr;
    ArrivalTotals totals;
};
struct Headline {
    bool split = false;  // some streams are headline streams
    ArrivalTotals whole, headline_streams;
    std::vector<OtherStream> others;
};
Headline headline_totals(const Results& r);

}  // namespace pathways::findings
