#pragma once
// Poisson processes with a piecewise-constant rate (a base rate with schedule
// windows): the next event after t, by spending one Exp(1) draw across the
// rate's pieces.
#include <optional>

#include "model/model.h"

namespace pathways {

// Arrivals stop at the horizon; supply releases go on past it at the rate in
// force at the horizon.
enum class PastHorizon { stop, continue_at_horizon_rate };

std::optional<Days> next_poisson_time(const ReleasePlan& plan, Days t, double exp1, Days horizon, PastHorizon past);

}  // namespace pathways
