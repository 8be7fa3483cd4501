#pragma once
// The figures a calibration matches, and running a world to get them: the
// model's own targets, with the -s scenarios applied, and the targets each
// --with-targets scenario carries (a backtest's period and its published
// figures), evaluated with that scenario applied too.
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/history_matching.h"
#include "format/load.h"
#include "report/results/calibration_output.h"
#include "simulation_options.h"

namespace pathways::cli {

struct CalibrationTarget : CalibrationFigure {
    std::string id;       // in its model
    std::size_t run = 0;  // 0: the model; s: the s-th --with-targets scenario
};

// A scenario carrying its own targets.
struct TargetScenario {
    std::string file;
    Json patch;
};

class CalibrationRuns {
public:
    // base: the model document as in its file; underneath: the -s patches.
    // Loads the model under each scenario (invalid: UsageError naming the problem).
    CalibrationRuns(Json base, std::vector<Json> underneath, std::vector<TargetScenario> with_targets,
                    const SimulationOptions& options, std::uint32_t replications);

    const std::vector<UncertainParameter>& parameters() const { return parameters_; }
    std::vector<CalibrationTarget>& targets() { return targets_; }
    const std::vector<CalibrationTarget>& targets() const { return targets_; }

    // Every target's figure in the world with these parameter values.
    std::vector<SimulatedValue> evaluate(const std::vector<double>& values, std::size_t world) const;

private:
    void add_targets(const Model& model, std::size_t run, const std::string& scenario, const Json* patch);
    std::vector<const Json*> patches_for(std::size_t run) const;

    Json base_;
    std::vector<Json> underneath_;
    std::vector<TargetScenario> with_targets_;
    SimulationOptions options_;
    std::uint32_t replications_;
    std::vector<UncertainParameter> parameters_;
    std::vector<CalibrationTarget> targets_;
};

}  // namespace pathways::cli
