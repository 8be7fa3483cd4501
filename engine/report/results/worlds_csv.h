#pragma once
// worlds.csv: the plausible worlds a calibration kept, one row each: its
// uncertain parameters' values and each target's simulated value, with the
// fingerprint of the parameters they belong to (uncertainty_hash.h). The
// file goes into other tools and comes back as the draws of `sensitivity`,
// `compare`, `gaps` and the workbench, so reading it checks everything.
#include <stdexcept>
#include <string>
#include <vector>

#include "model/model.h"

namespace pathways {

struct WorldTable {
    std::string uncertainty_sha256;
    std::vector<std::string> parameters;         // uncertainty ids, in the model's order
    std::vector<std::string> targets;            // "<id>" or "<scenario>:<id>"
    std::vector<std::vector<double>> values;     // [world][parameter]
    std::vector<std::vector<double>> simulated;  // [world][target]
};

std::string worlds_csv(const WorldTable& table);

// A worlds file that cannot serve this model: the message names the row or
// column, never a value the file holds.
struct WorldsFileProblem : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The worlds' parameter values, [world][parameter] in the order of
// `parameters`. Throws WorldsFileProblem for a file that is not a worlds
// file, whose fingerprint is not `sha256`, that names other parameters, has
// no worlds, or holds a value that is not a number inside its prior range.
std::vector<std::vector<double>> read_worlds_csv(const std::string& text,
                                                 const std::vector<UncertainParameter>& parameters,
                                                 const std::string& sha256);

// The largest worlds file read, in bytes: 10,000 worlds of 100 parameters and targets.
inline constexpr std::size_t max_worlds_file_bytes = 64u << 20;

}  // namespace pathways
