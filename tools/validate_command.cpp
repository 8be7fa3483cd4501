// pathways validate MODEL [-s SCENARIO]... [--rules [-r N]]: every problem, or "ok".
#include <algorithm>
#include <iostream>
#include <thread>

#include "cli_common.h"
#include "numeric_option.h"
#include "report/results/rules_text.h"
#include "run/results_builder.h"
#include "sim/run_limits.h"
#include "terminal_text.h"

namespace pathways::cli {

namespace {

// Simulates the model with its own settings (replications from -r) and lists
// each journey rule broken as a problem at /rules/<id>, with the first journey
// that broke it; exit 2 when any is broken.
int check_rules(const std::string& model_path, const Model& model, std::optional<std::uint32_t> replications) {
    if (model.journey_rules.empty()) {
        std::cout << "ok (the model has no journey rules to check)\n";
        return exit_ok;
    }
    RunRequest request;
    request.replications = replications.value_or(model.simulation.replications);
    request.threads = std::max(1u, std::thread::hardware_concurrency());
    std::vector<RuleResult> rules;
    try {
        rules = rule_results(model, run_model(model, request));
    } catch (const EventLimitExceeded& e) {
        throw RunError(e.what());
    } catch (const PeopleLimitExceeded& e) {
        throw RunError(e.what());
    }
    bool broken = false;
    for (const RuleResult& r : rules) {
        if (r.held()) continue;
        broken = true;
        const Diagnostic problem{Diagnostic::Severity::error, model_path, "/rules/" + r.id,
                                 r.label + ": " + rule_broken_by(r)};
        std::cerr << terminal_line(problem.to_string()) << "\n";
        if (r.first)
            for (const std::string& line : rule_trace_lines(*r.first)) std::cerr << "  " << terminal_line(line) << "\n";
    }
    if (broken) {
        std::cerr << rules_checked(rules) << "\n";
        return exit_bad_input;
    }
    std::cout << "ok: " << rules_all_held(rules.size()) << "\n";
    return exit_ok;
}

}  // namespace

int validate_command(const Args& args) {
    return run_guarded("validate", [&] {
        po::options_description options("Validate options");
        bool rules = false;
        // One option a line, as --help lists them.
        // clang-format off
        options.add_options()("model", po::value<std::string>()->required(), "the model file (JSON)")(
            "scenario,s", po::value<std::vector<std::string>>()->composing(),
            "a scenario file (merge patch) applied to the model; repeat to apply several in order")(
            "rules", po::bool_switch(&rules),
            "also simulate the model with its own settings and list each journey rule a journey broke, "
            "with the first such journey (exit 2)")(
            "replications,r", po::value<std::string>(), "with --rules: replications to run "
            "(default: the model's simulation.replications)");
        // clang-format on
        po::positional_options_description positional;
        positional.add("model", 1);
        auto vm = parse_options("validate", "MODEL [-s SCENARIO]... [--rules [-r N]]", options, positional, args);
        if (!vm) return exit_ok;
        std::vector<std::string> scenarios;
        if (vm->count("scenario")) scenarios = (*vm)["scenario"].as<std::vector<std::string>>();
        std::optional<std::uint32_t> replications;
        if (vm->count("replications")) {
            if (!rules) throw UsageError("--replications goes with --rules");
            replications = static_cast<std::uint32_t>(
                whole_number_option("replications", (*vm)["replications"].as<std::string>(), 1, 10000));
        }
        // Warnings and errors go to stderr as they are found; only a valid model prints "ok".
        const std::string model_path = (*vm)["model"].as<std::string>();
        auto loaded = load_or_report(model_path, scenarios);
        if (!loaded) return exit_bad_input;
        if (rules) return check_rules(model_path, *loaded->model, replications);
        std::cout << "ok\n";
        return exit_ok;
    });
}

}  // namespace pathways::cli
