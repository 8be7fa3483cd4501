#include "report/results/comparison_table.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <sstream>

#include "metrics/metric_layout.h"
#include "report/results/rough_sleeping.h"
#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways {

namespace {

// 2 + 28 + 9 + 1 + 9 + 2 leaves 29 columns of an 80-column terminal for the change.
constexpr std::size_t label_width = 28;
constexpr std::size_t value_width = 9;
constexpr std::size_t text_width = 78;

// One line of the table: a figure in both runs and the change.
struct Row {
    std::string label;
    const MetricDifference* difference = nullptr;
    double scale = 1;                          // cost a year: the window's total over its years
    std::optional<Better> way = std::nullopt;  // when the catalogue's direction is not the people's
};

std::string value_text(const MetricDifference& d, double v) {
    if (d.column.metric == Metric::target_value) return text::trimmed(v, 3);
    switch (metric_def(d.column.metric).unit) {
        case Unit::share: return text::percent(v);
        case Unit::days: return text::days_count(v);
        case Unit::places: return text::places_count(v);
        case Unit::money: return text::money_short(v, "");  // the row's label names the currency
        case Unit::people: break;
    }
    return text::people_count(v);
}

std::string change_text(const MetricDifference& d, double v) {
    if (d.column.metric != Metric::target_value && metric_def(d.column.metric).unit == Unit::share)
        return text::points_change(v);
    return text::signed_figure(value_text(d, v), v);
}

std::string unit_suffix(const MetricDifference& d) {
    if (d.column.metric == Metric::target_value) return "";
    switch (metric_def(d.column.metric).unit) {
        case Unit::share: return " pts";
        case Unit::days: return " days";
        default: return "";
    }
}

// An end of an interval keeps its sign when it rounds to nothing: "(-0.6 to -0) *"
// says the interval stops short of zero, as the star does.
std::string interval_end(const MetricDifference& d, double v) {
    const std::string text = change_text(d, v);
    if (text != "0" || v == 0) return text;
    return v < 0 ? "-0" : "+0";
}

std::string row_text(const Row& row) {
    const MetricDifference& d = *row.difference;
    const double k = row.scale;
    const std::string change = change_text(d, d.difference.mean * k) + unit_suffix(d) + " (" +
                               interval_end(d, d.difference.lo * k) + " to " + interval_end(d, d.difference.hi * k) +
                               ")" + (d.clear() ? " *" : "");
    std::vector<std::string> label = wrap_words(one_line(row.label), label_width);
    if (label.empty()) label.emplace_back();
    std::string out = "  " + padded(label[0], label_width) +
                      padded(value_text(d, d.baseline.mean * k), value_width, Align::right) + " " +
                      padded(value_text(d, d.scenario.mean * k), value_width, Align::right) + "  " + change + "\n";
    for (std::size_t i = 1; i < label.size(); ++i) out += "    " + label[i] + "\n";
    return out;
}

std::string capitalised(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

// A metric of the whole run.
const MetricDifference* find(const ScenarioComparison& s, Metric m) {
    for (const MetricDifference& d : s.differences) {
        if (d.column.metric == m) return &d;
    }
    return nullptr;
}

bool empty(const MetricDifference& d) { return d.baseline.mean == 0 && d.scenario.mean == 0; }

void add_outcomes(const Model& model, const ModelIndex& index, const ScenarioComparison& s, OutcomeKind kind,
                  std::vector<Row>& rows) {
    for (const MetricDifference& d : s.differences) {
        if (d.column.metric != Metric::outcome_share || model.stages[d.column.item.stage].outcome != kind) continue;
        rows.push_back({capitalised(metric_label(model, index, d.column.metric, d.column.item)), &d});
    }
}

// Money's cells are bare to fit their column, so its label names the currency: "Cost a year (£)".
std::string money_label(std::string label, const MetricDifference& d, const std::string& currency) {
    if (currency.empty() || metric_def(d.column.metric).unit != Unit::money) return label;
    return label.append(" (").append(text::currency_mark(currency)).append(")");
}

// Settled and lost first, then sleeping rough, time in the pathway and cost a year.
std::vector<Row> headline_rows(const Model& model, const ModelIndex& index, const Results& baseline,
                               const ScenarioComparison& s) {
    std::vector<Row> rows;
    add_outcomes(model, index, s, OutcomeKind::settled, rows);
    add_outcomes(model, index, s, OutcomeKind::drop_off, rows);
    for (const MetricDifference& d : s.differences) {
        if (d.column.metric == Metric::entries && rough_sleeping(model.stages[d.column.item.stage]))
            rows.push_back(
                {capitalised(metric_label(model, index, d.column.metric, d.column.item)), &d, 1, Better::lower});
    }
    if (const auto* d = find(s, Metric::time_mean))
        rows.push_back({capitalised(metric_def(Metric::time_mean).label) + " (days)", d});
    const double years = (baseline.settings.horizon_days - baseline.settings.warmup_days) / days_a_year;
    if (const auto* d = find(s, Metric::cost_total); d && years > 0) {
        rows.push_back({money_label("Cost a year", *d, baseline.currency), d, 1 / years});
    }
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const Row& r) { return empty(*r.difference); }), rows.end());
    return rows;
}

