#include "report/results/comparison_report.h"

#include <algorithm>

#include "report/results/csv.h"
#include "report/results/results_json.h"

namespace pathways {

Json scenario_about_json(const ScenarioDescription& about) {
    Json entry = Json::object();
    for (const auto& [key, text] : {std::pair{"description", &about.description}, std::pair{"source", &about.source},
                                    std::pair{"note", &about.note}, std::pair{"decided_by", &about.decided_by}}) {
        if (!text->empty()) entry[key] = *text;
    }
    if (about.cost_one_off) entry["cost"]["one_off"] = *about.cost_one_off;
    if (about.cost_per_year) entry["cost"]["per_year"] = *about.cost_per_year;
    return entry;
}

namespace {

Json across_worlds_json(const AcrossWorlds& across) {
    Json effects = Json::object();
    for (const EffectAcrossWorlds& e : across.effects)
        effects[e.path] = {{"p5", e.p5}, {"p95", e.p95}, {"same_sign_share", e.same_sign}};
    return effects;
}

}  // namespace

Json comparison_json(const Results& baseline, const std::vector<ScenarioComparison>& scenarios) {
    Json out;
    out["format"] = "pathways-comparison/1";
    out["baseline"] = summary_json(baseline);
    // Only with --worlds, so that a comparison without them keeps its bytes.
    if (!scenarios.empty() && scenarios.front().across_worlds.worlds > 0)
        out["worlds"] = {{"file", scenarios.front().across_worlds.file},
                         {"count", scenarios.front().across_worlds.worlds}};
    out["scenarios"] = Json::array();
    for (const auto& s : scenarios) {
        Json differences = Json::object();
        for (const auto& d : s.differences) differences[d.path] = stat_json(d.difference);
        Json entry = {{"name", s.name}, {"file", s.file}};
        entry.update(scenario_about_json(s.about));
        entry["summary"] = summary_json(s.summary);
        entry["differences"] = std::move(differences);
        if (s.across_worlds.worlds > 0) entry["across_worlds"] = across_worlds_json(s.across_worlds);
        out["scenarios"].push_back(std::move(entry));
    }
    return out;
}

std::string comparison_csv(const std::vector<ScenarioComparison>& scenarios) {
    CsvWriter csv;
    csv.row({"scenario", "metric", "baseline_mean", "scenario_mean", "difference_mean", "difference_sd",
             "difference_ci95_lo", "difference_ci95_hi", "clear_of_noise"});
    for (const auto& s : scenarios) {
        for (const auto& d : s.differences) {
            csv.row({s.name, d.path, csv_number(d.baseline.mean), csv_number(d.scenario.mean),
                     csv_number(d.difference.mean), csv_number(d.difference.sd), csv_number(d.difference.lo),
                     csv_number(d.difference.hi), d.clear() ? "yes" : "no"});
        }
    }
    return csv.str();
}

std::string across_worlds_csv(const std::vector<ScenarioComparison>& scenarios) {
    CsvWriter csv;
    csv.row(
        {"scenario", "metric", "worlds", "central_difference", "difference_p5", "difference_p95", "same_sign_share"});
    for (const auto& s : scenarios) {
        for (const EffectAcrossWorlds& e : s.across_worlds.effects) {
            const auto d = std::find_if(s.differences.begin(), s.differences.end(),
                                        [&e](const MetricDifference& m) { return m.path == e.path; });
            csv.row({s.name, e.path, std::to_string(s.across_worlds.worlds),
                     d == s.differences.end() ? "" : csv_number(d->difference.mean), csv_number(e.p5),
                     csv_number(e.p95), csv_number(e.same_sign)});
        }
    }
    return csv.str();
}

}  // namespace pathways
