#pragma once
// The readable summary table that `pathways simulate` prints.
#include <string>

#include "results/results.h"

namespace pathways {

std::string results_table(const Results& results);

}  // namespace pathways
