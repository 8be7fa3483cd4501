#pragma once
// A sensitivity study's outputs (`pathways-sensitivity/1`): sensitivity.json,
// indices.csv, draws.csv and the table in plain words. The same study gives
// the same bytes, apart from wall_seconds, settings.threads,
// settings.processes and manifest.command.
#include <cstdint>
#include <string>

#include "analysis/sensitivity_study.h"
#include "format/load.h"

namespace pathways {

struct SensitivityRun {
    std::string model_name, model_file, model_sha256, currency, command;
    std::vector<std::string> scenario_sha256;  // of each -s file, in order
    // The calibration's plausible worlds the draws were (`--worlds`, as the user
    // named the file); empty when they sample the prior ranges.
    std::string worlds_file;
    std::uint32_t replications = 10;
    unsigned threads = 1;
    int processes = 1;
    double wall_seconds = 0;
    StudyInputs inputs;
    StudyFindings findings;
};

Json sensitivity_json(const SensitivityRun& run);
// metric,parameter,index,value,ci95_lo,ci95_hi: S1 and ST (Sobol) or mu,
// mu_star and sigma (Morris); empty values for a metric with no variation.
std::string indices_csv(const SensitivityRun& run);
// One row per draw (design point): the parameter values, then every metric.
std::string draws_csv(const SensitivityRun& run);
// "lost contact: 24% (18% to 31% across plausible worlds); driven most by ...".
std::string sensitivity_table(const SensitivityRun& run);

// A unit's name in sensitivity.json: "share", "days", "people", "places", "money".
const char* unit_name(Unit u);
// A figure in its unit, for a reader: "24%", "130 days", "£1,200", "35 people".
std::string unit_figure(double value, Unit unit, const std::string& currency);
// A change in a figure: a share's in percentage points ("-2.1 points"), the rest as unit_figure.
std::string change_figure(double change, Unit unit, const std::string& currency);

}  // namespace pathways