// Format 1.2 headline measures, a year: when a model has them, they alone
// decide the verdict, so moving people into a stage with another name cannot
// pass for helping them.
std::vector<Row> measure_rows(const Model& model, const ModelIndex& index, const ScenarioComparison& s) {
    std::vector<Row> rows;
    for (const MetricDifference& d : s.differences) {
        const std::uint32_t m = d.column.item.slot;
        if (d.column.metric == Metric::measure_per_year && m < model.measures.size() && model.measures[m].headline)
            rows.push_back({capitalised(metric_label(model, index, d.column.metric, d.column.item)), &d});
    }
    return rows;
}

std::string verdict(const Model& model, const ModelIndex& index, const std::vector<Row>& rows, const char* what) {
    std::size_t better = 0, worse = 0;
    for (const Row& r : rows) {
        const MetricDifference& d = *r.difference;
        const Better way = r.way.value_or(better_for(model, index, d.column));
        if (!d.clear() || way == Better::neither || metric_def(d.column.metric).unit == Unit::money) continue;
        const bool up = d.difference.mean > 0;
        (up == (way == Better::higher) ? better : worse) += 1;
    }
    auto figures = [what](std::size_t n) {
        std::string text = std::to_string(n);
        text.append(" headline ").append(what).append(n == 1 ? "" : "s");
        return text;
    };
    if (better == 0 && worse == 0) {
        std::string text = "no headline ";
        return text.append(what).append(" for people changes beyond the simulation's noise");
    }
    if (worse == 0) return "better for people: " + figures(better) + " better, none worse";
    if (better == 0) return "worse for people: " + figures(worse) + " worse, none better";
    return "mixed: " + figures(better) + " better for people, " + std::to_string(worse) + " worse";
}

void wrapped(std::ostringstream& out, const std::string& text, const std::string& indent) {
    for (const std::string& line : wrap_words(one_line(text), text_width - indent.size()))
        out << indent << line << "\n";
}

// Which way the change goes, in a reader's words: for people when the figure has a better direction.
std::string direction_words(const Model& model, const ModelIndex& index, const Row& row) {
    const MetricDifference& d = *row.difference;
    const double central = d.difference.mean;
    if (central == 0) return "no change";
    const Better way = row.way.value_or(better_for(model, index, d.column));
    if (way == Better::neither || metric_def(d.column.metric).unit == Unit::money)
        return central > 0 ? "goes up" : "goes down";
    return (central > 0) == (way == Better::higher) ? "helps" : "hurts";
}

// "helps in 94% of 120 plausible worlds; effect -3.1 to -0.4 pts": how far the
// change holds across a calibration's worlds; "" when not run across them.
std::string worlds_text(const Model& model, const ModelIndex& index, const Row& row, const AcrossWorlds& across) {
    const MetricDifference& d = *row.difference;
    const EffectAcrossWorlds* e = across.find(d.path);
    if (!e) return "";
    std::string text = direction_words(model, index, row);
    text.append(" in ")
        .append(text::percent_of_all(e->same_sign))
        .append(" of ")
        .append(std::to_string(across.worlds))
        .append(" plausible worlds; effect ")
        .append(interval_end(d, e->p5 * row.scale))
        .append(" to ")
        .append(interval_end(d, e->p95 * row.scale))
        .append(unit_suffix(d));
    return text;
}

