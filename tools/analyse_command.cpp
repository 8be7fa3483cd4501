// pathways analyse: exact outcome probabilities and expected days for the
// model read as an absorbing Markov chain, with what that reading leaves out.
#include <cstdio>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "analysis/absorbing_chain.h"
#include "cli_common.h"
#include "format/json_members.h"
#include "report/text/shared_text.h"
#include "terminal_text.h"

namespace pathways::cli {

namespace {

Json optional_number(const std::optional<double>& x) { return x ? Json(*x) : Json(nullptr); }

Json outcomes_json(const Model& model, const ChainFigures& f) {
    Json out = Json::object();
    for (StageIndex s = 0; s < model.stages.size(); ++s) {
        if (model.stages[s].kind != StageKind::outcome) continue;
        append_member(out, model.stages[s].id,
                      {{"kind", outcome_kind_name(model.stages[s].outcome)},
                       {"probability", f.outcome_probability[s]},
                       {"days_to_outcome", optional_number(f.days_to_outcome[s])}});
    }
    return out;
}

Json profile_json(const Model& model, const ProfileFigures& p) {
    Json attributes = Json::object();
    for (std::uint32_t a = 0; a < model.attributes.size(); ++a) {
        attributes[model.attributes[a].name] = model.attributes[a].values[model.profile_value(p.profile, a)];
    }
    return {{"attributes", attributes},
            {"weight", p.weight},
            {"outcomes", outcomes_json(model, p.figures)},
            {"time_in_system_days", p.figures.time_in_system_days}};
}

Json analysis_json(const Model& model, const ChainAnalysis& a) {
    Json visits = Json::object();
    // Room made first: an ordered object that grows copies its members whole.
    visits.get_ref<Json::object_t&>().reserve(model.stages.size());
    for (StageIndex s = 0; s < model.stages.size(); ++s) append_member(visits, model.stages[s].id, a.overall.visits[s]);
    Json profiles = Json::array();
    for (const ProfileFigures& p : a.by_profile) profiles.push_back(profile_json(model, p));
    return {{"format", "pathways-analysis/1"},
            {"model", {{"name", model.name}}},
            {"outcomes", outcomes_json(model, a.overall)},
            {"time_in_system_days", a.overall.time_in_system_days},
            {"visits", visits},
            {"by_profile", profiles},
            {"left_out", a.left_out}};
}

std::string fixed(double x, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, x);
    return buffer;
}

void outcome_rows(std::ostringstream& out, const Model& model, const ChainFigures& f) {
    out << "  " << table_cell("outcome", 28) << table_cell("probability", 13) << "days to outcome\n";
    for (StageIndex s = 0; s < model.stages.size(); ++s) {
        if (model.stages[s].kind != StageKind::outcome) continue;
        out << "  " << table_cell(model.stages[s].id, 28) << table_cell(fixed(f.outcome_probability[s], 4), 13)
            << (f.days_to_outcome[s] ? fixed(*f.days_to_outcome[s], 1) : "-") << "\n";
    }
    out << "  mean days in the system: " << fixed(f.time_in_system_days, 1) << "\n";
}

std::string profile_name(const Model& model, std::uint32_t profile) {
    std::string name;
    for (std::uint32_t a = 0; a < model.attributes.size(); ++a) {
        name += (name.empty() ? "" : ", ") + model.attributes[a].name + " " +
                model.attributes[a].values[model.profile_value(profile, a)];
    }
    return name;
}

std::string analysis_table(const Model& model, const ChainAnalysis& a) {
    std::ostringstream out;
    out << "Exact analysis of " << (model.name.empty() ? "the model" : terminal_line(model.name))
        << " read as an absorbing Markov chain\n\nEveryone arriving:\n";
    outcome_rows(out, model, a.overall);
    out << "\n  " << table_cell("stage", 28) << "expected visits per person\n";
    for (StageIndex s = 0; s < model.stages.size(); ++s) {
        if (model.stages[s].kind == StageKind::outcome) continue;
        out << "  " << table_cell(model.stages[s].id, 28) << fixed(a.overall.visits[s], 3) << "\n";
    }
    if (!model.attributes.empty()) {
        for (const ProfileFigures& p : a.by_profile) {
            out << "\n" << profile_name(model, p.profile) << " (expected arrivals " << fixed(p.weight, 1) << "):\n";
            outcome_rows(out, model, p.figures);
        }
    }
    out << "\nLeft out of this reading" << (a.left_out.empty() ? ": nothing\n" : ":\n");
    for (const std::string& s : a.left_out) out << "  - " << s << "\n";
    return out.str();
}

}  // namespace

int analyse_command(const Args& args) {
    return run_guarded("analyse", [&] {
        po::options_description options("Analyse options");
        // One option a line, as --help lists them.
        // clang-format off
        options.add_options()
            ("model", po::value<std::string>()->required(), "the model file")
            ("scenario,s", po::value<std::vector<std::string>>()->default_value(std::vector<std::string>{}, "none"),
             "a scenario to apply (repeatable, applied in order)")
            ("json", po::bool_switch(), "print the analysis as JSON instead of a table");
        // clang-format on
        po::positional_options_description positional;
        positional.add("model", 1);
        auto vm = parse_options("analyse", "MODEL [-s SCENARIO]... [--json]", options, positional, args);
        if (!vm) return exit_ok;
        auto loaded =
            load_or_report((*vm)["model"].as<std::string>(), (*vm)["scenario"].as<std::vector<std::string>>());
        if (!loaded) return exit_bad_input;
        ChainAnalysis analysis;
        try {
            analysis = analyse_chain(*loaded->model);
        } catch (const std::invalid_argument& e) {
            std::cerr << "pathways analyse: " << terminal_line(e.what()) << "\n";
            return exit_bad_input;
        }
        const Model& model = *loaded->model;
        std::cout << ((*vm)["json"].as<bool>() ? analysis_json(model, analysis).dump(2) + "\n"
                                               : terminal_text(analysis_table(model, analysis)));
        return exit_ok;
    });
}

}  // namespace pathways::cli
