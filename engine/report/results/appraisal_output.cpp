#include "report/results/appraisal_output.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "report/results/csv.h"
#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways {

namespace {

Json range_json(const ValueRange& r) { return {{"mean", r.mean}, {"low", r.low}, {"high", r.high}}; }

Json cost_per_household_json(const std::optional<CostPerHousehold>& c) {
    if (!c) return nullptr;
    return {{"mean", c->mean}, {"low", c->low}, {"high", c->high ? Json(*c->high) : Json()}};
}

Json measures_json(const AppraisalRun& run, const OptionAppraisal& o) {
    Json out = Json::array();
    for (std::size_t m = 0; m < run.measures.size(); ++m)
        out.push_back(
            {{"id", run.measures[m].id}, {"value", range_json(o.value[m])}, {"change", range_json(o.change[m])}});
    return out;
}

Json option_json(const AppraisalRun& run, std::size_t d) {
    const OptionAppraisal& o = run.appraisal.options[d];
    const auto& ratio = o.frontier.incremental_ratio;
    return {{"actions", run.options[d]},
            {"cost_per_year", run.option_costs[d]},
            {"measures", measures_json(run, o)},
            {"effect", range_json(o.effect)},
            {"cost_per_household", cost_per_household_json(o.cost_per_household)},
            {"frontier", o.frontier.dominance == Dominance::none},
            {"dominance", dominance_name(o.frontier.dominance)},
            {"incremental_cost_per_household", ratio ? Json(*ratio) : Json()},
            {"probability_best", o.probability_best},
            {"samples", o.effect.samples}};
}

Json action_json(const AppraisalAction& a) {
    Json out = {{"id", a.id}, {"name", a.name}, {"file", a.file}};
    if (a.decided_by.empty())
        out["cost_per_year"] = a.cost_per_year;
    else
        out["decided_by"] = a.decided_by;
    return out;
}

Json ask_json(const AppraisalRun& run, const AppraisalAsk& ask) {
    Json out = action_json(ask.action);
    out["measures"] = measures_json(run, ask.result);
    out["effect"] = range_json(ask.result.effect);
    return out;
}

Json budget_json(const AppraisalRun& run, const BudgetAppraisal& b) {
    Json evidence = Json::array();
    for (const EvidenceValue& e : b.evidence) {
        const UncertainParameter& p = run.parameters[e.parameter];
        evidence.push_back({{"parameter", p.id},
                            {"label", p.label},
                            {"evppi", e.evppi.value},
                            {"choice_changes", e.evppi.choice_changes}});
    }
    std::sort(evidence.begin(), evidence.end(),
              [](const Json& x, const Json& y) { return x["evppi"].get<double>() > y["evppi"].get<double>(); });
    Json out = {{"budget", b.budget},
                {"best", run.options[b.best]},
                {"probability_best", b.probability_best},
                {"evidence", evidence}};
    out["evpi"] = run.samples == "replications" ? Json() : Json(b.evpi);
    return out;
}

Json samples_json(const AppraisalRun& run) {
    const bool replications = run.samples == "replications";
    Json out = {
        {"kind", run.samples},
        {"count", run.sample_count},
        {"replications_per_sample", run.replications_per_sample},
        {"interval", replications ? "95% confidence interval of the mean" : "the middle 90% of plausible worlds"}};
    if (!run.worlds_file.empty()) out["worlds_file"] = run.worlds_file;
    return out;
}

Json selection_json(const AppraisalRun& run) {
    if (run.samples != "replications") return nullptr;
    return {{"procedure",
             "OCBA (optimal computing budget allocation, Chen and others 2000) with common random numbers: a first "
             "stage for every option, then as many replications again in 5 rounds, each shared among the options "
             "that could still be best within a budget"},
            {"first_stage", run.first_stage},
            {"replications", run.replications}};
}

Json search_json(const AppraisalRun& run) {
    return {{"exhaustive", run.exhaustive},
            {"packages", run.packages},
            {"run", run.options.size() - 1},
            {"heuristic", run.exhaustive ? Json()
                                         : Json("every action alone and in pairs, and the chain that adds actions "
                                                "by effect per pound while none clashes")}};
}

Json measure_json(const AppraisalMeasure& m) {
    return {{"id", m.id},
            {"label", m.label},
            {"better", m.higher_is_better ? "higher" : "lower"},
            {"headline", m.headline}};
}

}  // namespace

