// The what-ifs side by side (the summary's table) and what things cost a year.
#include <cmath>
#include <functional>
#include <optional>

#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/results/rough_sleeping.h"
#include "report/text/figures_text.h"

namespace pathways::report {

namespace {

double a_year(const ReportInput& in, double count) { return report::a_year(in.results.settings, count); }

// A whole bill a year, to three figures ("£36.1m"): to the pound would claim
// a precision the model does not have; changes to it are given in full beside it.
std::string bill(const ReportInput& in, double per_year) { return text::money_short(per_year, in.results.currency); }

std::string money_a_year(const ReportInput& in, double total) { return bill(in, a_year(in, total)); }

// The change in the share of households settled, all settled outcomes taken as
// one figure replication by replication: its interval is the paired one.
const Stat& settled_change(const ScenarioComparison& s) { return s.settled.difference; }

// A figure over its 95% interval, on two lines so that a narrow column holds it.
// Each figure is kept whole: a line never breaks between a minus and its number.
std::string whole_figure(const std::string& figure) {
    return "<span class=\"figure-whole\">" + html(figure) + "</span>";
}

std::string interval_cell(const Stat& s, const std::function<std::string(double)>& format) {
    return whole_figure(format(s.mean)) + "<br><span class=\"note\">" + whole_figure(format(s.lo)) + " to " +
           whole_figure(format(s.hi)) + "</span>";
}

std::string signed_count(double v) { return text::signed_figure(people_number(v), v); }

// A count's change in households (or entries) a year, or "suppressed" when it or either run's count is small.
std::string count_change(const ReportInput& in, const MetricDifference* d, bool hidden = false) {
    if (!d) return "&ndash;";
    const Stat& c = d->difference;
    if (hidden || change_hidden(in.small, c.mean, d->baseline.mean, d->scenario.mean)) return "suppressed";
    return interval_cell({a_year(in, c.mean), 0, a_year(in, c.lo), a_year(in, c.hi)}, signed_count);
}

// An outcome's change, hidden too when the published folder hides either run's count of it.
std::string outcome_change(const ReportInput& in, const ScenarioComparison& s, const std::string& id) {
    auto stage = in.model.find_stage(id);
    const auto index = static_cast<std::size_t>(&s - in.comparison.data());
    const bool hidden =
        in.hidden->hides(published::outcome(id)) || in.hidden->hides(published::scenario_outcome(index, id));
    return count_change(in, stage ? s.find(Metric::outcome_count, *stage) : nullptr, hidden);
}

// The stages whose entries count spells of sleeping rough, as the terminal's comparison finds them.
std::vector<StageIndex> rough_sleeping_stages(const Model& model) {
    std::vector<StageIndex> out;
    for (StageIndex i = 0; i < model.stages.size(); ++i) {
        if (rough_sleeping(model.stages[i])) out.push_back(i);
    }
    return out;
}

std::string cost_change(const ReportInput& in, const ScenarioComparison& s) {
    const MetricDifference* d = s.find(Metric::cost_total, 0);
    if (!d || (d->baseline.mean == 0 && d->scenario.mean == 0)) return "&ndash;";
    const Stat& c = d->difference;
    return interval_cell({a_year(in, c.mean), 0, a_year(in, c.lo), a_year(in, c.hi)},
                         [&](double v) { return text::signed_figure(text::money(v, in.results.currency), v); });
}

// What the change itself costs a year: its yearly cost and its one-off cost spread over the period.
std::optional<double> own_cost_a_year(const ReportInput& in, const ScenarioComparison& s) {
    if (!s.about.has_cost()) return std::nullopt;
    return s.about.cost_per_year.value_or(0) + a_year(in, s.about.cost_one_off.value_or(0));
}

std::string own_cost(const ReportInput& in, const ScenarioComparison& s) {
    const auto cost = own_cost_a_year(in, s);
    return cost ? html(text::money(*cost, in.results.currency)) : "not stated";
}

// The change's own cost a year over the extra households settled a year, when
// it states a cost and settles more households clear of noise.
std::string helped_cost(const ReportInput& in, const ScenarioComparison& s) {
    const auto cost = own_cost_a_year(in, s);
    if (!cost) return "&ndash;";
    const Stat& settled = settled_change(s);
    const double cohort = in.results.whole[Metric::cohort_size].mean;
    if (!clearly_higher(settled)) return "no clear gain";
    return html(text::money(*cost / a_year(in, settled.mean * cohort), in.results.currency));
}

// How often the what-if moves each drop-off outcome the way it does in this
// report's own run: "Lost contact: falls in more than 99%" (of plausible
// worlds, as the column header says). Those are the losses the table's
// figures are about; the other effects are in the appendix. Each part names
// its outcome, so that a cell read alone says which figure moves.
std::string robustness(const ReportInput& in, const std::string& name) {
    if (!in.sensitivity) return "";
    for (const auto& sc : in.sensitivity->scenarios) {
        if (sc.name != name) continue;
        std::vector<std::string> parts;
        for (const Stage& stage : in.model.stages) {
            if (stage.outcome != OutcomeKind::drop_off) continue;
            for (const auto& e : sc.effects) {
                if (e.metric != "outcomes." + stage.id + ".share") continue;
                const WhatIfMove move = what_if_move(in, name, e);
                if (!move.change || *move.change == 0 || !move.share) continue;
                parts.push_back(stage_label(in.model, stage.id) + ": " + (*move.change < 0 ? "falls" : "rises") +
                                " in " + text::percent_of_all(*move.share));
            }
        }
        if (parts.empty()) return "not measured";
        std::string out = parts.front();
        for (std::size_t i = 1; i < parts.size(); ++i) out += "; " + parts[i];
        return text::capitalised(out);
    }
    return "not in the study";
}

std::string points_text(double change) { return points(change); }

}  // namespace

namespace {

// Format 1.2: a headline measure's change a year, paired, hidden as its counts over the period would be.
const MetricDifference* measure_difference(const ScenarioComparison& s, std::size_t m) {
    for (const MetricDifference& d : s.differences)
        if (d.column.metric == Metric::measure_per_year && d.column.item.slot == m) return &d;
    return nullptr;
}

std::string measure_change(const ReportInput& in, const ScenarioComparison& s, std::size_t m) {
    const MetricDifference* d = measure_difference(s, m);
    if (!d) return "&ndash;";
    const double years = cohort_years(in.results.settings);
    const Stat& c = d->difference;
    if (in.hidden->hides(published::measure(in.model.measures[m].id)) ||
        change_hidden(in.small, c.mean * years, d->baseline.mean * years, d->scenario.mean * years))
        return "suppressed";
    return interval_cell(c, signed_count);
}

std::vector<std::size_t> headline_measures(const Model& model) {
    std::vector<std::size_t> out;
    for (std::size_t m = 0; m < model.measures.size(); ++m)
        if (model.measures[m].headline) out.push_back(m);
    return out;
}

// The change's own cost a year over the households a year it keeps from the
// first headline measure (or adds to it, when higher is better), when it
// states a cost and the change is clear of noise.
std::string kept_cost(const ReportInput& in, const ScenarioComparison& s, std::size_t m) {
    const auto cost = own_cost_a_year(in, s);
    const MetricDifference* d = measure_difference(s, m);
    if (!cost || !d) return "&ndash;";
    const bool higher = in.model.measures[m].higher_is_better;
    const Stat& c = d->difference;
    if (!(higher ? clearly_higher(c) : clearly_lower(c))) return "no clear gain";
    return html(text::money(*cost / std::abs(c.mean), in.results.currency));
}

// The what-ifs judged by what happens to people: the headline measures.
Table measures_table(const ReportInput& in, const std::vector<std::size_t>& measures) {
    const std::string first = readable_id(in.model.measures[measures.front()].id);
    Table table{"Changes against the pathway as it is, in the headline measures (households a year over the " +
                    html(text::trimmed(cohort_years(in.results.settings), 1)) +
                    " years, at the model's central assumptions, 95% intervals below), and costs a year; a change "
                    "someone else decides says who",
                {"What-if"},
                {}};
    for (std::size_t m : measures)
        table.columns.push_back(html(text::capitalised(readable_id(in.model.measures[m].id))));
    table.columns.push_back("Costed stages");
    table.columns.push_back("Its own cost");
    table.columns.push_back(html("Own cost per household a year (" + first + ")"));
    const bool robust = in.sensitivity && !in.sensitivity->scenarios.empty();
    if (robust) table.columns.push_back("How robust (in how many plausible worlds)");
    for (const ScenarioComparison& s : in.comparison) {
        // A change the council cannot make is no purchase, however it scores.
        const std::string by = s.about.decided_by.empty() ? "" : " (decided by the " + s.about.decided_by + ")";
        std::vector<std::string> row = {html(s.name + by)};
        for (std::size_t m : measures) row.push_back(measure_change(in, s, m));
        row.push_back(cost_change(in, s));
        row.push_back(own_cost(in, s));
        row.push_back(kept_cost(in, s, measures.front()));
        if (robust) row.push_back(html(robustness(in, s.name)));
        table.rows.push_back(std::move(row));
    }
    return table;
}

// Formats 1 and 1.1: the outcomes the model names.
Table outcomes_table(const ReportInput& in) {
    const std::string unit(text::unit_plural);
    Table table{"Changes against the pathway as it is, a year over the " +
                    html(text::trimmed(cohort_years(in.results.settings), 1)) + " years (95% intervals below): " +
                    unit + " (entries for sleeping rough), settled homes in percentage points, costs",
                {"What-if", "Settled homes"},
                {}};
    const auto outcomes = outcome_list(in.model);
    for (const auto& o : outcomes) {
        if (o.kind == "drop_off") table.columns.push_back(html(o.label));
    }
    const std::vector<StageIndex> rough = rough_sleeping_stages(in.model);
    for (StageIndex r : rough)
        table.columns.push_back(html(stage_label(in.model, in.model.stages[r].id)) + " (entries)");
    table.columns.push_back("Costed stages");
    table.columns.push_back("Its own cost");
    table.columns.push_back("Own cost per extra household settled");
    const bool robust = in.sensitivity && !in.sensitivity->scenarios.empty();  // a study run with the what-ifs
    if (robust) table.columns.push_back("How robust (in how many plausible worlds)");
    for (const ScenarioComparison& s : in.comparison) {
        std::vector<std::string> row = {html(s.name), interval_cell(settled_change(s), points_text)};
        for (const auto& o : outcomes) {
            if (o.kind == "drop_off") row.push_back(outcome_change(in, s, o.id));
        }
        for (StageIndex r : rough) row.push_back(count_change(in, s.find(Metric::entries, r)));
        row.push_back(cost_change(in, s));
        row.push_back(own_cost(in, s));
        row.push_back(helped_cost(in, s));
        if (robust) row.push_back(html(robustness(in, s.name)));
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace

// What-ifs that do not move the first headline measure at all act after the
// point it counts: say so, so that a 0 there does not read as worthless.
std::string unseen_note(const ReportInput& in, std::size_t m) {
    std::vector<std::string> names;
    for (const ScenarioComparison& s : in.comparison) {
        const MetricDifference* d = measure_difference(s, m);
        if (d && d->difference.lo == 0 && d->difference.hi == 0)
            names.push_back("\xE2\x80\x9C" + s.name + "\xE2\x80\x9D");
    }
    if (names.empty()) return "";
    return paragraph(html(listed(names) + (names.size() == 1 ? " does" : " do") + " not change \xE2\x80\x9C" +
                          readable_id(in.model.measures[m].id) +
                          "\xE2\x80\x9D at all: " + (names.size() == 1 ? "it acts" : "they act") +
                          " after the point it counts. Their effects are in the other columns."));
}

std::string what_if_summary(const ReportInput& in) {
    std::string out = "<h3 id=\"summary-what-ifs\">The what-ifs side by side</h3>\n";
    if (in.comparison.empty()) return out + paragraph("No what-if was compared in this report.");
    const std::vector<std::size_t> measures = headline_measures(in.model);
    if (measures.empty()) return out + outcomes_table(in).html();
    return out + measures_table(in, measures).html() + unseen_note(in, measures.front());
}

namespace {

struct StageCost {
    std::string label;
    double per_year = 0;
};

// A stage's cost a year: its daily cost times the places in use on average
// over the arrival window, plus its cost per entry times entries a year.
std::vector<StageCost> stage_costs(const ReportInput& in, const Results& results) {
    std::vector<StageCost> out;
    for (const Stage& s : in.model.stages) {
        if (s.cost.per_day == 0 && s.cost.per_entry == 0) continue;
        const StageResult* r = results.stage(s.id);
        if (!r) continue;
        const double occupancy = r->figures[Metric::mean_occupancy].mean;
        const double entries = r->figures[Metric::entries].mean;
        out.push_back({stage_label(in.model, s.id),
                       s.cost.per_day * occupancy * days_a_year + s.cost.per_entry * a_year(in, entries)});
    }
    return out;
}

}  // namespace

std::string costs_section(const ReportInput& in) {
    const std::vector<StageCost> costs = stage_costs(in, in.results);
    if (costs.empty() && in.results.whole[Metric::cost_total].mean == 0) return "";
    std::string body = paragraph(html(
        "What the stages that carry a cost in the model (for example temporary accommodation) cost a year, over the " +
        cohort_window(in.model, in.results.settings) +
        ". Each stage's cost is its daily cost times the places in use on average, plus any cost per entry; it "
        "includes every household in the stage, not only the cohort."));
    Table stages{"Cost a year by stage, as the pathway is", {"Stage", "Cost a year"}, {}};
    for (const StageCost& c : costs) stages.rows.push_back({html(c.label), html(bill(in, c.per_year))});
    stages.rows.push_back({"All costed stages", html(money_a_year(in, in.results.whole[Metric::cost_total].mean))});
    body += stages.html();
    if (in.comparison.empty()) return section("costs", "Costs", body);
    Table what_ifs{"Costs a year under each what-if",
                   {"What-if", "Costed stages a year", "Change a year (95% interval)", "The change itself",
                    "Cost a year per extra household settled"},
                   {}};
    for (const ScenarioComparison& s : in.comparison) {
        const std::string own = text::change_cost(s.about.cost_one_off, s.about.cost_per_year, in.results.currency);
        what_ifs.rows.push_back({html(s.name), html(money_a_year(in, s.summary.whole[Metric::cost_total].mean)),
                                 cost_change(in, s), html(own.empty() ? "not stated" : own), helped_cost(in, s)});
    }
    body += what_ifs.html() +
            paragraph("<span class=\"note\">The cost per extra household settled is what the change itself costs a "
                      "year (a one-off cost spread over the period) divided by the extra households settled a year; "
                      "savings in the costed stages are in the change column, not taken off.</span>");
    return section("costs", "Costs", body);
}

}  // namespace pathways::report
