#include "findings/arrival_totals.h"

#include <algorithm>

namespace pathways::findings {

ArrivalTotals arrival_totals(const Results& r, const std::vector<const ArrivalResult*>& streams) {
    ArrivalTotals t;
    for (const ArrivalResult* a : streams) {
        const double cohort = a->figures[Metric::arrival_cohort].mean;
        t.cohort += cohort;
        for (std::size_t o = 0; o < r.outcomes.size() && o < a->outcomes.size(); ++o)
            t.by_kind[static_cast<std::size_t>(r.outcomes[o].kind)] +=
                cohort * a->outcomes[o][Metric::arrival_outcome_share].mean;
    }
    return t;
}

ArrivalTotals whole_cohort_totals(const Results& r) {
    ArrivalTotals t;
    t.cohort = r.whole[Metric::cohort_size].mean;
    for (const OutcomeResult& o : r.outcomes)
        t.by_kind[static_cast<std::size_t>(o.kind)] += o.figures[Metric::outcome_count].mean;
    return t;
}

Headline headline_totals(const Results& r) {
    Headline h;
    h.whole = whole_cohort_totals(r);
    std::vector<const ArrivalResult*> headline;
    for (const ArrivalResult& a : r.by_arrival) {
        if (a.headline) headline.push_back(&a);
    }
    h.split = !headline.empty();
    if (!h.split) return h;
    h.headline_streams = arrival_totals(r, headline);
    for (const ArrivalResult& a : r.by_arrival) {
        if (!a.headline) h.others.push_back({&a, arrival_totals(r, {&a})});
    }
    return h;
}

}  // namespace pathways::findings
