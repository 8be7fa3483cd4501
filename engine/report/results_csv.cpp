#include "report/results_csv.h"

#include <algorithm>

#include "report/csv.h"

namespace pathways {

namespace {

// "name_mean,name_sd,name_ci95_lo,name_ci95_hi"
void add_stat_header(std::vector<std::string>& header, const std::string& name) {
    for (const char* part : {"_mean", "_sd", "_ci95_lo", "_ci95_hi"}) header.push_back(name + part);
}

void add_stat(std::vector<std::string>& row, const Stat& s) {
    for (double v : {s.mean, s.sd, s.lo, s.hi}) row.push_back(csv_number(v));
}

std::string table(const std::vector<std::string>& keys, const std::vector<std::string>& names,
                  const std::vector<std::vector<std::string>>& key_rows,
                  const std::vector<std::vector<std::string>>& paths, const RunResults& r) {
    CsvWriter csv;
    std::vector<std::string> header = keys;
    for (const auto& n : names) add_stat_header(header, n);
    csv.row(header);
    for (std::size_t i = 0; i < key_rows.size(); ++i) {
        std::vector<std::string> row = key_rows[i];
        for (const auto& p : paths[i]) {
            if (p.empty()) {
                row.insert(row.end(), 4, "");
            } else {
                add_stat(row, r.stat(p));
            }
        }
        csv.row(row);
    }
    return csv.str();
}

}  // namespace

std::string outcomes_csv(const Model& model, const RunResults& r) {
    std::vector<std::string> names = {"share", "count", "days_mean", "days_p50", "days_p90"};
    std::vector<std::vector<std::string>> keys, paths;
    for (StageIndex s : r.compiled->index.outcome_stage) {
        const Stage& stage = model.stages[s];
        const std::string b = "outcomes." + stage.id + ".";
        keys.push_back({stage.id, outcome_kind_name(stage.outcome)});
        paths.push_back({b + "share", b + "count", b + "days_to_outcome.mean", b + "days_to_outcome.p50",
                         b + "days_to_outcome.p90"});
    }
    return table({"outcome", "kind"}, names, keys, paths, r);
}

std::string stages_csv(const Model& model, const RunResults& r) {
    const std::vector<std::string> names = {"entries", "mean_wait_days", "mean_days_in_stage", "reneged",
                                            "diverted_by_deadline", "drop_offs_after", "mean_occupancy",
                                            "mean_queue_length", "utilisation", "waited"};
    std::vector<std::vector<std::string>> keys, paths;
    for (const Stage& stage : model.stages) {
        if (stage.kind == StageKind::outcome) continue;
        keys.push_back({stage.id, stage_kind_name(stage.kind)});
        std::vector<std::string> p;
        for (const auto& n : names) {
            bool service_only = n == "mean_queue_length" || n == "utilisation";
            p.push_back(service_only && stage.kind != StageKind::service ? "" : "stages." + stage.id + "." + n);
        }
        paths.push_back(p);
    }
    return table({"stage", "kind"}, names, keys, paths, r);
}

std::string flows_csv(const Model& model, const RunResults& r) {
    std::vector<std::vector<std::string>> keys, paths;
    for (const auto& [from, to] : r.compiled->index.flow) {
        const std::string& a = model.stages[from].id;
        const std::string& b = model.stages[to].id;
        keys.push_back({a, b});
        paths.push_back({"flows." + a + "." + b + ".count"});
    }
    return table({"from", "to"}, {"count"}, keys, paths, r);
}

std::string replications_csv(const RunResults& r) {
    CsvWriter csv;
    csv.row({"replication", "metric", "value"});
    const auto& paths = r.layout->paths();
    for (std::size_t rep = 0; rep < r.replications.size(); ++rep) {
        for (std::size_t c = 0; c < paths.size(); ++c) {
            csv.row({std::to_string(rep + 1), paths[c], csv_number(r.replications[rep][c])});
        }
    }
    return csv.str();
}

std::string occupancy_csv(const Model& model, const RunResults& r) {
    CsvWriter csv;
    csv.row({"day", "stage", "mean_occupancy"});
    std::size_t days = 0;
    for (const auto& d : r.daily_occupancy) days = std::max(days, d.size());
    for (std::size_t day = 0; day < days; ++day) {
        for (std::size_t s = 0; s < model.stages.size() && s < r.daily_occupancy.size(); ++s) {
            if (model.stages[s].kind == StageKind::outcome) continue;
            const auto& series = r.daily_occupancy[s];
            csv.row({std::to_string(day), model.stages[s].id, csv_number(day < series.size() ? series[day] : 0)});
        }
    }
    return csv.str();
}

std::string curves_csv(const Model& model, const RunResults& r) {
    CsvWriter csv;
    csv.row({"day", "outcome", "share_reached"});
    const auto& slots = r.compiled->index.outcome_stage;
    for (std::size_t k = 0; k < r.curve_days.size(); ++k) {
        double still = 1;
        for (std::size_t o = 0; o < slots.size() && o < r.curves.size(); ++o) {
            csv.row({csv_number(r.curve_days[k]), model.stages[slots[o]].id, csv_number(r.curves[o][k])});
            still -= r.curves[o][k];
        }
        csv.row({csv_number(r.curve_days[k]), "still_in_pathway", csv_number(std::max(0.0, still))});
    }
    return csv.str();
}

}  // namespace pathways
