#pragma once
// The CSV files of `simulate --out DIR`: outcomes, stages, flows,
// replications, occupancy and curves.
#include <string>

#include "stats/runner.h"

namespace pathways {

std::string outcomes_csv(const Model& model, const RunResults& results);
std::string stages_csv(const Model& model, const RunResults& results);
std::string flows_csv(const Model& model, const RunResults& results);
std::string replications_csv(const RunResults& results);
std::string occupancy_csv(const Model& model, const RunResults& results);
std::string curves_csv(const Model& model, const RunResults& results);

}  // namespace pathways
