// pathways appraise: what to do first. Weighs every council action alone and
// in packages within each budget, by one of the model's measures, on the
// model as written (replications spent where the ranking is unclear) or
// across plausible worlds (every option in every world), and writes
// appraisal.json, options.csv and a table in plain words.
#include <iostream>
#include <numeric>
#include <thread>

#include "analysis/sensitivity_design.h"
#include "appraisal_runs.h"
#include "cli_common.h"
#include "numeric_option.h"
#include "report/results/appraisal_output.h"
#include "sensitivity_draws.h"
#include "terminal_text.h"
#include "worlds_option.h"

namespace pathways::cli {

namespace {

struct AppraiseOptions {
    SimulationOptions simulation;
    std::vector<std::string> actions, budgets;
    std::string worlds, draws, measure, out_dir;
    bool json = false;
};

// The measure the choice is made on: --measure, else the first headline one.
std::size_t deciding_measure(const Model& model, const std::string& id) {
    if (model.measures.empty())
        throw UsageError(model.name + ": /measures: appraise judges actions by a measure (format 1.2), and the model "
                                      "has none");
    std::string known;
    for (std::size_t m = 0; m < model.measures.size(); ++m) {
        if (!id.empty() && model.measures[m].id == id) return m;
        known += (known.empty() ? "" : ", ") + model.measures[m].id;
    }
    if (!id.empty()) throw UsageError("--measure: the model has no measure '" + id + "' (it has " + known + ")");
    for (std::size_t m = 0; m < model.measures.size(); ++m)
        if (model.measures[m].headline) return m;
    return 0;
}

std::vector<double> budgets_of(const AppraiseOptions& o, const std::vector<AppraisedAction>& council,
                               const std::string& currency) {
    double cheapest = INFINITY, all = 0;
    for (const AppraisedAction& a : council) {
        cheapest = std::min(cheapest, *a.cost_per_year);
        all += *a.cost_per_year;
    }
    if (o.budgets.empty()) return {all};
    std::vector<double> out;
    for (const std::string& text : o.budgets) {
        const double b = number_option("budget", text, 0, 1e12, false, "a year");
        if (b < cheapest)
            throw UsageError("--budget " + text + ": below every action (the cheapest costs " +
                             std::to_string(static_cast<long long>(cheapest)) + " " + currency + " a year)");
        out.push_back(b);
    }
    return out;
}

struct Options {
    std::vector<OptionActions> actions;  // [0]: doing nothing
    std::vector<std::vector<std::string>> ids;
    std::vector<double> costs;
};

// Doing nothing and every package the search finds within the largest budget.
Options options_within(const PackageSearch& search, const std::vector<AppraisedAction>& council, double budget) {
    Options out{{{}}, {{}}, {0.0}};
    for (const Package& p : search.packages) {
        if (p.cost_per_year > budget) continue;
        OptionActions actions;
        std::vector<std::string> ids;
        for (std::size_t a : p.actions) {
            actions.push_back(&council[a]);
            ids.push_back(council[a].id);
        }
        std::sort(ids.begin(), ids.end());
        out.actions.push_back(std::move(actions));
        out.ids.push_back(std::move(ids));
        out.costs.push_back(p.cost_per_year);
    }
    return out;
}

std::vector<AppraisalClash> clashes_of(const PackageSearch& search, const std::vector<AppraisedAction>& council) {
    std::vector<AppraisalClash> out;
    for (const Clash& c : search.clashes) out.push_back({{council[c.first].id, council[c.second].id}, c.paths});
    return out;
}

struct Sample {
    std::string kind = "replications";
    std::vector<std::vector<double>> worlds;  // [world][parameter]
    std::string worlds_file;
};

Sample sample_of(const AppraiseOptions& o, const std::vector<UncertainParameter>& parameters) {
    Sample s;
    if (!o.worlds.empty()) {
        PlausibleWorlds worlds = read_worlds_option(o.worlds, o.simulation.model_path);
        s = {"worlds", std::move(worlds.values), o.worlds};
    } else if (!o.draws.empty()) {
        if (parameters.empty())
            throw UsageError(o.simulation.model_path + ": /uncertainty: --draws needs uncertain parameters to draw");
        const auto n = whole_number_option("draws", o.draws, 2, 100000);
        s.kind = "draws";
        for (const auto& point : sobol_points(parameters.size(), n).points)
            s.worlds.push_back(parameter_values(parameters, point));
    }
    return s;
}

std::uint32_t replications_of(const AppraiseOptions& o, bool worlds) {
    if (o.simulation.replications == "auto")
        throw UsageError("--replications auto: an appraisal spends its own replications; give a whole number");
    if (o.simulation.replications.empty()) return worlds ? 1 : 10;
    return static_cast<std::uint32_t>(whole_number_option("replications", o.simulation.replications, 1, 100000));
}

// Beyond the exhaustive limit the search needs each action's effect alone:
// a first look on the model as written.
std::vector<double> effects_alone(const OptionRunner& runner, const std::vector<AppraisedAction>& council,
                                  AppraisalInputs in, DrawSharing& sharing, unsigned threads) {
    if (council.size() <= exhaustive_package_limit) return {};
    std::vector<OptionActions> options = {{}};
    for (const AppraisedAction& a : council) options.push_back({&a});
    in.samples = AppraisalSamples::replications;
    in.options.assign(options.size(), {});
    in.budgets.clear();
    in.parameters.clear();
    run_selection(runner, options, {10, 0}, in, sharing, threads);
    const Appraisal a = appraise(in);
    std::vector<double> out;
    for (std::size_t d = 1; d < a.options.size(); ++d) out.push_back(a.options[d].effect.mean);
    return out;
}

struct Evaluated {
    std::vector<OptionSamples> options, asks;  // asks: doing nothing, then each ask
    std::uint64_t replications = 0;
};

// Every option and ask in every world; the asks after the options.
Evaluated evaluate_in_worlds(const OptionRunner& runner, std::vector<OptionActions> options, std::size_t asks,
                             const Sample& sample, std::uint32_t r, DrawSharing& sharing, unsigned threads) {
    const std::size_t packages = options.size() - asks;
    std::vector<OptionSamples> all = run_in_worlds(runner, options, sample.worlds, r, sharing, threads);
    Evaluated out;
    if (all.empty()) return out;
    out.options.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(packages));
    out.asks.push_back(all.front());
    out.asks.insert(out.asks.end(), all.begin() + static_cast<std::ptrdiff_t>(packages), all.end());
    return out;
}

// On the model as written: ranking and selection among the options, then each
// ask with as many replications as doing nothing has.
Evaluated evaluate_as_written(const OptionRunner& runner, const std::vector<OptionActions>& options,
                              const std::vector<OptionActions>& asks, AppraisalInputs in, std::uint32_t r,
                              DrawSharing& sharing, unsigned threads) {
    Evaluated out;
    out.replications = run_selection(runner, options, {r, 5}, in, sharing, threads);
    out.options = in.options;
    std::vector<OptionActions> with_nothing = {{}};
    with_nothing.insert(with_nothing.end(), asks.begin(), asks.end());
    AppraisalInputs apart;
    apart.options.resize(with_nothing.size());
    apart.higher_is_better = in.higher_is_better;
    const auto n = static_cast<std::uint32_t>(in.options.front().values.front().size());
    out.replications += run_selection(runner, with_nothing, {n, 0}, apart, sharing, threads);
    out.asks = apart.options;
    return out;
}

struct Prepared {
    LoadResult loaded;
    std::size_t measure = 0;
    AppraisedActions actions;
    std::vector<double> budgets;
    Sample sample;
    std::uint32_t replications = 1;
};

Prepared prepare(const AppraiseOptions& o) {
    auto loaded = load_or_report(o.simulation.model_path, o.simulation.scenarios);
    if (!loaded) throw UsageError(o.simulation.model_path + ": the model is invalid (problems above)");
    Prepared p{std::move(*loaded), 0, {}, {}, {}, 1};
    const Model& model = *p.loaded.model;
    p.measure = deciding_measure(model, o.measure);
    const auto files = o.actions.empty() ? bundled_actions(o.simulation.model_path) : o.actions;
    p.actions = read_actions(files, o.simulation.model_path, o.simulation.scenarios);
    if (p.actions.council.empty()) throw UsageError("no council action to appraise: give --action SCENARIO");
    p.budgets = budgets_of(o, p.actions.council, model.currency);
    p.sample = sample_of(o, model.uncertainty);
    p.replications = replications_of(o, p.sample.kind != "replications");
    return p;
}

AppraisalRun run_record(const AppraiseOptions& o, const Prepared& p, const PackageSearch& search,
                        const Options& options) {
    const Model& model = *p.loaded.model;
    AppraisalRun run;
    run.model_name = model.name;
    run.model_file = o.simulation.model_path;
    run.model_sha256 = p.loaded.model_sha256;
    run.scenario_sha256 = p.loaded.scenario_sha256;
    run.currency = model.currency;
    run.samples = p.sample.kind;
    run.worlds_file = p.sample.worlds_file;
    run.sample_count = p.sample.worlds.size();
    run.replications_per_sample = p.replications;
    run.first_stage = p.sample.kind == "replications" ? p.replications : 0;
    run.seed = model.simulation.seed;
    run.exhaustive = search.exhaustive;
    run.packages = search.packages.size();
    for (const Measure& m : model.measures) run.measures.push_back({m.id, m.label, m.higher_is_better, m.headline});
    run.measure = p.measure;
    run.parameters = model.uncertainty;
    for (const AppraisedAction& a : p.actions.council)
        run.actions.push_back({a.id, a.name, a.file, "", *a.cost_per_year});
    run.clashes = clashes_of(search, p.actions.council);
    run.options = options.ids;
    run.option_costs = options.costs;
    run.budgets = p.budgets;
    return run;
}

AppraisalInputs inputs_for(const Prepared& p, const Options& options) {
    AppraisalInputs in;
    in.samples = p.sample.kind == "replications" ? AppraisalSamples::replications : AppraisalSamples::worlds;
    in.options.resize(options.actions.size());
    for (std::size_t d = 0; d < options.costs.size(); ++d) in.options[d].cost_per_year = options.costs[d];
    for (const Measure& m : p.loaded.model->measures) in.higher_is_better.push_back(m.higher_is_better);
    in.measure = p.measure;
    in.budgets = p.budgets;
    in.parameters = p.sample.worlds;
    in.seed = p.loaded.model->simulation.seed;
    return in;
}

void add_asks(const Prepared& p, const Evaluated& e, const AppraisalInputs& in, AppraisalRun& run) {
    AppraisalInputs apart = in;
    apart.options = e.asks;
    apart.budgets.clear();
    apart.parameters.clear();
    const Appraisal a = appraise(apart);
    for (std::size_t k = 0; k < p.actions.asks.size(); ++k) {
        const AppraisedAction& ask = p.actions.asks[k];
        run.asks.push_back({{ask.id, ask.name, ask.file, ask.decided_by, 0}, a.options[k + 1]});
    }
}

void write_outputs(const AppraiseOptions& o, const AppraisalRun& run) {
    const Json j = appraisal_json(run);
    if (!o.out_dir.empty()) {
        OutputDir out(o.out_dir);
        out.add("appraisal.json", j.dump(2) + "\n");
        out.add("options.csv", options_csv(run));
        out.commit();
    }
    std::cout << (o.json ? j.dump(2) + "\n" : terminal_text(appraisal_table(run)));
}

int run_appraisal(const AppraiseOptions& o) {
    DrawSharing sharing;
    const Prepared p = prepare(o);
    const Model& model = *p.loaded.model;
    const unsigned threads =
        o.simulation.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : o.simulation.threads;
    std::vector<std::size_t> measures(model.measures.size());
    std::iota(measures.begin(), measures.end(), std::size_t{0});
    const OptionRunner runner(read_json_file(o.simulation.model_path), world_changes(o.simulation.scenarios),
                              model.levers, measures, o.simulation);
    const auto searched = searched_actions(p.actions.council, model.levers);
    const auto alone = effects_alone(runner, p.actions.council, inputs_for(p, {}), sharing, threads);
    const PackageSearch search = packages_of(searched, alone);
    const Options options =
        options_within(search, p.actions.council, *std::max_element(p.budgets.begin(), p.budgets.end()));
    std::vector<OptionActions> asks;
    for (const AppraisedAction& a : p.actions.asks) asks.push_back({&a});
    AppraisalInputs in = inputs_for(p, options);
    Evaluated e;
    if (p.sample.kind == "replications") {
        e = evaluate_as_written(runner, options.actions, asks, in, p.replications, sharing, threads);
    } else {
        auto all = options.actions;
        all.insert(all.end(), asks.begin(), asks.end());
        e = evaluate_in_worlds(runner, all, asks.size(), p.sample, p.replications, sharing, threads);
    }
    if (!sharing.root()) return exit_ok;
    in.options = e.options;
    for (std::size_t d = 0; d < in.options.size(); ++d) in.options[d].cost_per_year = options.costs[d];
    AppraisalRun run = run_record(o, p, search, options);
    run.replications = e.replications;
    run.appraisal = appraise(in);
    add_asks(p, e, in, run);
    write_outputs(o, run);
    return exit_ok;
}

}  // namespace

