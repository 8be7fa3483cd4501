#pragma once
// Running the model in one plausible world: the base model document with the
// drawn parameter values set, the scenarios applied on top, run with the
// model's seed (so replication r of every draw shares its random streams:
// common random numbers), and each what-if run on top of the same drawn model.
// `sensitivity` runs it at its design's points or at a calibration's worlds,
// `compare --worlds` at the worlds.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/sensitivity_study.h"
#include "draw_sharing.h"
#include "format/load.h"
#include "simulation_options.h"
#include "world_model.h"

namespace pathways::cli {

class DrawRunner {
public:
    // base: the model document as in its file; underneath: the -s scenarios;
    // what_ifs: the --compare-with scenarios.
    DrawRunner(Json base, std::vector<WorldChange> underneath, std::vector<WorldChange> what_ifs,
               const SimulationOptions& options, std::uint32_t replications);

    // Runs the model as written, chooses the metrics to follow from it (every
    // headline, each ranked gap, each what-if's effect on them) and returns them.
    std::vector<StudyMetric> central(const std::vector<std::string>& what_if_names, std::vector<StudyGap>& gaps,
                                     std::vector<StudyScenario>& scenarios);
    // In place of central(): follows the metrics at `paths` (each in every run),
    // and each what-if's effect on every one of them.
    void follow(std::vector<std::string> paths);
    // The followed metrics with the parameters at `values` (central() or
    // follow() first): each followed path, then each what-if's effects.
    std::vector<double> evaluate(const std::vector<double>& values, std::size_t draw) const;
    // evaluate() at every draw's values, shared among threads and processes
    // (on processes other than the first: nothing).
    std::vector<std::vector<double>> evaluate_all(DrawSharing& sharing, const std::vector<std::vector<double>>& draws,
                                                  unsigned threads) const;
    const std::vector<UncertainParameter>& parameters() const { return parameters_; }

private:
    struct Run {
        std::vector<double> means;  // by followed path
        std::vector<bool> has;      // whether the run has the path
    };
    Model load(const Json& document, std::size_t draw) const;
    Run run(const Model& model) const;
    // The world at `values` (none: as written) with the -s scenarios and, when given, what-if w.
    Json document_at(const std::vector<double>* values, std::optional<std::size_t> what_if = std::nullopt) const;
    std::vector<StudyMetric> headline_metrics(const Model& model, const RunResults& results,
                                              std::vector<StudyGap>& gaps);
    StudyScenario add_what_if(std::size_t w, const std::string& name, std::vector<StudyMetric>& metrics);

    Json base_;
    std::vector<WorldChange> underneath_, what_ifs_;
    std::vector<Lever> levers_;  // the model's definitions
    SimulationOptions options_;
    std::uint32_t replications_;
    std::vector<UncertainParameter> parameters_;
    std::vector<std::string> paths_;                  // the followed metrics' columns: headlines, then gaps
    std::vector<std::vector<std::size_t>> compared_;  // by what-if: the followed paths it has
};

}  // namespace pathways::cli
