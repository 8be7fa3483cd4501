#include "report/results/sensitivity_output.h"

#include <cmath>
#include <sstream>

#include "report/results/csv.h"
#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways {

namespace {

const char* spread_name(Spread s) {
    switch (s) {
        case Spread::uniform: return "uniform";
        case Spread::triangular: return "triangular";
        case Spread::loguniform: return "loguniform";
    }
    return "?";
}

Json estimate_json(const Estimate& e) { return {{"value", e.value}, {"ci95", {e.lo, e.hi}}}; }

// The indices by name, for one parameter: {"S1", value}, ... in the order indices.csv lists them.
std::vector<std::pair<const char*, Estimate>> named_indices(const MetricFindings& f, std::size_t p) {
    if (!f.morris.empty())
        return {{"mu", f.morris[p].mu}, {"mu_star", f.morris[p].mu_star}, {"sigma", f.morris[p].sigma}};
    if (!f.sobol.empty()) return {{"S1", f.sobol[p].s1}, {"ST", f.sobol[p].st}};
    return {};
}

std::vector<const char*> index_names(SensitivityMethod m) {
    if (m == SensitivityMethod::morris) return {"mu", "mu_star", "sigma"};
    if (m == SensitivityMethod::sobol) return {"S1", "ST"};
    return {};
}

Json parameters_json(const std::vector<UncertainParameter>& parameters) {
    Json out = Json::array();
    for (const auto& p : parameters) {
        Json j = {{"id", p.id},   {"label", p.label}, {"paths", p.paths},           {"scale", p.scale},
                  {"low", p.low}, {"high", p.high},   {"dist", spread_name(p.dist)}};
        if (p.dist == Spread::triangular) j["mode"] = p.mode;
        out.push_back(std::move(j));
    }
    return out;
}

Json metric_json(const SensitivityRun& run, std::size_t m) {
    const StudyMetric& metric = run.inputs.metrics[m];
    const MetricFindings& f = run.findings.metrics[m];
    Json j = {{"path", metric.path},       {"label", metric.label}, {"unit", unit_name(metric.unit)},
              {"central", metric.central}, {"mean", f.spread.mean}, {"p5", f.spread.p5},
              {"p50", f.spread.p50},       {"p95", f.spread.p95}};
    if (run.inputs.design.method == SensitivityMethod::uncertainty) return j;
    if (!f.varies) {
        j["indices"] = "no variation";
        return j;
    }
    Json indices = Json::object();
    for (std::size_t p = 0; p < run.inputs.parameters.size(); ++p) {
        Json one = Json::object();
        for (const auto& [name, e] : named_indices(f, p)) one[name] = estimate_json(e);
        indices[run.inputs.parameters[p].id] = std::move(one);
    }
    j["indices"] = std::move(indices);
    return j;
}

Json gaps_json(const SensitivityRun& run) {
    Json out = Json::array();
    for (std::size_t g = 0; g < run.inputs.gaps.size(); ++g) {
        const StudyGap& gap = run.inputs.gaps[g];
        Json j = {{"path", run.inputs.metrics[gap.metric].path},
                  {"stage", gap.stage},
                  {"kind", gap.kind},
                  {"label", gap.label},
                  {"central_rank", g + 1}};
        if (run.findings.robustness) {
            j["p_first"] = run.findings.gaps[g].first;
            j["p_top3"] = run.findings.gaps[g].top3;
        }
        out.push_back(std::move(j));
    }
    return out;
}

Json scenarios_json(const SensitivityRun& run) {
    Json out = Json::array();
    for (std::size_t s = 0; s < run.inputs.scenarios.size(); ++s) {
        const StudyScenario& scenario = run.inputs.scenarios[s];
        Json effects = Json::array();
        for (std::size_t e = 0; e < scenario.effect.size(); ++e) {
            const StudyMetric& metric = run.inputs.metrics[scenario.effect[e]];
            const std::string& headline = run.inputs.metrics[scenario.headline[e]].path;
            Json one = {{"metric", headline}, {"central", metric.central}};
            if (run.findings.robustness) {
                const ScenarioFindings& f = run.findings.scenarios[s];
                one["p_same_sign"] = f.same_sign[e];
                one["p_rises"] = f.rises[e];
                one["p_falls"] = f.falls[e];
            }
            effects.push_back(std::move(one));
        }
        Json best = Json::object();
        for (const BestScenario& b : run.findings.best) best[run.inputs.metrics[b.headline].path] = b.shares[s];
        out.push_back({{"name", scenario.name}, {"effects", std::move(effects)}, {"p_best", std::move(best)}});
    }
    return out;
}

std::string robustness_from(const SensitivityRun& run) {
    if (!run.findings.robustness) return "not measured: Morris trajectories are no sample of the plausible worlds";
    return run.worlds_file.empty() ? "the plausible worlds drawn"
                                   : "the calibrated plausible worlds in settings.worlds.file";
}

Json settings_json(const SensitivityRun& run) {
    const Design& d = run.inputs.design;
    Json j = {{"method", sensitivity_method_name(d.method)},
              {"draws", d.base},
              {"runs", d.points.size()},
              {"replications", run.replications},
              {"seed", run.inputs.seed},
              {"bootstrap_resamples", bootstrap_resamples},
              {"robustness_from", robustness_from(run)},
              {"threads", run.threads},
              {"processes", run.processes}};
    // The draws are a calibration's kept worlds, not a sample of the prior: a reader must know.
    if (!run.worlds_file.empty()) j["worlds"] = {{"file", run.worlds_file}, {"count", d.points.size()}};
    return j;
}

}  // namespace

