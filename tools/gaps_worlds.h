#pragma once
// `gaps --worlds DIR/worlds.csv`: the report's checks against published
// figures and its "How sure are we" from the plausible worlds a calibration
// kept, with calibration.json beside the file saying how it got them.
#include <optional>
#include <string>
#include <vector>

#include "draw_sharing.h"
#include "report/results/calibration_read.h"
#include "report/results/sensitivity_read.h"
#include "simulation_options.h"
#include "worlds_option.h"

namespace pathways::cli {

struct CalibratedWorlds {
    std::optional<PlausibleWorlds> worlds;         // none when the calibration kept none
    std::optional<CalibrationDigest> calibration;  // calibration.json beside the file, when there is one
};

// Reads the worlds for the model at model_path (as in its file, before any
// scenario) and the calibration beside them, which must be of the same
// uncertain parameters and keep as many worlds. A calibration that kept no
// world has no worlds to read, only its finding. Throws UsageError (exit 2).
CalibratedWorlds read_calibrated_worlds(const std::string& file, const std::string& model_path);

// The plausible-worlds sample: the model run in each world with the -s
// scenarios on top, and each what-if on top of that, as `sensitivity --method
// uncertainty --compare-with` runs its draws, read as the report reads such a
// study. what_ifs: the --compare-with files and the names they loaded with.
// On a process other than MPI's first, nullopt: that process writes nothing.
struct WhatIfFile {
    std::string file, name;
};
std::optional<SensitivityDigest> sample_worlds(const SimulationOptions& options,
                                               const std::vector<WhatIfFile>& what_ifs, const PlausibleWorlds& worlds,
                                               const LoadResult& loaded, DrawSharing& sharing);

}  // namespace pathways::cli
