// pathways sensitivity: how sure are we. Runs the model across the plausible
// worlds its `uncertainty` section describes (Morris screening, Sobol indices
// or plain propagation), or across the worlds a calibration kept (--worlds),
// and writes sensitivity.json, indices.csv, draws.csv and a table in plain words.
#include <chrono>
#include <iostream>
#include <thread>

#include "cli_common.h"
#include "draw_sharing.h"
#include "numeric_option.h"
#include "report/results/sensitivity_output.h"
#include "sensitivity_draws.h"
#include "terminal_text.h"
#include "worlds_option.h"

namespace pathways::cli {

namespace {

struct SensitivityOptions {
    SimulationOptions simulation;
    std::string method = "morris";
    std::string draws;  // default by method
    std::vector<std::string> compare_with;
    std::string worlds;  // a calibration's worlds.csv: the draws, in place of a design
    std::string out_dir;
    bool json = false;
};

SensitivityMethod method_named(const std::string& name) {
    if (name == "morris") return SensitivityMethod::morris;
    if (name == "sobol") return SensitivityMethod::sobol;
    if (name == "uncertainty") return SensitivityMethod::uncertainty;
    throw UsageError("--method must be morris, sobol or uncertainty, got '" + name + "'");
}

std::size_t draws_of(const SensitivityOptions& o, SensitivityMethod m) {
    if (!o.draws.empty()) return whole_number_option("draws", o.draws, 2, 100000);
    return m == SensitivityMethod::morris ? 20 : m == SensitivityMethod::sobol ? 256 : 200;
}

// A what-if's name; nullopt when it does not load on the model (problems
// printed). It applies on top of each drawn world, so it may set an uncertain
// parameter outside its range: `uncertainty` is not checked against it.
std::optional<std::string> what_if_name(const SensitivityOptions& o, const std::string& file) {
    auto files = o.simulation.scenarios;
    files.push_back(file);
    const LoadResult loaded = load_model_file(o.simulation.model_path, files);
    bool invalid = false;
    for (const Diagnostic& d : loaded.diagnostics) {
        if (d.severity != Diagnostic::Severity::error || d.pointer.rfind("/uncertainty", 0) == 0) continue;
        std::cerr << d.to_string() << "\n";
        invalid = true;
    }
    if (invalid || loaded.scenario_names.size() != files.size()) return std::nullopt;
    return loaded.scenario_names.back();
}

// The model and its scenarios must load, with uncertain parameters to vary,
// and every what-if on top; the what-ifs' names. nullopt: invalid (printed).
std::optional<std::vector<std::string>> check_inputs(const SensitivityOptions& o, SensitivityRun& run) {
    auto loaded = load_or_report(o.simulation.model_path, o.simulation.scenarios);
    if (!loaded) return std::nullopt;
    if (loaded->model->uncertainty.empty())
        throw UsageError(o.simulation.model_path + ": /uncertainty: the model lists no uncertain parameters to vary");
    run.model_name = loaded->model->name;
    run.model_sha256 = loaded->model_sha256;
    run.scenario_sha256 = loaded->scenario_sha256;
    run.currency = loaded->model->currency;
    std::vector<std::string> names;
    for (const auto& file : o.compare_with) {
        auto name = what_if_name(o, file);
        if (!name) return std::nullopt;
        names.push_back(*name);
    }
    return names;
}

Design design_for(SensitivityMethod m, std::size_t k, std::size_t n, std::uint64_t seed) {
    if (m == SensitivityMethod::morris) return morris_design(k, n, seed);
    if (m == SensitivityMethod::sobol) return saltelli_design(k, n);
    return sobol_points(k, n);
}

// The parameter values of each draw: the calibration's worlds when given, else the design's points.
std::vector<std::vector<double>> drawn_values(const StudyInputs& in, const std::optional<PlausibleWorlds>& worlds) {
    if (worlds) return worlds->values;
    std::vector<std::vector<double>> out;
    for (const auto& point : in.design.points) out.push_back(parameter_values(in.parameters, point));
    return out;
}

void write_outputs(const SensitivityOptions& o, const SensitivityRun& run) {
    const Json j = sensitivity_json(run);
    if (!o.out_dir.empty()) {
        OutputDir out(o.out_dir);
        out.add("sensitivity.json", j.dump(2) + "\n");
        out.add("indices.csv", indices_csv(run));
        out.add("draws.csv", draws_csv(run));
        out.not_for_publication("every draw's figures, with no count suppressed: for analysts");
        out.commit();
    }
    std::cout << (o.json ? j.dump(2) + "\n" : terminal_text(sensitivity_table(run)));
}

int run_study(const SensitivityOptions& o, const std::optional<PlausibleWorlds>& worlds, const std::string& command) {
    const auto start = std::chrono::steady_clock::now();
    DrawSharing sharing;
    SensitivityRun run;
    const auto names = check_inputs(o, run);
    if (!names) return exit_bad_input;
    const SensitivityMethod method = method_named(o.method);
    const Json base = read_json_file(o.simulation.model_path);
    run.replications = same_replications(o.simulation, "draw");
    DrawRunner runner(base, world_changes(o.simulation.scenarios), world_changes(o.compare_with), o.simulation,
                      run.replications);
    StudyInputs& in = run.inputs;
    in.metrics = runner.central(*names, in.gaps, in.scenarios);
    in.parameters = runner.parameters();
    in.seed = o.simulation.seed.value_or(base.value("simulation", Json::object()).value("seed", std::uint64_t{1}));
    in.design = worlds ? given_points(in.parameters.size(), worlds->values.size())
                       : design_for(method, in.parameters.size(), draws_of(o, method), in.seed);
    in.drawn = drawn_values(in, worlds);
    if (worlds) run.worlds_file = worlds->file;
    run.threads = o.simulation.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : o.simulation.threads;
    run.processes = sharing.processes();
    in.values = runner.evaluate_all(sharing, in.drawn, run.threads);
    if (!sharing.root()) return exit_ok;
    run.findings = study_findings(in);
    run.model_file = o.simulation.model_path;
    run.command = command;
    run.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    write_outputs(o, run);
    return exit_ok;
}

// --worlds: the draws are the calibration's worlds, which sample no prior for
// Morris or Sobol to index; --method may be left out.
std::optional<PlausibleWorlds> worlds_of(SensitivityOptions& o, const po::variables_map& vm) {
    if (o.worlds.empty()) return std::nullopt;
    if (!vm["method"].defaulted() && o.method != "uncertainty")
        throw UsageError("--worlds goes with --method uncertainty only: a calibration's worlds are no design for " +
                         o.method + " indices");
    if (!o.draws.empty())
        throw UsageError("--worlds and --draws cannot go together: the draws are the worlds in the file");
    o.method = "uncertainty";
    return read_worlds_option(o.worlds, o.simulation.model_path);
}

}  // namespace

int sensitivity_command(const Args& args) {
    return run_guarded("sensitivity", [&] {
        SensitivityOptions o;
        po::options_description options;
        po::positional_options_description positional;
        o.simulation.declare(options, positional);
        // One option a line, as --help lists them.
        // clang-format off
        options.add_options()
            ("method", po::value(&o.method)->default_value("morris"), "morris (screening), sobol (S1 and ST indices) or uncertainty (spread only)")
            ("draws", po::value(&o.draws), "Morris trajectories (default 20), Sobol base points (256) or uncertainty points (200)")
            ("compare-with", po::value(&o.compare_with)->composing(), "a what-if scenario whose effect to follow across the draws (repeatable)")
            ("worlds", po::value(&o.worlds), "a calibration's worlds.csv: its plausible worlds, in order, are the draws (--method uncertainty)")
            ("out,o", po::value(&o.out_dir), "write sensitivity.json, indices.csv and draws.csv into this directory")
            ("json", po::bool_switch(&o.json), "print sensitivity.json instead of the table");
        // clang-format on
        auto vm = parse_options("sensitivity", "MODEL [-s SCENARIO]... [--method morris|sobol|uncertainty] [options]",
                                options, positional, args);
        if (!vm) return exit_ok;
        o.simulation.read(*vm);
        method_named(o.method);
        for (const std::string& file : o.compare_with) note_input(file);
        const auto worlds = worlds_of(o, *vm);
        if (!o.out_dir.empty()) OutputDir(o.out_dir).check();
        try {
            return run_study(o, worlds, command_line("sensitivity", args));
        } catch (const DrawSharing::FailedElsewhere&) {
            return exit_bad_input;
        }
    });
}

}  // namespace pathways::cli
