#pragma once
// The `pathways-results/1` summary (summary.json) of a run.
#include <string>
#include <vector>

#include "model/load.h"
#include "stats/runner.h"

namespace pathways {

// What the summary needs to say where its figures came from.
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

Json stat_json(const Stat& s);
Json summary_json(const Model& model, const RunResults& results, const RunProvenance& provenance);

// "met" (mean inside the band and the interval too), "unclear" (mean inside,
// interval crossing a bound) or "missed" (mean outside).
std::string target_status(const Stat& value, double low, double high);

}  // namespace pathways