Json appraisal_json(const AppraisalRun& run) {
    Json j;
    j["format"] = "pathways-appraisal/1";
    j["model"] = {{"file", run.model_file}, {"name", run.model_name}, {"sha256", run.model_sha256}};
    j["scenario_sha256"] = run.scenario_sha256;
    j["currency"] = run.currency;
    j["seed"] = run.seed;
    j["measure"] = measure_json(run.measures[run.measure]);
    j["measures"] = Json::array();
    for (const AppraisalMeasure& m : run.measures) j["measures"].push_back(measure_json(m));
    j["samples"] = samples_json(run);
    j["selection"] = selection_json(run);
    j["search"] = search_json(run);
    j["actions"] = Json::array();
    for (const AppraisalAction& a : run.actions) j["actions"].push_back(action_json(a));
    j["asks"] = Json::array();
    for (const AppraisalAsk& a : run.asks) j["asks"].push_back(ask_json(run, a));
    j["clashes"] = Json::array();
    for (const AppraisalClash& c : run.clashes) j["clashes"].push_back({{"actions", c.actions}, {"paths", c.paths}});
    j["options"] = Json::array();
    for (std::size_t d = 0; d < run.options.size(); ++d) j["options"].push_back(option_json(run, d));
    j["budgets"] = Json::array();
    for (const BudgetAppraisal& b : run.appraisal.budgets) j["budgets"].push_back(budget_json(run, b));
    return j;
}

std::string option_name(const AppraisalRun& run, std::size_t option) {
    std::vector<std::string> names;
    for (const std::string& id : run.options[option]) {
        const auto a = std::find_if(run.actions.begin(), run.actions.end(),
                                    [&id](const AppraisalAction& x) { return x.id == id; });
        names.push_back(a == run.actions.end() ? id : a->name);
    }
    return names.empty() ? "doing nothing" : listed(names);
}

namespace {

std::string joined_ids(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) {
        if (!out.empty()) out += '+';
        out += id;
    }
    return out;
}

std::vector<std::string> csv_header(const AppraisalRun& run) {
    std::vector<std::string> h = {"option",
                                  "actions",
                                  "cost_per_year",
                                  "effect_mean",
                                  "effect_low",
                                  "effect_high",
                                  "cost_per_household",
                                  "cost_per_household_low",
                                  "cost_per_household_high",
                                  "frontier",
                                  "dominance",
                                  "incremental_cost_per_household"};
    for (double b : run.budgets) h.push_back("probability_best_within_" + csv_number(b));
    for (const AppraisalMeasure& m : run.measures) {
        for (const char* part : {"_mean", "_low", "_high", "_change_mean", "_change_low", "_change_high"})
            h.push_back(m.id + part);
    }
    return h;
}

std::string optional_number(const std::optional<double>& x) { return x ? csv_number(*x) : ""; }

std::vector<std::string> csv_row(const AppraisalRun& run, std::size_t d) {
    const OptionAppraisal& o = run.appraisal.options[d];
    const auto& c = o.cost_per_household;
    std::vector<std::string> row = {csv_field(joined_ids(run.options[d])),
                                    csv_field(option_name(run, d)),
                                    csv_number(run.option_costs[d]),
                                    csv_number(o.effect.mean),
                                    csv_number(o.effect.low),
                                    csv_number(o.effect.high),
                                    c ? csv_number(c->mean) : "",
                                    c ? csv_number(c->low) : "",
                                    c ? optional_number(c->high) : "",
                                    o.frontier.dominance == Dominance::none ? "yes" : "no",
                                    dominance_name(o.frontier.dominance),
                                    optional_number(o.frontier.incremental_ratio)};
    for (double p : o.probability_best) row.push_back(csv_number(p));
    for (std::size_t m = 0; m < run.measures.size(); ++m) {
        for (const ValueRange* r : {&o.value[m], &o.change[m]})
            for (double x : {r->mean, r->low, r->high}) row.push_back(csv_number(x));
    }
    return row;
}

}  // namespace

std::string options_csv(const AppraisalRun& run) {
    CsvWriter csv;
    csv.row(csv_header(run));
    for (std::size_t d = 0; d < run.options.size(); ++d) csv.row(csv_row(run, d));
    return csv.str();
}

