#pragma once
// A what-if study: the baseline run and each scenario's patched model run on
// the same random streams (common random numbers), paired metric by metric.
#include <functional>
#include <string>
#include <vector>

#include "run/comparison.h"
#include "run/results_builder.h"

namespace pathways {

// One run: the model as it ran, its replications and its typed results.
struct StudyRun {
    RunResults run;
    Results results;
};

// Runs `model` and builds its results, timing the run for the provenance.
StudyRun run_and_summarise(const Model& model, const RunRequest& request, RunProvenance provenance);

// One what-if to run: the scenario's name, its file, the patched model (with the
// baseline's seed and settings) and where it came from.
struct WhatIf {
    std::string name, file;
    const Model* model = nullptr;
    RunProvenance provenance;
    ScenarioDescription about;
};

// Runs each what-if with the baseline's replication count, so that replication
// r of each shares the baseline's random streams, and pairs the differences.
std::vector<ScenarioComparison> run_what_ifs(const RunResults& baseline, const std::vector<WhatIf>& what_ifs,
                                             RunRequest request);

}  // namespace pathways
