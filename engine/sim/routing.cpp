#include "sim/routing.h"

#include <algorithm>

namespace pathways {

RoutingTable::RoutingTable(const Model& model) : first_range_(model.stages.size()), per_profile_(model.stages.size()) {
    const std::uint32_t profiles = model.profile_count();
    for (std::size_t s = 0; s < model.stages.size(); ++s) {
        const Stage& stage = model.stages[s];
        bool conditional =
            std::any_of(stage.next.begin(), stage.next.end(), [](const Edge& e) { return !e.when.empty(); });
        per_profile_[s] = conditional;
        first_range_[s] = static_cast<std::uint32_t>(ranges_.size());
        for (std::uint32_t p = 0; p < (conditional ? profiles : 1); ++p) {
            Range r{static_cast<std::uint32_t>(choices_.size()), 0};
            double total = 0;
            for (const Edge& e : stage.next) {
                if (!model.applies(e, p) || e.p <= 0) continue;
                total += e.p;
                choices_.push_back({total, e.to});
            }
            r.end = static_cast<std::uint32_t>(choices_.size());
            // Shares sum to 1 within 1e-9; make the last one exactly 1 so a draw never falls off.
            if (r.end > r.begin) choices_[r.end - 1].cumulative = 1.0;
            ranges_.push_back(r);
        }
    }
}

StageIndex RoutingTable::draw(StageIndex stage, std::uint32_t profile, Rng& rng) const {
    const Range& r = ranges_[first_range_[stage] + (per_profile_[stage] ? profile : 0)];
    if (r.end - r.begin == 1) return choices_[r.begin].to;
    double u = rng.uniform();
    for (std::uint32_t i = r.begin; i + 1 < r.end; ++i) {
        if (u < choices_[i].cumulative) return choices_[i].to;
    }
    return choices_[r.end - 1].to;
}

}  // namespace pathways
