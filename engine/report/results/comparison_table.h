#pragma once
// The comparison as an officer reads it in a terminal: for each what-if, a
// one-line verdict and the headline figures (settled, lost, sleeping rough,
// time in the pathway, cost a year) in the metric catalogue's words, with the
// change and its 95% interval, in 80 columns and without metric paths; with
// `all`, every other figure after them.
#include <string>
#include <vector>

#include "model/model.h"
#include "results/results.h"
#include "run/comparison.h"

namespace pathways {

// The figures the table shows for a what-if, in its order (without `all`):
// the model's headline measures (format 1.2), then settled and lost, sleeping
// rough, time in the pathway and cost a year; each with an across-worlds line
// under it when the scenario ran across a calibration's worlds.
std::vector<const MetricDifference*> headline_differences(const Model& model, const Results& baseline,
                                                          const ScenarioComparison& s);

std::string comparison_table(const Model& model, const Results& baseline,
                             const std::vector<ScenarioComparison>& scenarios, bool all = false);

}  // namespace pathways
