#pragma once
// The simulation options shared by simulate, compare and gaps, declared once,
// and the run they lead to.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli_common.h"
#include "run/what_if_study.h"

namespace pathways::cli {

struct SimulationOptions {
    std::string model_path;
    std::vector<std::string> scenarios;
    std::string replications;  // a number or "auto"
    double precision = 0.02;
    double precision_mean = 0.05;
    std::uint32_t max_replications = 1000;
    std::optional<std::uint64_t> seed;
    std::optional<double> horizon, warmup;
    std::uint32_t threads = 0;  // 0: all cores
    std::uint64_t max_events = 2'000'000'000;
    std::uint64_t max_people = 5'000'000;  // in the pathway at once, per replication
    bool quiet = false;

    // Adds MODEL, -s and the simulation options to `options`.
    // scenario_help: what -s means to the command (compare runs each apart).
    void declare(po::options_description& options, po::positional_options_description& positional,
                 const char* scenario_help = "a scenario file to apply (repeatable, in order)");
    // Reads them back after parsing (throws UsageError on bad values).
    void read(const po::variables_map& vm);
};

// A model loaded, run and summarised.
struct SimulationRun {
    LoadResult loaded;
    RunResults run;
    Results results;
};

// The replications of a study whose every `each` ("draw", "world") runs the
// same ones (common random numbers): a whole number, 10 by default; "auto" is
// refused (UsageError).
std::uint32_t same_replications(const SimulationOptions& options, const std::string& each);

// Applies the command-line overrides (seed, horizon, warmup) to the model's settings.
void apply_overrides(Model& model, const SimulationOptions& options);

// Builds the request: replications (or auto), threads, limits, progress bar.
RunRequest make_request(const Model& model, const SimulationOptions& options);

// Loads, runs and summarises; nullopt when the model is invalid (problems
// already printed). Throws RunError on a limit hit.
// `customise` may adjust the request (observers, daily occupancy) before the run.
std::optional<SimulationRun> run_simulation(const SimulationOptions& options, const std::string& command,
                                            const std::function<void(RunRequest&)>& customise = {});

// Runs each of `files` as one what-if on top of `options.scenarios`, with the
// baseline's replication count and seed, so that replication r of each shares
// the baseline's random streams (common random numbers), and pairs the
// differences. nullopt when a scenario is invalid (problems already printed).
std::optional<std::vector<ScenarioComparison>> run_alternatives(SimulationOptions options,
                                                                const SimulationRun& baseline,
                                                                const std::vector<std::string>& files,
                                                                const std::string& command);

}  // namespace pathways::cli
