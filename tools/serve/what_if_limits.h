#pragma once
// Bounds on a what-if before it runs: the size of its sections against the
// model's (validation grows faster than the sections it reads), and the work
// of its run (expected people x stages x replications).
#include <cstddef>
#include <optional>
#include <string>

#include "format/load.h"

namespace pathways::serve {

// The first section of the scenario's patch (stages, arrivals, deadlines,
// regimes, uncertainty, or the routing edges of its stages) holding more than
// twice the model's entries plus 50, in words; nullopt when none does, or when
// the text is not JSON (validation says so).
std::optional<std::string> oversized_section(const Json& model_document, const std::string& scenario_text);

// people x stages x replications: a measure of a run's work that grows with every way a what-if can enlarge it.
double work_estimate(const Model& model, std::uint32_t replications);

}  // namespace pathways::serve
