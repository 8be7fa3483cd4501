#pragma once
// The readable summary `pathways simulate` prints: outcomes, time in the
// pathway, stages and targets, each figure with its 95% interval.
#include <string>

#include "model/load.h"

namespace pathways {

// From a `pathways-results/1` summary and its model.
std::string results_table(const Model& model, const Json& summary);

}  // namespace pathways