namespace {

std::string households(double x) { return text::people_count(x); }

// The value of evidence is often a fraction of a household: never "0" for something above 0.
std::string worth(double x) { return x > 0 && x < 0.05 ? "less than 0.1" : households(x); }

std::string kept(const ValueRange& effect, const std::string& interval) {
    std::string out = households(effect.mean);
    out += " households a year";
    if (households(effect.low) == households(effect.high)) return out;
    out += " (" + households(effect.low);
    out += " to " + households(effect.high);
    out += ", " + interval + ")";
    return out;
}

std::string interval_words(const AppraisalRun& run) {
    return run.samples == "replications" ? "95% interval" : "the middle 90% of plausible worlds";
}

std::string sure_words(const AppraisalRun& run, double p) {
    const std::string share = text::percent_of_all(p);
    return run.samples == "replications" ? "best with probability " + share + " (model as written)"
                                         : "best in " + share + " of plausible worlds";
}

// The option most often best after the best, if any is ever best.
std::optional<std::size_t> runner_up(const AppraisalRun& run, std::size_t budget) {
    const std::size_t best = run.appraisal.budgets[budget].best;
    std::optional<std::size_t> next;
    for (std::size_t d = 0; d < run.appraisal.options.size(); ++d) {
        const double p = run.appraisal.options[d].probability_best[budget];
        if (d != best && p > 0 && (!next || p > run.appraisal.options[*next].probability_best[budget])) next = d;
    }
    return next;
}

void budget_lines(const AppraisalRun& run, std::size_t budget, std::ostringstream& out) {
    const BudgetAppraisal& b = run.appraisal.budgets[budget];
    const OptionAppraisal& best = run.appraisal.options[b.best];
    out << "Within " << text::money_rounded(b.budget, run.currency)
        << " a year: " << text::capitalised(option_name(run, b.best)) << " ("
        << text::money(run.option_costs[b.best], run.currency) << " a year)\n";
    out << "  keeps " << kept(best.effect, interval_words(run)) << "\n";
    if (best.cost_per_household)
        out << "  " << text::money_rounded(best.cost_per_household->mean, run.currency)
            << " a year per household kept\n";
    out << "  " << sure_words(run, b.probability_best);
    if (const auto next = runner_up(run, budget))
        out << "; next: " << option_name(run, *next) << " ("
            << text::percent_of_all(run.appraisal.options[*next].probability_best[budget]) << ")";
    out << "\n\n";
}

std::optional<std::size_t> alone(const AppraisalRun& run, const std::string& id) {
    for (std::size_t d = 1; d < run.options.size(); ++d)
        if (run.options[d].size() == 1 && run.options[d].front() == id) return d;
    return std::nullopt;
}

void actions_lines(const AppraisalRun& run, std::ostringstream& out) {
    out << "Each action alone (households kept a year, " << interval_words(run) << "):\n";
    for (const AppraisalAction& a : run.actions) {
        const auto d = alone(run, a.id);
        out << "  " << table_cell(one_line(a.name), 44)
            << table_cell(text::money(a.cost_per_year, run.currency), 10, Align::right);
        if (!d) {
            out << "  over every budget\n";
            continue;
        }
        const OptionAppraisal& o = run.appraisal.options[*d];
        out << "  " << table_cell(households(o.effect.mean), 6, Align::right) << " (" << households(o.effect.low)
            << " to " << households(o.effect.high) << ")";
        if (o.cost_per_household)
            out << ", " << text::money_rounded(o.cost_per_household->mean, run.currency) << " each";
        out << (o.frontier.dominance == Dominance::none ? "" : ", dominated") << "\n";
    }
    out << "\n";
}

void asks_lines(const AppraisalRun& run, std::ostringstream& out) {
    if (run.asks.empty()) return;
    out << "Asks of others (appraised apart, never in a package):\n";
    for (const AppraisalAsk& a : run.asks) {
        out << "  " << one_line(a.action.name) << " (" << one_line(a.action.decided_by) << "): ";
        out << (a.result.effect.mean >= 0 ? "keeps " : "adds ")
            << kept(a.result.effect.mean >= 0
                        ? a.result.effect
                        : ValueRange{-a.result.effect.mean, -a.result.effect.high, -a.result.effect.low, 0},
                    interval_words(run))
            << "\n";
    }
    out << "\n";
}

void evidence_lines(const AppraisalRun& run, std::ostringstream& out) {
    if (run.appraisal.budgets.empty() || run.appraisal.budgets.back().evidence.empty()) return;
    const BudgetAppraisal& b = run.appraisal.budgets.back();
    std::vector<EvidenceValue> evidence = b.evidence;
    std::stable_sort(evidence.begin(), evidence.end(),
                     [](const EvidenceValue& x, const EvidenceValue& y) { return x.evppi.value > y.evppi.value; });
    out << "Evidence worth collecting (within " << text::money_rounded(b.budget, run.currency)
        << " a year; knowing everything would be worth " << worth(b.evpi) << " households a year):\n";
    for (std::size_t k = 0; k < std::min<std::size_t>(5, evidence.size()); ++k) {
        const EvidenceValue& e = evidence[k];
        out << "  " << one_line(run.parameters[e.parameter].label) << ": worth " << worth(e.evppi.value)
            << " households a year; could change the choice in " << text::percent_of_all(e.evppi.choice_changes)
            << " of worlds\n";
    }
    out << "\n";
}

void clash_lines(const AppraisalRun& run, std::ostringstream& out) {
    if (run.clashes.empty()) return;
    out << "Not combined (both change one figure):\n";
    for (const AppraisalClash& c : run.clashes) out << "  " << listed(c.actions) << ": " << listed(c.paths) << "\n";
    out << "\n";
}

}  // namespace

std::string appraisal_table(const AppraisalRun& run) {
    std::ostringstream out;
    out << "Appraisal of " << run.actions.size() << " council actions on \"" << run.measures[run.measure].label << "\"";
    if (run.samples == "replications")
        out << ", on the model as written (" << run.replications
            << " replications, spent where the ranking is unclear)\n\n";
    else
        out << ", across " << run.sample_count << " plausible worlds\n\n";
    for (std::size_t b = 0; b < run.appraisal.budgets.size(); ++b) budget_lines(run, b, out);
    actions_lines(run, out);
    asks_lines(run, out);
    evidence_lines(run, out);
    clash_lines(run, out);
    return out.str();
}

}  // namespace pathways
