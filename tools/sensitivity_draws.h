#pragma once
// Running the model in one plausible world: the base model document with the
// drawn parameter values set, the scenarios applied on top, run with the
// model's seed (so replication r of every draw shares its random streams:
// common random numbers), and each what-if run on top of the same drawn model.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/sensitivity_study.h"
#include "format/load.h"
#include "simulation_options.h"

namespace pathways::cli {

// A drawn model that fails validation: exit 2, naming the draw and the problem.
struct DrawInvalid : UsageError {
    using UsageError::UsageError;
};

class DrawRunner {
public:
    // base: the model document as in its file; underneath: the -s patches;
    // what_ifs: the --compare-with patches with their names and files.
    DrawRunner(Json base, std::vector<Json> underneath, std::vector<Json> what_ifs, const SimulationOptions& options,
               std::uint32_t replications);

    // Runs the model as written, chooses the metrics to follow from it (every
    // headline, each ranked gap, each what-if's effect on them) and returns them.
    std::vector<StudyMetric> central(const std::vector<std::string>& what_if_names, std::vector<StudyGap>& gaps,
                                     std::vector<StudyScenario>& scenarios);
    // The followed metrics with the parameters at `values` (central() first).
    std::vector<double> evaluate(const std::vector<double>& values, std::size_t draw) const;
    const std::vector<UncertainParameter>& parameters() const { return parameters_; }

private:
    struct Run {
        std::vector<double> means;  // by followed path
        std::vector<bool> has;      // whether the run has the path
    };
    Model load(const Json& document, std::size_t draw) const;
    Run run(const Model& model) const;
    Json document_at(const std::vector<double>* values) const;
    std::vector<StudyMetric> headline_metrics(const Model& model, const RunResults& results,
                                              std::vector<StudyGap>& gaps);
    StudyScenario add_what_if(std::size_t w, const std::string& name, std::vector<StudyMetric>& metrics);

    Json base_;
    std::vector<Json> underneath_, what_ifs_;
    SimulationOptions options_;
    std::uint32_t replications_;
    std::vector<UncertainParameter> parameters_;
    std::vector<std::string> paths_;                  // the followed metrics' columns: headlines, then gaps
    std::vector<std::vector<std::size_t>> compared_;  // by what-if: the followed paths it has
};

}  // namespace pathways::cli
