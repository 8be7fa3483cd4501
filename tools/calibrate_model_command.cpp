// pathways calibrate MODEL.json: history matching. Runs the model across
// waves of plausible worlds, rules out those whose figures sit implausibly
// far from the published ones (the targets with role "calibration"), and
// writes calibration.json and worlds.csv: the worlds kept, for sensitivity,
// compare, gaps and the workbench to use as their draws.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <thread>

#include "analysis/sensitivity_design.h"
#include "calibration_runs.h"
#include "cli_common.h"
#include "draw_sharing.h"
#include "format/uncertainty_hash.h"
#include "numeric_option.h"
#include "output_set.h"
#include "terminal_text.h"

namespace pathways::cli {

namespace {

// An input whose problems were printed: exit 2.
struct FailedInput {};

struct CalibrateOptions {
    SimulationOptions simulation;
    std::vector<std::string> with_targets, fit;
    std::string waves = "3", draws = "200", cutoff = "3", discrepancy = "0";
    std::string out_dir;
    bool json = false;
};

HistoryMatchSettings settings_of(const CalibrateOptions& o) {
    HistoryMatchSettings s;
    s.waves = whole_number_option("waves", o.waves, 1, 20);
    s.draws = whole_number_option("draws", o.draws, 2, 100000);
    s.cutoff = number_option("cutoff", o.cutoff, 0, 1000, true);
    s.discrepancy = number_option("discrepancy", o.discrepancy, 0, 100, false);
    return s;
}

// Each uncertain parameter needs a range to search.
void check_priors(const Model& model, const std::string& file) {
    if (model.uncertainty.empty())
        throw UsageError(file + ": /uncertainty: the model lists no uncertain parameters to calibrate");
    for (const UncertainParameter& p : model.uncertainty) {
        if (!(p.high > p.low))
            throw UsageError(file + ": /uncertainty/" + p.id +
                             ": the prior range is empty (low equals high): there is nothing to calibrate");
    }
}

// Marks the figures to fit: every calibration target, or those --fit names.
void choose_fitted(std::vector<CalibrationTarget>& targets, const std::vector<std::string>& named,
                   const std::string& file) {
    for (const std::string& name : named) {
        const auto at = std::find_if(targets.begin(), targets.end(), [&](const auto& t) { return t.name == name; });
        if (at == targets.end())
            throw UsageError("--fit " + name + ": no such target (a scenario's own are named <scenario>:<id>)");
        if (at->role != TargetRole::calibration)
            throw UsageError("--fit " + name +
                             ": a validation target is never fitted; it is the independent check. Give it role "
                             "\"calibration\" in the model if it is meant to be fitted");
    }
    for (CalibrationTarget& t : targets) {
        const bool named_here = std::find(named.begin(), named.end(), t.name) != named.end();
        t.match.fit = t.role == TargetRole::calibration && (named.empty() || named_here);
    }
    if (std::none_of(targets.begin(), targets.end(), [](const auto& t) { return t.match.fit; }))
        throw UsageError(file + ": /targets: no target has role \"calibration\": there is nothing to fit to");
}

// A backtest is judged on its own figures only: the model's others may name
// periods its run never reaches, so its patch removes them.
Json own_figures_only(Json scenario, const Json& model) {
    if (!scenario.is_object() || !scenario.contains("patch") || !scenario["patch"].is_object()) return scenario;
    Json& patch = scenario["patch"];
    if (!patch.contains("targets")) patch["targets"] = Json::object();
    if (!patch["targets"].is_object() || !model.contains("targets") || !model["targets"].is_object()) return scenario;
    for (const auto& [id, target] : model["targets"].items()) {
        if (!patch["targets"].contains(id)) patch["targets"][id] = nullptr;
    }
    return scenario;
}

std::vector<TargetScenario> target_scenarios(const CalibrateOptions& o) {
    const Json model = read_json_file(o.simulation.model_path);
    std::vector<NamedText> underneath;
    for (const std::string& file : o.simulation.scenarios) underneath.push_back({file, read_json_file(file).dump()});
    std::vector<TargetScenario> out;
    for (const std::string& file : o.with_targets) {
        const Json scenario = own_figures_only(read_json_file(file), model);
        auto scenarios = underneath;
        scenarios.push_back({file, scenario.dump()});
        // Its warnings (a regime after a backtest's end) say nothing about the calibration.
        const LoadResult loaded = load_model_text({o.simulation.model_path, model.dump()}, scenarios);
        for (const Diagnostic& d : loaded.diagnostics) {
            if (d.severity == Diagnostic::Severity::error) std::cerr << terminal_line(d.to_string()) << "\n";
        }
        if (!loaded.ok()) throw FailedInput{};
        out.push_back({file, scenario.at("patch")});
    }
    return out;
}

std::vector<Json> patches_of(const std::vector<std::string>& files) {
    std::vector<Json> out;
    for (const auto& f : files) out.push_back(read_json_file(f).at("patch"));
    return out;
}

CalibrationRun describe(const CalibrateOptions& o, const LoadResult& loaded, const CalibrationRuns& runs) {
    CalibrationRun run;
    run.model_name = loaded.model->name;
    run.model_file = std::filesystem::path(o.simulation.model_path).filename().string();
    run.model_sha256 = loaded.model_sha256;
    run.uncertainty_sha256 = uncertainty_sha256(runs.parameters());
    run.scenarios = o.simulation.scenarios;
    run.with_targets = o.with_targets;
    run.fit = o.fit;
    run.parameters = runs.parameters();
    for (const CalibrationTarget& t : runs.targets()) run.figures.push_back(t);
    return run;
}

// Runs the waves; the worlds of each are shared among threads and processes.
HistoryMatch match_waves(const CalibrateOptions& o, const CalibrationRuns& runs, const CalibrationRun& run,
                         DrawSharing& sharing) {
    std::vector<MatchTarget> targets;
    for (const CalibrationFigure& f : run.figures) targets.push_back(f.match);
    const unsigned threads =
        o.simulation.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : o.simulation.threads;
    std::size_t wave = 0;
    return history_match(run.parameters.size(), targets, run.settings, [&](const auto& points) {
        if (!o.simulation.quiet && sharing.root())
            std::cerr << "wave " << ++wave << ": running " << points.size() << " worlds"
                      << (sharing.processes() > 1
                              ? " shared among " + std::to_string(sharing.processes()) + " processes"
                              : "")
                      << "\n";
        const auto flat = sharing.evaluate_everywhere(points.size(), threads, [&](std::size_t i) {
            std::vector<double> row;
            const auto values = written_parameter_values(run.parameters, points[i]);
            for (const SimulatedValue& v : runs.evaluate(values, i))
                row.insert(row.end(), {v.mean, v.variance_of_mean});
            return row;
        });
        std::vector<std::vector<SimulatedValue>> out;
        for (const auto& row : flat) {
            out.emplace_back();
            for (std::size_t t = 0; t + 1 < row.size(); t += 2) out.back().push_back({row[t], row[t + 1]});
        }
        return out;
    });
}

void write_outputs(const CalibrateOptions& o, const CalibrationRun& run) {
    const Json j = calibration_json(run);
    if (!o.out_dir.empty()) {
        OutputDir out(o.out_dir);
        out.add("calibration.json", j.dump(2) + "\n");
        out.add("worlds.csv", worlds_csv(kept_worlds(run)));
        out.commit();
    }
    std::cout << (o.json ? j.dump(2) + "\n" : terminal_text(calibration_table(run)));
}

int calibrate_model(const CalibrateOptions& o) {
    const auto start = std::chrono::steady_clock::now();
    DrawSharing sharing;
    const auto loaded = load_or_report(o.simulation.model_path, o.simulation.scenarios);
    if (!loaded) return exit_bad_input;
    check_priors(*loaded->model, o.simulation.model_path);
    CalibrationRuns runs(read_json_file(o.simulation.model_path), patches_of(o.simulation.scenarios),
                         target_scenarios(o), o.simulation, same_replications(o.simulation, "world"));
    choose_fitted(runs.targets(), o.fit, o.simulation.model_path);
    CalibrationRun run = describe(o, *loaded, runs);
    run.settings = settings_of(o);
    run.replications = same_replications(o.simulation, "world");
    run.seed = o.simulation.seed.value_or(loaded->model->simulation.seed);
    run.match = match_waves(o, runs, run, sharing);
    if (!sharing.root()) return exit_ok;
    write_outputs(o, run);
    if (!o.simulation.quiet)
        std::cerr << "took " << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
                  << " s\n";
    return exit_ok;
}

}  // namespace

int calibrate_model_command(const Args& args) {
    return run_guarded("calibrate", [&] {
        CalibrateOptions o;
        po::options_description options;
        po::positional_options_description positional;
        o.simulation.declare(options, positional, "a scenario applied in every world (repeatable, in order)");
        // One option a line, as --help lists them.
        // clang-format off
        options.add_options()
            ("with-targets", po::value(&o.with_targets)->composing(), "a scenario carrying its own targets (a backtest): its figures are matched with it applied, named <scenario>:<id> (repeatable)")
            ("fit", po::value(&o.fit)->composing(), "fit only this calibration target (repeatable; default: every target with role \"calibration\")")
            ("waves", po::value(&o.waves)->default_value("3"), "waves of history matching")
            ("draws", po::value(&o.draws)->default_value("200"), "worlds run in each wave")
            ("cutoff", po::value(&o.cutoff)->default_value("3"), "a world is ruled out when a fitted figure's implausibility reaches this")
            ("discrepancy", po::value(&o.discrepancy)->default_value("0"), "the model's own error, as a share of each figure, added to the tolerance")
            ("out,o", po::value(&o.out_dir), "write calibration.json and worlds.csv into this directory")
            ("json", po::bool_switch(&o.json), "print calibration.json instead of the table");
        // clang-format on
        auto vm = parse_options("calibrate",
                                "MODEL.json [-s SCENARIO]... [--with-targets SCENARIO]... [--waves 3] [--draws 200] "
                                "[-r 10] [--cutoff 3] [--discrepancy 0] [--out DIR]",
                                options, positional, args);
        if (!vm) return exit_ok;
        o.simulation.read(*vm);
        settings_of(o);
        for (const std::string& file : o.with_targets) note_input(file);
        if (!o.out_dir.empty()) OutputDir(o.out_dir).check();
        try {
            return calibrate_model(o);
        } catch (const FailedInput&) {
            return exit_bad_input;
        } catch (const DrawSharing::FailedElsewhere&) {
            return exit_bad_input;
        }
    });
}

}  // namespace pathways::cli
