// pathways simulate: runs the replications and reports the summary.
#include <filesystem>
#include <iostream>
#include <optional>

#include "cli_common.h"
#include "numeric_option.h"
#include "report/results/results_csv.h"
#include "report/results/results_json.h"
#include "report/results/results_table.h"
#include "report/results/trace_csv.h"
#include "simulation_options.h"
#include "terminal_text.h"

namespace pathways::cli {

namespace {

struct SimulateOptions {
    SimulationOptions run;
    std::string out_dir;
    bool json = false;
    std::string trace;
    std::uint64_t trace_sample = 0;
};

// The trace is made ready first and put in place last, so that a trace that
// cannot be written leaves no set, and a set that cannot be written no trace.
void write_outputs(const SimulateOptions& o, const SimulationRun& run) {
    const Model& model = *run.loaded.model;
    std::optional<PendingFile> trace;
    if (!o.trace.empty()) trace.emplace(o.trace, trace_csv(model, run.run.observers));
    if (!o.out_dir.empty()) {
        OutputDir out(o.out_dir);
        out.add("summary.json", summary_json_text(run.results));
        out.add("outcomes.csv", outcomes_csv(run.results));
        out.add("stages.csv", stages_csv(run.results));
        out.add("flows.csv", flows_csv(run.results));
        out.add("replications.csv", replications_csv(run.run));
        out.add("occupancy.csv", occupancy_csv(run.results));
        out.add("curves.csv", curves_csv(run.results));
        if (!run.results.by_period.empty()) out.add("periods.csv", periods_csv(run.results));
        if (!run.results.measures.empty()) out.add("measures.csv", measures_csv(run.results));
        out.commit();
    }
    if (trace) trace->commit();
    if (o.json) {
        write_summary_json(std::cout, run.results);  // as it is made: a large summary is never held whole
    } else {
        std::cout << terminal_text(results_table(run.results));
    }
}

// The trace is written after the --out set, so inside DIR it could take the
// place of one of the set's files (or its manifest) and leave the set broken.
void refuse_trace_in_set(const SimulateOptions& o) {
    if (o.out_dir.empty() || o.trace.empty() || o.trace == "-") return;
    std::error_code error;
    const auto dir = std::filesystem::weakly_canonical(o.out_dir, error);
    const auto trace = std::filesystem::weakly_canonical(o.trace, error);
    if (!error && trace.parent_path() == dir) {
        throw UsageError("--trace " + o.trace + " is inside --out " + o.out_dir +
                         ", whose files are written as one set: write the trace elsewhere");
    }
}

}  // namespace

int simulate_command(const Args& args) {
    return run_guarded("simulate", [&] {
        SimulateOptions o;
        po::options_description options;
        po::positional_options_description positional;
        o.run.declare(options, positional);
        // One option a line, as --help lists them.
        // clang-format off
        options.add_options()
            ("out,o", po::value(&o.out_dir), "write summary.json and the CSV files into this directory")
            ("json", po::bool_switch(&o.json), "print the summary as JSON instead of a table")
            ("trace", po::value(&o.trace), "write every stage visit of the cohort to this CSV file")
            ("trace-sample", po::value<std::string>()->default_value("0"),
             "with --trace: only the first N cohort members of each replication (0: all)");
        // clang-format on
        auto vm = parse_options("simulate", "MODEL [-s SCENARIO]... [options]", options, positional, args);
        if (!vm) return exit_ok;
        o.run.read(*vm);
        o.trace_sample = whole_number_option("trace-sample", (*vm)["trace-sample"].as<std::string>(), 0, UINT32_MAX);
        refuse_trace_in_set(o);
        if (!o.out_dir.empty()) OutputDir(o.out_dir).check();
        auto customise = [&](RunRequest& request) {
            request.options.daily_occupancy = !o.out_dir.empty();
            if (o.trace.empty()) return;
            std::uint64_t sample = o.trace_sample;
            request.observer_for = [sample](std::uint32_t) { return std::make_unique<TraceRecorder>(sample); };
        };
        auto run = run_simulation(o.run, command_line("simulate", args), customise);
        if (!run) return exit_bad_input;
        write_outputs(o, *run);
        return exit_ok;
    });
}

}  // namespace pathways::cli
