#pragma once
// The CSV files of `simulate --out DIR`: outcomes, stages, flows,
// replications, occupancy, curves, (with periods) periods and (with
// measures) measures.
#include <string>

#include "results/results.h"
#include "run/runner.h"

namespace pathways {

std::string outcomes_csv(const Results& results);
std::string stages_csv(const Results& results);
std::string flows_csv(const Results& results);
// Format 1.2 models with measures: each measure a year and as a share of its population.
std::string measures_csv(const Results& results);
// One row per replication and metric: from the run itself, not its summary.
std::string replications_csv(const RunResults& run);
std::string occupancy_csv(const Results& results);
std::string curves_csv(const Results& results);
// Format 1.1 models with periods: each period's entries, occupancy and outcome counts.
std::string periods_csv(const Results& results);

}  // namespace pathways
