#pragma once
// Typed results from a run: the runner's columns summarised over replications,
// placed by their catalogue metric into plain values, once.
#include <string>
#include <vector>

#include "results/results.h"
#include "run/runner.h"

namespace pathways {

// What the results need to say where their figures came from.
struct RunProvenance {
    std::string model_file;
    std::string model_sha256;      // of the model file's bytes
    std::string canonical_sha256;  // of the patched model's canonical JSON
    std::vector<std::string> scenario_names;
    std::vector<std::string> scenario_files;
    std::vector<std::string> scenario_sha256;
    std::string command;
    bool auto_replications = false;
    double wall_seconds = 0;
};

// Each journey rule's count of violating journeys and its first violation.
std::vector<RuleResult> rule_results(const Model& model, const RunResults& run);

Results build_results(const Model& model, const RunResults& run, const RunProvenance& provenance);

}  // namespace pathways
