// Simulation settings: horizon, warm-up, replications, seed, follow-up.
#include <limits>

#include "format/validate.h"

namespace pathways {

void read_simulation(LoadContext& c, const Json& value, const std::string& p) {
    if (!c.in.object(value, p)) return;
    c.in.keys(value, p, {"horizon_days", "warmup_days", "replications", "seed", "follow_up_days", "start_date"});
    SimulationSettings& s = c.model.simulation;
    auto horizon = std::optional<double>{};
    if (const Json* v = c.in.required(value, p, "horizon_days"))
        horizon = c.in.number(*v, child(p, "horizon_days"), Sign::positive);
    if (horizon) s.horizon_days = *horizon;
    if (const Json* v = Reader::member(value, "warmup_days")) {
        auto warmup = c.in.number(*v, child(p, "warmup_days"), Sign::non_negative);
        if (warmup && horizon && !(*warmup < *horizon))
            c.in.error(child(p, "warmup_days"),
                       "must be < horizon_days (" + show_number(*horizon) + "), got " + show(*v));
        s.warmup_days = warmup.value_or(0);
    }
    if (const Json* v = Reader::member(value, "replications"))
        s.replications =
            static_cast<std::uint32_t>(c.in.integer(*v, child(p, "replications"), 1, max_replications).value_or(1));
    if (const Json* v = Reader::member(value, "seed"))
        s.seed = c.in.integer(*v, child(p, "seed"), 0, std::numeric_limits<std::uint64_t>::max()).value_or(1);
    if (const Json* v = Reader::member(value, "follow_up_days"))
        s.follow_up_days = c.in.number(*v, child(p, "follow_up_days"), Sign::non_negative);
}

}  // namespace pathways
