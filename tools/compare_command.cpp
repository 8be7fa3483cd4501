// pathways compare: the baseline and each scenario on common random numbers.
#include <iostream>

#include "cli_common.h"
#include "report/results/comparison_report.h"
#include "report/results/comparison_table.h"
#include "simulation_options.h"
#include "terminal_text.h"

namespace pathways::cli {

namespace {

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

}  // namespace

int compare_command(const Args& args) {
    return run_guarded("compare", [&] {
        SimulationOptions o;
        std::string out_dir;
        bool json = false, all = false;
        po::options_description options;
        po::positional_options_description positional;
        o.declare(options, positional, "a scenario to compare with the baseline (repeatable: each one alone)");
        // One option a line, as --help lists them.
        // clang-format off
        options.add_options()
            ("out,o", po::value(&out_dir), "write comparison.json and differences.csv into this directory")
            ("json", po::bool_switch(&json), "print the comparison as JSON instead of a table")
            ("all", po::bool_switch(&all), "print every figure, not only the headline ones");
        // clang-format on
        auto vm = parse_options("compare", "MODEL -s SCENARIO [-s SCENARIO]... [options]", options, positional, args);
        if (!vm) return exit_ok;
        o.read(*vm);
        if (o.scenarios.empty()) throw UsageError("name at least one scenario to compare with -s");
        if (!out_dir.empty()) OutputDir(out_dir).check();
        auto runs = run_all(o, command_line("compare", args));
        if (!runs) return exit_bad_input;
        auto& [baseline, scenarios] = *runs;
        Json j = comparison_json(baseline.results, scenarios);
        if (!out_dir.empty()) {
            OutputDir out(out_dir);
            out.add("comparison.json", j.dump(2) + "\n");
            out.add("differences.csv", comparison_csv(scenarios));
            out.commit();
        }
        std::cout << (json ? j.dump(2) + "\n"
                           : terminal_text(comparison_table(*baseline.loaded.model, baseline.results, scenarios, all)));
        return exit_ok;
    });
}

}  // namespace pathways::cli
