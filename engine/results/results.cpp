#include "results/results.h"

#include <algorithm>

namespace pathways {

namespace {

template <typename T>
const T* by_id(const std::vector<T>& items, const std::string& id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

const StageResult* Results::stage(const std::string& id) const { return by_id(stages, id); }

const OutcomeResult* Results::outcome(const std::string& id) const { return by_id(outcomes, id); }

const FlowResult* Results::flow(const std::string& from, const std::string& to) const {
    auto it =
        std::find_if(flows.begin(), flows.end(), [&](const FlowResult& f) { return f.from == from && f.to == to; });
    return it == flows.end() ? nullptr : &*it;
}

double Results::stage_mean(const std::string& id, Metric m) const {
    const StageResult* s = stage(id);
    return s ? s->figures[m].mean : 0.0;
}

std::string target_status(const Stat& value, double low, double high) {
    if (value.mean < low || value.mean > high) return "missed";
    if (value.lo < low || value.hi > high) return "unclear";
    return "met";
}

}  // namespace pathways