int appraise_command(const Args& args) {
    return run_guarded("appraise", [&] {
        AppraiseOptions o;
        po::options_description options;
        po::positional_options_description positional;
        o.simulation.declare(options, positional, "a scenario file applied under every option (repeatable, in order)");
        // One option a line, as --help lists them.
        // clang-format off
        options.add_options()
            ("action", po::value(&o.actions)->composing(), "a scenario to appraise (repeatable; default: every bundled scenario with a cost a year, or decided by someone else)")
            ("budget", po::value(&o.budgets)->composing(), "a budget a year, in the model's currency (repeatable; default: the cost of every action together)")
            ("worlds", po::value(&o.worlds), "a calibration's worlds.csv: appraise across its plausible worlds")
            ("draws", po::value(&o.draws), "appraise across this many plausible worlds drawn from the model's uncertainty section")
            ("measure", po::value(&o.measure), "the measure to choose by (default: the model's first headline measure)")
            ("out,o", po::value(&o.out_dir), "write appraisal.json and options.csv into this directory")
            ("json", po::bool_switch(&o.json), "print appraisal.json instead of the table");
        // clang-format on
        auto vm =
            parse_options("appraise", "MODEL [--action SCENARIO]... [--budget AMOUNT]... [--worlds FILE | --draws N]",
                          options, positional, args);
        if (!vm) return exit_ok;
        o.simulation.read(*vm);
        if (!o.worlds.empty() && !o.draws.empty())
            throw UsageError("--worlds and --draws cannot go together: the worlds are either a calibration's or drawn");
        for (const std::string& file : o.actions) note_input(file);
        if (!o.out_dir.empty()) OutputDir(o.out_dir).check();
        try {
            return run_appraisal(o);
        } catch (const DrawSharing::FailedElsewhere&) {
            return exit_bad_input;
        }
    });
}

}  // namespace pathways::cli
