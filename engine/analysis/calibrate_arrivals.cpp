// Arrival streams from case records: where cases start, how often, and with
// which attribute values.
#include <algorithm>

#include "analysis/calibrate.h"

namespace pathways {

namespace {

Mix first_row_mix(const CaseRecords& r, std::uint32_t first_stage) {
    Mix mix;
    for (std::size_t a = 0; a < r.attributes.size(); ++a) {
        std::vector<double> shares(r.attributes[a].values.size(), 0.0);
        double n = 0;
        for (const CaseHistory& h : r.cases) {
            if (h.visits.front().stage != first_stage) continue;
            shares[h.values[a]] += 1;
            n += 1;
        }
        for (double& s : shares) s /= n;
        mix.push_back(shares);
    }
    return mix;
}

}  // namespace

std::vector<CalibratedArrivals> calibrate_arrivals(const CaseRecords& r, Days& span) {
    std::vector<CalibratedArrivals> streams;
    Days earliest = r.cases.front().visits.front().day, latest = earliest;
    for (const CaseHistory& h : r.cases) {
        const CaseVisit& first = h.visits.front();
        earliest = std::min(earliest, first.day);
        latest = std::max(latest, first.day);
        auto it = std::find_if(streams.begin(), streams.end(),
                               [&](const CalibratedArrivals& a) { return a.to == first.stage; });
        if (it == streams.end()) {
            streams.push_back({first.stage, 0, 0, std::nullopt, {}});
            it = streams.end() - 1;
        }
        ++it->cases;
    }
    span = latest - earliest;
    for (CalibratedArrivals& a : streams) {
        // Cases that all start on one day are a batch rather than a rate.
        if (span > 0) {
            a.rate_per_day = static_cast<double>(a.cases) / span;
        } else {
            a.batch = Batch{0, a.cases};
        }
        a.mix = first_row_mix(r, a.to);
    }
    return streams;
}

}  // namespace pathways
