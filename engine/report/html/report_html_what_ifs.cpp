// The what-ifs side by side (the summary's table) and what things cost a year.
#include <cmath>

#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/text/figures_text.h"

namespace pathways::report {

namespace {

double a_year(const ReportInput& in, double count) {
    const double years = cohort_years(in.results.settings);
    return years > 0 ? count / years : count;
}

std::string signed_text(double v, const std::string& text) { return (v > 0 ? "+" : "") + text; }

std::string money_a_year(const ReportInput& in, double total) {
    return text::money(a_year(in, total), in.results.currency);
}

// The change in the share of households settled: the settled outcomes' paired differences summed.
Stat settled_change(const ReportInput& in, const ScenarioComparison& s) {
    Stat sum;
    for (const OutcomeInfo& o : outcome_list(in.model)) {
        if (o.kind != "settled") continue;
        auto stage = in.model.find_stage(o.id);
        const MetricDifference* d = stage ? s.find(Metric::outcome_share, *stage) : nullptr;
        if (!d) continue;
        sum.mean += d->difference.mean;
        sum.lo += d->difference.lo;
        sum.hi += d->difference.hi;
    }
    return sum;
}

std::string interval_text(const Stat& s, std::string (*format)(double)) {
    return signed_text(s.mean, format(s.mean)) + " (" + signed_text(s.lo, format(s.lo)) + " to " +
           signed_text(s.hi, format(s.hi)) + ")";
}

std::string count_a_year(double v) { return people_number(v); }

// A drop-off outcome's change in households a year, or "suppressed" when it or either count is small.
std::string outcome_change(const ReportInput& in, const ScenarioComparison& s, const std::string& id) {
    auto stage = in.model.find_stage(id);
    const MetricDifference* d = stage ? s.find(Metric::outcome_count, *stage) : nullptr;
    if (!d) return "&ndash;";
    const Stat& c = d->difference;
    const auto index = static_cast<std::size_t>(&s - in.comparison.data());
    if (in.small.hides(std::fabs(c.mean)) || in.hidden->hides(published::outcome(id)) ||
        in.hidden->hides(published::scenario_outcome(index, id)))
        return "suppressed";
    const Stat yearly{a_year(in, c.mean), 0, a_year(in, c.lo), a_year(in, c.hi)};
    return html(interval_text(yearly, count_a_year));
}

std::string cost_change(const ReportInput& in, const ScenarioComparison& s) {
    const MetricDifference* d = s.find(Metric::cost_total, 0);
    if (!d || (d->baseline.mean == 0 && d->scenario.mean == 0)) return "&ndash;";
    const Stat& c = d->difference;
    auto money = [&](double v) { return money_a_year(in, v); };
    return html(signed_text(c.mean, money(c.mean)) + " (" + signed_text(c.lo, money(c.lo)) + " to " +
                signed_text(c.hi, money(c.hi)) + ")");
}

// How often the what-if moves each drop-off outcome the way it does as
// written: "lost contact falls in 99% of plausible worlds". Those are the
// losses the table's figures are about; the other effects are in the appendix.
std::string robustness(const ReportInput& in, const std::string& name) {
    if (!in.sensitivity) return "";
    for (const auto& sc : in.sensitivity->scenarios) {
        if (sc.name != name) continue;
        std::vector<std::string> parts;
        for (const Stage& stage : in.model.stages) {
            if (stage.outcome != OutcomeKind::drop_off) continue;
            for (const auto& e : sc.effects) {
                if (e.metric != "outcomes." + stage.id + ".share" || !e.p_same_sign || e.central == 0) continue;
                parts.push_back(stage.id == stage.label || stage.label.empty() ? stage.id : stage.label);
                parts.back() += std::string(e.central < 0 ? " falls" : " rises") + " in " + percent(*e.p_same_sign) +
                                " of plausible worlds";
            }
        }
        if (parts.empty()) return "not measured";
        std::string out = parts.front();
        for (std::size_t i = 1; i < parts.size(); ++i) out += "; " + parts[i];
        return out;
    }
    return "not in the study";
}

// points() signs its figure already.
std::string points_interval(const Stat& s) {
    return points(s.mean) + " (" + points(s.lo) + " to " + points(s.hi) + ")";
}

}  // namespace

std::string what_if_summary(const ReportInput& in) {
    std::string out = "<h3 id=\"summary-what-ifs\">The what-ifs side by side</h3>\n";
    if (in.comparison.empty()) return out + paragraph("No what-if was compared in this report.");
    Table table{"Each what-if against the pathway as it is (95% intervals); counts are households a year",
                {"What-if", "Settled homes (percentage points)"},
                {}};
    const auto outcomes = outcome_list(in.model);
    for (const auto& o : outcomes) {
        if (o.kind == "drop_off") table.columns.push_back(html(o.label) + " (a year)");
    }
    table.columns.push_back("Cost a year");
    const bool robust = in.sensitivity && !in.sensitivity->scenarios.empty();  // a study run with the what-ifs
    if (robust) table.columns.push_back("How robust");
    for (const ScenarioComparison& s : in.comparison) {
        std::vector<std::string> row = {html(s.name), html(points_interval(settled_change(in, s)))};
        for (const auto& o : outcomes) {
            if (o.kind == "drop_off") row.push_back(outcome_change(in, s, o.id));
        }
        row.push_back(cost_change(in, s));
        if (robust) row.push_back(html(robustness(in, s.name)));
        table.rows.push_back(std::move(row));
    }
    return out + table.html();
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
                       s.cost.per_day * occupancy * 365.25 + s.cost.per_entry * a_year(in, entries)});
    }
    return out;
}

std::string helped_cost(const ReportInput& in, const ScenarioComparison& s) {
    if (!s.about.cost_per_year && !s.about.cost_one_off) return "not stated";
    const double years = cohort_years(in.results.settings);
    const double cost_a_year =
        s.about.cost_per_year.value_or(0) + (years > 0 ? s.about.cost_one_off.value_or(0) / years : 0);
    const double cohort = in.results.whole[Metric::cohort_size].mean;
    const double extra_settled = a_year(in, settled_change(in, s).mean * cohort);
    if (!(extra_settled > 0)) return "no more households settled";
    return text::money(cost_a_year / extra_settled, in.results.currency);
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
    for (const StageCost& c : costs)
        stages.rows.push_back({html(c.label), html(text::money(c.per_year, in.results.currency))});
    stages.rows.push_back({"All costed stages", html(money_a_year(in, in.results.whole[Metric::cost_total].mean))});
    body += stages.html();
    if (in.comparison.empty()) return section("costs", "Costs", body);
    Table what_ifs{"Costs a year under each what-if",
                   {"What-if", "Costed stages a year", "Change (95% interval)", "The change itself",
                    "Cost a year per extra household settled"},
                   {}};
    for (const ScenarioComparison& s : in.comparison) {
        const std::string own = text::change_cost(s.about.cost_one_off, s.about.cost_per_year, in.results.currency);
        what_ifs.rows.push_back({html(s.name), html(money_a_year(in, s.summary.whole[Metric::cost_total].mean)),
                                 cost_change(in, s), html(own.empty() ? "not stated" : own), html(helped_cost(in, s))});
    }
    body += what_ifs.html() +
            paragraph("<span class=\"note\">The cost per extra household settled is what the change itself costs a "
                      "year (a one-off cost spread over the period) divided by the extra households settled a year; "
                      "savings in the costed stages are in the change column, not taken off.</span>");
    return section("costs", "Costs", body);
}

}  // namespace pathways::report
