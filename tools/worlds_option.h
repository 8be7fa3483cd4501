#pragma once
// `--worlds DIR/worlds.csv`: the plausible worlds a calibration kept, used
// as the draws of a command in place of a sample of the prior ranges.
#include <optional>
#include <string>
#include <vector>

#include "cli_common.h"

namespace pathways::cli {

struct PlausibleWorlds {
    std::string file;
    std::vector<UncertainParameter> parameters;  // the model's, as in its file
    std::vector<std::vector<double>> values;     // [world][parameter]
    std::optional<Json> calibration;             // calibration.json beside the file, when there is one
};

// Reads the worlds for the model at model_path (its `uncertainty` section as
// in its file, before any scenario). Throws UsageError (exit 2) when the file
// cannot be read or does not belong to the model's uncertain parameters.
PlausibleWorlds read_worlds_option(const std::string& file, const std::string& model_path);

}  // namespace pathways::cli
