// pathways compare: the baseline and each scenario on common random numbers;
// with --worlds, each scenario's effect across a calibration's plausible worlds too.
#include <iostream>

#include "cli_common.h"
#include "compare_worlds.h"
#include "report/results/comparison_report.h"
#include "report/results/comparison_table.h"
#include "simulation_options.h"
#include "terminal_text.h"

namespace pathways::cli {

namespace {

struct CompareOptions {
    SimulationOptions simulation;
    std::string out_dir, worlds;
    bool json = false, all = false;
};

// Runs the baseline, then each scenario alone against it.
std::optional<std::pair<SimulationRun, std::vector<ScenarioComparison>>> run_all(SimulationOptions o,
                                                                                 const std::string& command) {
    const std::vector<std::string> scenarios = o.scenarios;
    o.scenarios.clear();
    auto baseline = run_simulation(o, command);
    if (!baseline) return std::nullopt;
    auto results = run_alternatives(o, *baseline, scenarios, command);
    if (!results) return std::nullopt;
    return std::make_pair(std::move(*baseline), std::move(*results));
}

void write_outputs(const CompareOptions& o, const SimulationRun& baseline,
                   const std::vector<ScenarioComparison>& scenarios) {
    const Json j = comparison_json(baseline.results, scenarios);
    if (!o.out_dir.empty()) {
        OutputDir out(o.out_dir);
        out.add("comparison.json", j.dump(2) + "\n");
        out.add("differences.csv", comparison_csv(scenarios));
        if (!o.worlds.empty()) out.add("across_worlds.csv", across_worlds_csv(scenarios));
        out.commit();
    }
    std::cout << (o.json ? j.dump(2) + "\n"
                         : terminal_text(comparison_table(*baseline.loaded.model, baseline.results, scenarios, o.all)));
}

int compare(const CompareOptions& o, const std::string& command) {
    // Read before anything runs: a bad worlds file is refused at once.
    const auto worlds = o.worlds.empty() ? std::nullopt : std::optional(read_worlds_comparison(o.worlds, o.simulation));
    if (!o.out_dir.empty()) OutputDir(o.out_dir).check();
    auto runs = run_all(o.simulation, command);
    if (!runs) return exit_bad_input;
    auto& [baseline, scenarios] = *runs;
    if (worlds) {
        // Joins the MPI job when there is one: the processes share the worlds, the first writes.
        DrawSharing sharing;
        add_effects_across_worlds(*worlds, o.simulation, baseline, scenarios, sharing);
        if (!sharing.root()) return exit_ok;
    }
    write_outputs(o, baseline, scenarios);
    return exit_ok;
}

}  // namespace

int compare_command(const Args& args) {
    return run_guarded("compare", [&] {
        CompareOptions o;
        po::options_description options;
        po::positional_options_description positional;
        o.simulation.declare(options, positional,
                             "a scenario to compare with the baseline (repeatable: each one alone)");
        // One option a line, as --help lists them.
        // clang-format off
        options.add_options()
            ("out,o", po::value(&o.out_dir), "write comparison.json and differences.csv (with --worlds, across_worlds.csv too) into this directory")
            ("json", po::bool_switch(&o.json), "print the comparison as JSON instead of a table")
            ("all", po::bool_switch(&o.all), "print every figure, not only the headline ones")
            ("worlds", po::value(&o.worlds), "a calibration's worlds.csv: also run each what-if in its plausible worlds and say how far its effect holds");
        // clang-format on
        auto vm = parse_options("compare", "MODEL -s SCENARIO [-s SCENARIO]... [options]", options, positional, args);
        if (!vm) return exit_ok;
        o.simulation.read(*vm);
        if (o.simulation.scenarios.empty()) throw UsageError("name at least one scenario to compare with -s");
        try {
            return compare(o, command_line("compare", args));
        } catch (const DrawSharing::FailedElsewhere&) {
            return exit_bad_input;
        }
    });
}

}  // namespace pathways::cli
