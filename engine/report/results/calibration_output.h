#pragma once
// What a calibration (history matching) writes: calibration.json, worlds.csv
// and a table in plain words for the terminal.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/history_matching.h"
#include "analysis/plausible_worlds.h"
#include "model/model.h"
#include "report/results/worlds_csv.h"

namespace pathways {

using Json = nlohmann::ordered_json;

// A published figure as the calibration names and reads it.
struct CalibrationFigure {
    std::string name;      // "<id>", or "<scenario>:<id>" for a scenario's own
    std::string scenario;  // the scenario's file stem; empty for the model's own
    std::string label, source;
    TargetRole role = TargetRole::validation;
    MatchTarget match;
};

struct CalibrationRun {
    std::string model_name, model_file, model_sha256, uncertainty_sha256;
    std::vector<std::string> scenarios, with_targets, fit;  // files, files, target names
    std::uint32_t replications = 10;
    std::uint64_t seed = 1;
    HistoryMatchSettings settings;
    std::vector<UncertainParameter> parameters;
    std::vector<CalibrationFigure> figures;
    HistoryMatch match;
};

Json calibration_json(const CalibrationRun& run);
// The kept worlds, their parameters in the uncertainty entries' own units.
WorldTable kept_worlds(const CalibrationRun& run);
std::string calibration_table(const CalibrationRun& run);
// Figure t's spread over the kept worlds (some must have been kept).
Spread95 simulated_spread(const CalibrationRun& run, std::size_t t);

}  // namespace pathways
