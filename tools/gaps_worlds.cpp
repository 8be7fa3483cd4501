#include "gaps_worlds.h"

#include <filesystem>
#include <thread>

#include "format/uncertainty_hash.h"
#include "report/results/sensitivity_output.h"
#include "report/results/worlds_csv.h"
#include "sensitivity_draws.h"

namespace pathways::cli {

namespace {

// Each world runs the replications `sensitivity` gives a draw by default, so
// the spread is the one `sensitivity --method uncertainty --worlds` reports.
constexpr std::uint32_t world_replications = 10;

std::string model_fingerprint(const std::string& model_path) {
    const LoadResult loaded = load_model_file(model_path);
    if (!loaded.model) throw UsageError(model_path + ": the model does not load");
    return uncertainty_sha256(loaded.model->uncertainty);
}

// calibration.json beside the worlds, checked to be a calibration of this model's uncertain parameters.
std::optional<CalibrationDigest> checked_calibration(const std::string& file, const std::string& model_path) {
    const std::string path = (std::filesystem::path(file).parent_path() / "calibration.json").string();
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
    CalibrationDigest digest;
    try {
        digest = read_calibration_json(read_json_file(path));
    } catch (const BadCalibration& e) {
        throw UsageError(path + ": " + e.what());
    }
    if (digest.uncertainty_sha256 != model_fingerprint(model_path))
        throw UsageError(path + ": calibrates other uncertain parameters than " + model_path +
                         "'s (another model's, or these before its `uncertainty` section changed): calibrate the "
                         "model again");
    return digest;
}

// A calibration that kept none wrote the header alone.
void check_no_worlds(const std::string& file) {
    const std::string text = read_file(file, max_worlds_file_bytes);
    const std::size_t header_end = text.find('\n');
    if (header_end != std::string::npos && text.find_first_not_of("\r\n", header_end) != std::string::npos)
        throw UsageError(file + ": holds worlds, but calibration.json beside it says none were kept: they are from "
                                "different calibrations");
}

SensitivityRun run_about(const SimulationOptions& options, const LoadResult& loaded) {
    SensitivityRun run;
    run.model_name = loaded.model->name;
    run.model_file = options.model_path;
    run.model_sha256 = loaded.model_sha256;
    run.scenario_sha256 = loaded.scenario_sha256;
    run.currency = loaded.model->currency;
    run.replications = world_replications;
    run.threads = options.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.threads;
    return run;
}

}  // namespace

CalibratedWorlds read_calibrated_worlds(const std::string& file, const std::string& model_path) {
    CalibratedWorlds out;
    out.calibration = checked_calibration(file, model_path);
    if (out.calibration && out.calibration->worlds_kept == 0) {
        check_no_worlds(file);
        return out;
    }
    out.worlds = read_worlds_option(file, model_path);
    const std::size_t rows = out.worlds->values.size();
    if (out.calibration && out.calibration->worlds_kept != rows)
        throw UsageError(file + ": holds " + std::to_string(rows) + " worlds, but calibration.json beside it says " +
                         std::to_string(out.calibration->worlds_kept) +
                         " were kept: they are from different "
                         "calibrations");
    return out;
}

std::optional<SensitivityDigest> sample_worlds(const SimulationOptions& options,
                                               const std::vector<WhatIfFile>& what_ifs, const PlausibleWorlds& worlds,
                                               const LoadResult& loaded, DrawSharing& sharing) {
    std::vector<std::string> files, names;
    for (const auto& w : what_ifs) {
        files.push_back(w.file);
        names.push_back(w.name);
    }
    DrawRunner runner(read_json_file(options.model_path), world_changes(options.scenarios), world_changes(files),
                      options, world_replications);
    SensitivityRun run = run_about(options, loaded);
    run.processes = sharing.processes();
    StudyInputs& in = run.inputs;
    in.metrics = runner.central(names, in.gaps, in.scenarios);
    in.parameters = runner.parameters();
    in.seed = loaded.model->simulation.seed;
    in.design = given_points(in.parameters.size(), worlds.values.size());
    in.drawn = worlds.values;
    run.worlds_file = worlds.file;
    in.values = runner.evaluate_all(sharing, in.drawn, run.threads);
    if (!sharing.root()) return std::nullopt;
    run.findings = study_findings(in);
    SensitivityDigest digest = read_sensitivity_json(sensitivity_json(run));
    digest.studies.front().calibrated = true;
    return digest;
}

}  // namespace pathways::cli