void scenario_block(std::ostringstream& out, const Model& model, const ModelIndex& index, const Results& baseline,
                    const ScenarioComparison& s, bool all) {
    out << "\n";
    wrapped(out, s.name, "");
    if (!s.about.description.empty()) wrapped(out, s.about.description, "  ");
    const std::vector<Row> measures = measure_rows(model, index, s);
    std::vector<Row> rows = headline_rows(model, index, baseline, s);
    const std::string judged =
        measures.empty() ? verdict(model, index, rows, "figure")
                         : verdict(model, index, measures, "measure") + ", judged on the model's headline measures";
    wrapped(out, "Verdict: " + judged + ".", "  ");
    rows.insert(rows.begin(), measures.begin(), measures.end());
    if (s.about.has_cost())
        wrapped(out,
                "The change itself " +
                    text::change_cost(s.about.cost_one_off, s.about.cost_per_year, s.summary.currency) + ".",
                "  ");
    out << "  " << padded("", label_width) << padded("baseline", value_width, Align::right) << " "
        << padded("what-if", value_width, Align::right) << "  change (95% interval)\n";
    for (const Row& r : rows) {
        out << row_text(r);
        if (const std::string text = worlds_text(model, index, r, s.across_worlds); !text.empty())
            wrapped(out, text, "    ");
    }
    if (!all) return;
    out << "  All figures\n";
    for (const MetricDifference& d : s.differences) {
        const bool shown = std::any_of(rows.begin(), rows.end(), [&](const Row& r) { return r.difference == &d; });
        if (shown || empty(d)) continue;
        const std::string label = capitalised(metric_label(model, index, d.column.metric, d.column.item));
        out << row_text({money_label(label, d, baseline.currency), &d});
    }
}

// The rows the table shows for a what-if: the headline measures, then the headline figures.
std::vector<Row> shown_rows(const Model& model, const ModelIndex& index, const Results& baseline,
                            const ScenarioComparison& s) {
    std::vector<Row> rows = measure_rows(model, index, s);
    const std::vector<Row> figures = headline_rows(model, index, baseline, s);
    rows.insert(rows.end(), figures.begin(), figures.end());
    return rows;
}

// What the lines under the figures say, when the what-ifs ran across a calibration's worlds.
std::string worlds_intro(const std::vector<ScenarioComparison>& scenarios) {
    if (scenarios.empty() || scenarios.front().across_worlds.worlds == 0) return "";
    const AcrossWorlds& a = scenarios.front().across_worlds;
    std::string text = " Under each figure, the change across the ";
    return text.append(std::to_string(a.worlds))
        .append(" calibrated plausible worlds in ")
        .append(a.file)
        .append(", each run with the same seed and replications: in how many it goes the central change's way, "
                "and its 5th to 95th percentile.");
}

}  // namespace

std::vector<const MetricDifference*> headline_differences(const Model& model, const Results& baseline,
                                                          const ScenarioComparison& s) {
    const ModelIndex index(model);
    std::vector<const MetricDifference*> out;
    for (const Row& r : shown_rows(model, index, baseline, s)) out.push_back(r.difference);
    return out;
}

std::string comparison_table(const Model& model, const Results& baseline,
                             const std::vector<ScenarioComparison>& scenarios, bool all) {
    const ModelIndex index(model);
    std::ostringstream out;
    wrapped(out, model.name + ": each what-if against the baseline", "");
    wrapped(out,
            "Means per replication of the households arriving from day " +
                text::days_count(baseline.settings.warmup_days) + " to day " +
                text::days_count(baseline.settings.horizon_days) +
                ". The change is the what-if minus the baseline, paired on common random numbers, with its 95% "
                "interval; * marks a change clear of the simulation's noise (its interval excludes zero)." +
                worlds_intro(scenarios) + (all ? "" : " --all shows every figure."),
            "");
    for (const ScenarioComparison& s : scenarios) scenario_block(out, model, index, baseline, s, all);
    return out.str();
}

}  // namespace pathways
