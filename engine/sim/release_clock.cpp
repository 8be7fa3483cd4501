#include "sim/release_clock.h"

#include <algorithm>

namespace pathways {

namespace {

// The first window edge after t, or the horizon.
Days next_boundary(const ReleasePlan& plan, Days t, Days horizon) {
    Days next = horizon;
    for (const Window& w : plan.schedule) {
        if (w.from_day > t) next = std::min(next, w.from_day);
        if (w.to_day > t) next = std::min(next, w.to_day);
    }
    return next;
}

}  // namespace

std::optional<Days> next_poisson_time(const ReleasePlan& plan, Days t, double exp1, Days horizon, PastHorizon past) {
    for (;;) {
        if (t >= horizon) {
            if (past == PastHorizon::stop) return std::nullopt;
            double rate = plan.rate_at(horizon);
            if (rate <= 0) return std::nullopt;
            return t + exp1 / rate;
        }
        double rate = plan.rate_at(t);
        Days end = next_boundary(plan, t, horizon);
        double mass = rate * (end - t);
        if (rate > 0 && exp1 <= mass) return t + exp1 / rate;
        exp1 -= mass;
        t = end;
    }
}

}  // namespace pathways
