#pragma once
// compare --worlds: how far each what-if's effect on the headline figures
// holds across a calibration's plausible worlds. The baseline and every
// what-if run in each world with the central comparison's seed and
// replications (common random numbers), through the runner `sensitivity`
// uses, the worlds shared among threads and MPI processes.
#include <string>
#include <vector>

#include "draw_sharing.h"
#include "simulation_options.h"
#include "world_model.h"
#include "worlds_option.h"

namespace pathways::cli {

struct WorldsComparison {
    PlausibleWorlds worlds;
    std::vector<WorldChange> what_ifs;  // the scenarios, in the order compared
};

// The worlds and the what-ifs' patches, read before anything runs. Throws
// UsageError (exit 2) for a bad worlds file.
WorldsComparison read_worlds_comparison(const std::string& worlds_file, const SimulationOptions& options);

// Sets each scenario's across_worlds (on an MPI process other than the first,
// which writes nothing: leaves them unset).
void add_effects_across_worlds(const WorldsComparison& in, const SimulationOptions& options,
                               const SimulationRun& baseline, std::vector<ScenarioComparison>& scenarios,
                               DrawSharing& sharing);

}  // namespace pathways::cli
