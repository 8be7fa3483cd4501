#include "report/results/results_csv.h"

#include <algorithm>

#include "report/results/csv.h"

namespace pathways {

namespace {

// The catalogue's metrics of a scope that have a column, in catalogue order.
std::vector<Metric> columns_of(MetricScope scope) {
    std::vector<Metric> out;
    for (const MetricDef& d : metric_catalogue()) {
        if (d.scope == scope && d.csv) out.push_back(d.metric);
    }
    return out;
}

// "name_mean,name_sd,name_ci95_lo,name_ci95_hi" for each metric.
std::vector<std::string> header(std::vector<std::string> keys, const std::vector<Metric>& metrics) {
    for (Metric m : metrics) {
        for (const char* part : {"_mean", "_sd", "_ci95_lo", "_ci95_hi"})
            keys.push_back(metric_def(m).csv + std::string(part));
    }
    return keys;
}

// The key columns, then each metric's statistic (empty where not measured).
std::vector<std::string> row(std::vector<std::string> keys, const Figures& f, const std::vector<Metric>& metrics) {
    for (Metric m : metrics) {
        if (!f.has(m)) {
            keys.insert(keys.end(), 4, "");
            continue;
        }
        for (double v : {f[m].mean, f[m].sd, f[m].lo, f[m].hi}) keys.push_back(csv_number(v));
    }
    return keys;
}

// One row per item: its key columns, then each of the scope's metrics.
template <typename Item, typename Keys>
std::string items_csv(MetricScope scope, const std::vector<std::string>& key_names, const std::vector<Item>& items,
                      Keys keys) {
    const std::vector<Metric> metrics = columns_of(scope);
    CsvWriter csv;
    csv.row(header(key_names, metrics));
    for (const Item& item : items) csv.row(row(keys(item), item.figures, metrics));
    return csv.str();
}

}  // namespace

std::string outcomes_csv(const Results& r) {
    return items_csv(MetricScope::outcome, {"outcome", "kind"}, r.outcomes, [](const OutcomeResult& o) {
        return std::vector<std::string>{o.id, outcome_kind_name(o.kind)};
    });
}

std::string stages_csv(const Results& r) {
    return items_csv(MetricScope::stage, {"stage", "kind"}, r.stages, [](const StageResult& s) {
        return std::vector<std::string>{s.id, stage_kind_name(s.kind)};
    });
}

std::string flows_csv(const Results& r) {
    return items_csv(MetricScope::flow, {"from", "to"}, r.flows, [](const FlowResult& f) {
        return std::vector<std::string>{f.from, f.to};
    });
}

std::string measures_csv(const Results& r) {
    return items_csv(MetricScope::measure, {"measure", "label", "better", "headline"}, r.measures,
                     [](const MeasureResult& m) {
                         return std::vector<std::string>{m.id, m.label, m.higher_is_better ? "higher" : "lower",
                                                         m.headline ? "yes" : "no"};
                     });
}

std::string replications_csv(const RunResults& run) {
    CsvWriter csv;
    csv.row({"replication", "metric", "value"});
    const auto& paths = run.layout->paths();
    for (std::size_t rep = 0; rep < run.replications.size(); ++rep) {
        for (std::size_t c = 0; c < paths.size(); ++c) {
            csv.row({std::to_string(rep + 1), paths[c], csv_number(run.replications[rep][c])});
        }
    }
    return csv.str();
}

std::string occupancy_csv(const Results& r) {
    CsvWriter csv;
    csv.row({"day", "stage", "mean_occupancy"});
    std::size_t days = 0;
    for (const StageResult& s : r.stages) days = std::max(days, s.daily_occupancy.size());
    for (std::size_t day = 0; day < days; ++day) {
        for (const StageResult& s : r.stages) {
            const std::vector<double>& d = s.daily_occupancy;
            csv.row({std::to_string(day), s.id, csv_number(day < d.size() ? d[day] : 0)});
        }
    }
    return csv.str();
}

std::string curves_csv(const Results& r) {
    CsvWriter csv;
    csv.row({"day", "outcome", "share_reached"});
    const OutcomeCurves& c = r.curves;
    for (std::size_t k = 0; k < c.days.size(); ++k) {
        for (std::size_t o = 0; o < r.outcomes.size() && o < c.reached.size(); ++o) {
            csv.row({csv_number(c.days[k]), r.outcomes[o].id, csv_number(c.reached[o][k])});
        }
        csv.row({csv_number(c.days[k]), "still_in_pathway", csv_number(c.still_in_pathway[k])});
    }
    return csv.str();
}

// Long form, since stages and outcomes have different figures: one row per
// period, item and figure, ready for a pivot table.
std::string periods_csv(const Results& r) {
    CsvWriter csv;
    csv.row({"period", "from_day", "to_day", "item_kind", "item", "metric", "mean", "sd", "ci95_lo", "ci95_hi"});
    auto rows = [&](const PeriodResult& p, const char* kind, const std::string& id, const Figures& f) {
        for (const MetricDef& d : metric_catalogue()) {
            const bool per_period = d.scope == MetricScope::period_stage || d.scope == MetricScope::period_outcome ||
                                    d.scope == MetricScope::period_measure;
            if (!f.has(d.metric) || !per_period) continue;
            const Stat& v = f[d.metric];
            csv.row({p.label, csv_number(p.from_day), csv_number(p.to_day), kind, id, d.name, csv_number(v.mean),
                     csv_number(v.sd), csv_number(v.lo), csv_number(v.hi)});
        }
    };
    for (const PeriodResult& p : r.by_period) {
        for (std::size_t s = 0; s < p.stages.size(); ++s) rows(p, "stage", r.stages[s].id, p.stages[s]);
        for (std::size_t o = 0; o < p.outcomes.size(); ++o) rows(p, "outcome", r.outcomes[o].id, p.outcomes[o]);
        for (std::size_t m = 0; m < p.measures.size(); ++m) rows(p, "measure", r.measures[m].id, p.measures[m]);
    }
    return csv.str();
}

}  // namespace pathways
