#pragma once
// Two studies of one model read as one. A screening (Morris or Sobol) says
// which assumptions matter; a sample of the plausible worlds (uncertainty or
// Sobol) says how far the figures spread and how robust the ranking and the
// what-ifs are. A Sobol study does both, at a hundred times the replications
// of a Morris screening and an uncertainty sample together, so the main job
// runs those two and the report reads them as one.
#include <stdexcept>
#include <vector>

#include "report/results/sensitivity_read.h"

namespace pathways {

struct SensitivityMismatch : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// One study is returned as it is. Two must be of the same model file, one a
// screening and the other a sample; throws SensitivityMismatch otherwise.
SensitivityDigest combine_sensitivity(std::vector<SensitivityDigest> studies);

}  // namespace pathways