Json sensitivity_json(const SensitivityRun& run) {
    Json j;
    j["format"] = "pathways-sensitivity/1";
    j["model"] = run.model_name;
    j["settings"] = settings_json(run);
    j["parameters"] = parameters_json(run.inputs.parameters);
    j["metrics"] = Json::array();
    for (std::size_t m = 0; m < run.inputs.metrics.size(); ++m) j["metrics"].push_back(metric_json(run, m));
    j["gaps"] = gaps_json(run);
    j["scenarios"] = scenarios_json(run);
    j["wall_seconds"] = run.wall_seconds;
    j["manifest"] = {{"command", run.command},
                     {"model_file", run.model_file},
                     {"model_sha256", run.model_sha256},
                     {"scenario_sha256", run.scenario_sha256},
                     {"pathways_version", PATHWAYS_VERSION}};
    return j;
}

std::string indices_csv(const SensitivityRun& run) {
    CsvWriter csv;
    csv.row({"metric", "parameter", "index", "value", "ci95_lo", "ci95_hi"});
    const auto names = index_names(run.inputs.design.method);
    for (std::size_t m = 0; m < run.inputs.metrics.size(); ++m) {
        const MetricFindings& f = run.findings.metrics[m];
        for (std::size_t p = 0; p < run.inputs.parameters.size(); ++p) {
            const auto estimates = named_indices(f, p);
            for (std::size_t i = 0; i < names.size(); ++i) {
                const std::string& id = run.inputs.parameters[p].id;
                if (estimates.empty()) {
                    csv.row({run.inputs.metrics[m].path, id, names[i], "", "", ""});
                    continue;
                }
                const Estimate& e = estimates[i].second;
                csv.row({run.inputs.metrics[m].path, id, names[i], csv_number(e.value), csv_number(e.lo),
                         csv_number(e.hi)});
            }
        }
    }
    return csv.str();
}

std::string draws_csv(const SensitivityRun& run) {
    CsvWriter csv;
    std::vector<std::string> header = {"draw"};
    for (const auto& p : run.inputs.parameters) header.push_back(p.id);
    for (const auto& m : run.inputs.metrics) header.push_back(m.path);
    csv.row(header);
    for (std::size_t d = 0; d < run.inputs.values.size(); ++d) {
        std::vector<std::string> row = {std::to_string(d)};
        for (double v : run.inputs.drawn[d]) row.push_back(csv_number(v));
        for (double v : run.inputs.values[d]) row.push_back(csv_number(v));
        csv.row(row);
    }
    return csv.str();
}

const char* unit_name(Unit u) {
    switch (u) {
        case Unit::share: return "share";
        case Unit::days: return "days";
        case Unit::people: return "people";
        case Unit::places: return "places";
        case Unit::money: return "money";
    }
    return "?";
}

std::string unit_figure(double value, Unit unit, const std::string& currency) {
    switch (unit) {
        case Unit::share: return text::percent(value);
        case Unit::days: return text::counted(with_thousands(text::trimmed(value, value < 10 ? 1 : 0)), "day", "days");
        case Unit::people: return text::unit_count(value);
        case Unit::places: return text::counted(text::people_count(value), "place", "places");
        case Unit::money: return text::money(value, currency);
    }
    return text::trimmed(value, 2);
}

std::string change_figure(double change, Unit unit, const std::string& currency) {
    if (unit != Unit::share) return unit_figure(change, unit, currency);
    const double points = std::abs(change) < 0.0005 ? 0.0 : change * 100;
    return text::counted(text::trimmed(points, std::abs(points) < 10 ? 1 : 0), "point", "points");
}

namespace {

// Morris trajectories walk a grid: their spread is no sample of the plausible worlds.
std::string across(const SensitivityRun& run) {
    if (!run.worlds_file.empty()) return " across calibrated plausible worlds)";
    return run.inputs.design.method == SensitivityMethod::morris ? " across the screening's grid points)"
                                                                 : " across plausible worlds)";
}

// "(uncertainty, 200 draws of 10 replications)", or where the worlds came from.
std::string study_words(const SensitivityRun& run) {
    const std::string replications = std::to_string(run.replications) + " replications";
    const std::string n = std::to_string(run.inputs.design.points.size());
    std::string words = "(";
    words.append(sensitivity_method_name(run.inputs.design.method)).append(", ");
    if (run.worlds_file.empty()) return words.append(n).append(" draws of ").append(replications).append(")");
    return words.append(n)
        .append(" calibrated plausible worlds from ")
        .append(one_line(run.worlds_file))
        .append(", ")
        .append(replications)
        .append(" each)");
}

}  // namespace

std::string sensitivity_table(const SensitivityRun& run) {
    std::ostringstream out;
    out << one_line(run.model_name) << ": how sure are we " << study_words(run) << "\n";
    for (std::size_t m = 0; m < run.inputs.metrics.size(); ++m) {
        const StudyMetric& metric = run.inputs.metrics[m];
        const MetricFindings& f = run.findings.metrics[m];
        const auto figure = metric.path.rfind("effect.", 0) == 0 ? change_figure : unit_figure;
        out << one_line(metric.label) << ": " << figure(metric.central, metric.unit, run.currency) << " ("
            << figure(f.spread.p5, metric.unit, run.currency) << " to "
            << figure(f.spread.p95, metric.unit, run.currency) << across(run);
        if (const auto p = f.leading_parameter())
            out << "; driven most by "
                << one_line(run.inputs.parameters[*p].label.empty() ? run.inputs.parameters[*p].id
                                                                    : run.inputs.parameters[*p].label);
        else if (!f.varies)
            out << "; the same in every world";
        out << "\n";
    }
    return out.str();
}

}  // namespace pathways
