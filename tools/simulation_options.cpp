#include "simulation_options.h"

#include <chrono>
#include <cstdint>
#include <iostream>
#include <thread>

#include <unistd.h>

#include "format/json_reader.h"
#include "numeric_option.h"
#include "progress_bar.h"

namespace pathways::cli {

void SimulationOptions::declare(po::options_description& options, po::positional_options_description& positional,
                                const char* scenario_help) {
    auto text = [](const char* fallback) { return po::value<std::string>()->default_value(fallback); };
    // One option a line, as --help lists them.
    // clang-format off
    options.add_options()
        ("model", po::value(&model_path)->required(), "the model file (JSON)")
        ("scenario,s", po::value(&scenarios)->composing(), scenario_help)
        ("replications,r", po::value(&replications), "replications to run, or 'auto' to run until precise "
                                                     "(default: the model's simulation.replications)")
        ("precision", text("0.02"), "with --replications auto: 95% half-width wanted for outcome shares (0.02 = 2 points)")
        ("precision-mean", text("0.05"),
         "with --replications auto: 95% half-width wanted for mean time in system, relative (0.05 = 5%)")
        ("max-replications", text("1000"), "with --replications auto: stop adding replications here")
        ("seed", po::value<std::string>(), "random seed (default: the model's simulation.seed)")
        ("horizon", po::value<std::string>(), "days during which people arrive (default: the model's horizon_days)")
        ("warmup", po::value<std::string>(), "days before the cohort starts (default: the model's warmup_days)")
        ("threads,j", text("0"), "threads to run replications on (0: all cores)")
        ("max-events", text("2000000000"), "stop with exit 1 if a replication passes this many events")
        ("max-people", text("5000000"),
         "stop with exit 1 if a replication has more people than this in the pathway at once (bounds memory)")
        ("quiet,q", po::bool_switch(&quiet), "no progress bar");
    // clang-format on
    positional.add("model", 1);
}

namespace {

std::string text_of(const po::variables_map& vm, const char* option) { return vm[option].as<std::string>(); }

void read_replications(const std::string& replications) {
    if (replications.empty() || replications == "auto") return;
    try {
        whole_number_option("replications", replications, 1, 10000);
    } catch (const UsageError&) {
        throw UsageError("--replications must be a whole number from 1 to 10000, or 'auto', got '" + replications +
                         "'");
    }
}

}  // namespace

void SimulationOptions::read(const po::variables_map& vm) {
    if (vm.count("seed")) seed = whole_number_option("seed", text_of(vm, "seed"), 0, UINT64_MAX);
    if (vm.count("horizon")) horizon = number_option("horizon", text_of(vm, "horizon"), 0, 1e9, true, "days");
    if (vm.count("warmup")) warmup = number_option("warmup", text_of(vm, "warmup"), 0, 1e9, false, "days");
    read_replications(replications);
    precision = number_option("precision", text_of(vm, "precision"), 0, 1, true);
    precision_mean = number_option("precision-mean", text_of(vm, "precision-mean"), 0, 100, true);
    max_replications =
        static_cast<std::uint32_t>(whole_number_option("max-replications", text_of(vm, "max-replications"), 2, 10000));
    threads = static_cast<std::uint32_t>(whole_number_option("threads", text_of(vm, "threads"), 0, 1024));
    max_events = whole_number_option("max-events", text_of(vm, "max-events"), 1, 1'000'000'000'000'000);
    max_people = whole_number_option("max-people", text_of(vm, "max-people"), 1, 1'000'000'000);
    // Known as inputs now, so that an output folder can be checked before the run.
    note_input(model_path);
    for (const std::string& s : scenarios) note_input(s);
}

void apply_overrides(Model& model, const SimulationOptions& options) {
    if (options.seed) model.simulation.seed = *options.seed;
    if (options.horizon) model.simulation.horizon_days = *options.horizon;
    if (options.warmup) model.simulation.warmup_days = *options.warmup;
    if (model.simulation.warmup_days >= model.simulation.horizon_days) {
        throw UsageError("the warm-up (" + show_number(model.simulation.warmup_days) +
                         " d) must be shorter than the horizon (" + show_number(model.simulation.horizon_days) + " d)");
    }
    // The model's own horizon was checked as it loaded; a longer one from the
    // command line would otherwise run for minutes before --max-people stops it.
    if (options.horizon) {
        for (const std::string& why :
             {expected_arrivals_problem(model), expected_supply_problem(model), periods_problem(model)}) {
            if (!why.empty()) throw UsageError("with --horizon " + show_number(*options.horizon) + ": " + why);
        }
    }
}

RunRequest make_request(const Model& model, const SimulationOptions& options) {
    RunRequest request;
    request.replications = model.simulation.replications;
    if (options.replications == "auto") {
        request.automatic = AutoReplications{};
        request.automatic->share_half_width = options.precision;
        request.automatic->mean_relative = options.precision_mean;
        request.automatic->maximum = options.max_replications;
    } else if (!options.replications.empty()) {
        request.replications = static_cast<std::uint32_t>(std::stoul(options.replications));
    }
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    request.threads = options.threads == 0 ? cores : options.threads;
    request.options.max_events = options.max_events;
    request.options.max_people = options.max_people;
    if (!options.quiet && ::isatty(STDERR_FILENO)) request.progress = progress_bar();
    return request;
}

namespace {

RunProvenance provenance_of(const LoadResult& loaded, const SimulationOptions& options, const std::string& command) {
    RunProvenance p;
    p.model_file = options.model_path;
    p.model_sha256 = loaded.model_sha256;
    p.canonical_sha256 = loaded.canonical_sha256;
    p.scenario_names = loaded.scenario_names;
    p.scenario_files = options.scenarios;
    p.scenario_sha256 = loaded.scenario_sha256;
    p.command = command;
    return p;
}

// "pathways simulate models/x.json -r 5" -> "simulate".
std::string subcommand_of(const std::string& command_line) {
    const std::size_t from = command_line.find(' ') + 1;
    return command_line.substr(from, command_line.find(' ', from) - from);
}

// Loads MODEL with its scenarios and the command-line overrides; nullopt when invalid.
std::optional<LoadResult> load_for_run(const SimulationOptions& options) {
    auto loaded = load_or_report(options.model_path, options.scenarios);
    if (loaded) apply_overrides(*loaded->model, options);
    return loaded;
}

}  // namespace

std::optional<SimulationRun> run_simulation(const SimulationOptions& options, const std::string& command,
                                            const std::function<void(RunRequest&)>& customise) {
    auto loaded = load_for_run(options);
    if (!loaded) return std::nullopt;
    const Model& model = *loaded->model;
    RunRequest request = make_request(model, options);
    if (customise) customise(request);
    RunProvenance provenance = provenance_of(*loaded, options, command);
    StudyRun study;
    try {
        study = run_and_summarise(model, request, provenance);
    } catch (const EventLimitExceeded& e) {
        throw RunError(e.what());
    } catch (const PeopleLimitExceeded& e) {
        throw RunError(e.what());
    }
    if (request.progress) std::cerr << "\r\033[K";
    warn_broken_rules(subcommand_of(command), study.results.rules);
    return SimulationRun{std::move(*loaded), std::move(study.run), std::move(study.results)};
}

std::optional<std::vector<ScenarioComparison>> run_alternatives(SimulationOptions options,
                                                                const SimulationRun& baseline,
                                                                const std::vector<std::string>& files,
                                                                const std::string& command) {
    const std::vector<std::string> underneath = options.scenarios;
    std::vector<LoadResult> loaded;
    loaded.reserve(files.size());  // the what-ifs point into it
    std::vector<WhatIf> what_ifs;
    for (const auto& file : files) {
        options.scenarios = underneath;
        options.scenarios.push_back(file);
        auto one = load_for_run(options);
        if (!one) return std::nullopt;
        std::string name = one->scenario_names.empty() ? file : one->scenario_names.back();
        RunProvenance provenance = provenance_of(*one, options, command);
        ScenarioDescription about =
            one->scenario_descriptions.empty() ? ScenarioDescription{} : one->scenario_descriptions.back();
        loaded.push_back(std::move(*one));
        what_ifs.push_back({name, file, &*loaded.back().model, std::move(provenance), std::move(about)});
    }
    options.replications = std::to_string(baseline.run.replications.size());
    RunRequest request = make_request(*baseline.loaded.model, options);
    try {
        auto out = run_what_ifs(baseline.run, what_ifs, request);
        if (request.progress) std::cerr << "\r\033[K";
        return out;
    } catch (const EventLimitExceeded& e) {
        throw RunError(e.what());
    }
}

std::uint32_t same_replications(const SimulationOptions& options, const std::string& each) {
    if (options.replications == "auto") {
        std::string message = "--replications must be a whole number here: every ";
        throw UsageError(message.append(each).append(" runs the same replications (common random numbers)"));
    }
    return options.replications.empty() ? 10 : static_cast<std::uint32_t>(std::stoul(options.replications));
}

}  // namespace pathways::cli
