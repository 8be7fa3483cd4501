#pragma once
// One plausible world as a model: the base document with its uncertain
// parameters set, the scenarios applied on top, loaded and run with the
// model's seed, so that replication r of every world shares its random
// streams (common random numbers).
#include <cstdint>
#include <string>
#include <vector>

#include "format/levers.h"
#include "format/load.h"
#include "simulation_options.h"

namespace pathways::cli {

// A world's model that fails validation: exit 2, naming the world and the problem.
struct WorldInvalid : UsageError {
    using UsageError::UsageError;
};

// The base document with `values` set (none: as written) and the patches
// merged in order. Its `uncertainty` section is dropped: a world is one
// point, and checking each range at its ends again would only cost time.
Json world_document(const Json& base, const std::vector<UncertainParameter>& parameters,
                    const std::vector<double>* values, const std::vector<const Json*>& patches);

// A scenario as a run across worlds applies it: its patch merged into the
// world's document, then its levers set on the figures the world has (a
// multiplying drive scales the world's own value; a set drive puts its value).
struct WorldChange {
    Json patch = Json::object();  // a merge patch: an empty object changes nothing
    std::vector<LeverValue> levers;
};

// The scenario files as changes (each already validated by loading it on the model).
std::vector<WorldChange> world_changes(const std::vector<std::string>& files);

// Every change's patch merged in order, then all their levers set together
// (a lever set twice: the later counts), as loading a model with scenarios
// does. `levers`: the model's definitions. The `levers` section goes once any is set.
void apply_changes(Json& document, const std::vector<const WorldChange*>& changes, const std::vector<Lever>& levers);

// The document loaded, with the command line's overrides applied. Throws
// WorldInvalid naming `what` ("world 12") and the first problem.
Model load_world(const Json& document, const SimulationOptions& options, const std::string& what);

// A run of `replications` on one thread (the worlds themselves are shared among threads).
RunResults run_world(const Model& model, const SimulationOptions& options, std::uint32_t replications);

}  // namespace pathways::cli
