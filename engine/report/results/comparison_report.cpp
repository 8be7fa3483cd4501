#include "report/results/comparison_report.h"

#include <cmath>
#include <cstdio>
#include <sstream>

#include "report/results/csv.h"
#include "report/results/results_json.h"
#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways {

Json scenario_about_json(const ScenarioDescription& about) {
    Json entry = Json::object();
    for (const auto& [key, text] : {std::pair{"description", &about.description}, std::pair{"source", &about.source},
                                    std::pair{"note", &about.note}}) {
        if (!text->empty()) entry[key] = *text;
    }
    if (about.cost_one_off) entry["cost"]["one_off"] = *about.cost_one_off;
    if (about.cost_per_year) entry["cost"]["per_year"] = *about.cost_per_year;
    return entry;
}

Json comparison_json(const Results& baseline, const std::vector<ScenarioComparison>& scenarios) {
    Json out;
    out["format"] = "pathways-comparison/1";
    out["baseline"] = summary_json(baseline);
    out["scenarios"] = Json::array();
    for (const auto& s : scenarios) {
        Json differences = Json::object();
        for (const auto& d : s.differences) differences[d.path] = stat_json(d.difference);
        Json entry = {{"name", s.name}, {"file", s.file}};
        entry.update(scenario_about_json(s.about));
        entry["summary"] = summary_json(s.summary);
        entry["differences"] = std::move(differences);
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

namespace {

std::string number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, std::fabs(v) < 1 && v != 0 ? "%.3f" : "%.1f", v);
    return buffer;
}

std::string padded(const std::string& s, std::size_t width) {
    return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

}  // namespace

std::string comparison_table(const std::string& model_name, const std::vector<ScenarioComparison>& scenarios) {
    std::ostringstream out;
    out << one_line(model_name) << ": scenarios against the baseline (paired on common random numbers)\n"
        << "A change is marked * when its 95% interval excludes zero (clear of noise).\n";
    for (const auto& s : scenarios) {
        out << "\n" << one_line(s.name) << "\n";
        if (!s.about.description.empty()) out << "  " << one_line(s.about.description) << "\n";
        if (s.about.has_cost())
            out << "  The change itself "
                << text::change_cost(s.about.cost_one_off, s.about.cost_per_year, s.summary.currency) << ".\n";
        out << "  " << padded("metric", 44) << padded("baseline", 12) << padded("scenario", 12) << padded("change", 12)
            << "95% interval of the change\n";
        for (const auto& d : s.differences) {
            if (!is_headline(d.column.metric) || (d.baseline.mean == 0 && d.scenario.mean == 0)) continue;
            out << "  " << padded(d.path, 44) << padded(number(d.baseline.mean), 12)
                << padded(number(d.scenario.mean), 12) << padded(number(d.difference.mean), 12) << "["
                << number(d.difference.lo) << ", " << number(d.difference.hi) << "]" << (d.clear() ? " *" : "") << "\n";
        }
    }
    return out.str();
}

}  // namespace pathways
