// Sections: where people end up, how long it takes, who is affected, places over time.
#include <algorithm>
#include <cmath>

#include "report/html/report_html_charts.h"
#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/results/curve_suppression.h"
#include "report/results/gaps_output.h"
#include "report/text/shared_text.h"

namespace pathways::report {

namespace {

std::string kind_words(const std::string& kind) {
    if (kind == "settled") return "settled home";
    if (kind == "drop_off") return "dropped off";
    return "other end";
}

Json interval_value(const std::string& category, const std::string& colour, const Stat& s, const std::string& text) {
    return {{"category", category}, {"colour", colour}, {"mean", s.mean}, {"lo", s.lo}, {"hi", s.hi}, {"text", text}};
}

double cohort_mean(const ReportInput& in) { return in.results.whole[Metric::cohort_size].mean; }

const AttributeValueResult* attribute_value(const Results& r, const std::string& name, const std::string& value) {
    for (const AttributeResult& a : r.by_attribute) {
        if (a.name != name) continue;
        for (const AttributeValueResult& v : a.values) {
            if (v.value == value) return &v;
        }
    }
    return nullptr;
}

double curve_at(const std::vector<double>& curve, std::size_t k) { return k < curve.size() ? curve[k] : 0.0; }

// The points of the outcome curves that the published report hides: by
// outcome, then those still in the pathway (see curve_suppression.h).
std::vector<std::vector<bool>> curve_points_hidden(const ReportInput& in) {
    const OutcomeCurves& curves = in.results.curves;
    const double cohort = cohort_mean(in);
    std::vector<std::vector<double>> counts;
    for (std::size_t o = 0; o < outcome_list(in.model).size(); ++o) {
        counts.emplace_back();
        for (std::size_t k = 0; k < curves.days.size(); ++k)
            counts.back().push_back(cohort * (o < curves.reached.size() ? curve_at(curves.reached[o], k) : 0.0));
    }
    counts.emplace_back();
    for (std::size_t k = 0; k < curves.days.size(); ++k)
        counts.back().push_back(cohort * curve_at(curves.still_in_pathway, k));
    return pathways::hidden_curve_points(in.small, counts, cohort);
}

// Where the curves stop and why the outcome table shows fewer unfinished: the
// curves end with the run, the outcome table follows journeys to their end.
std::string curves_end_text(const ReportInput& in, double last_day, bool left_hidden) {
    const std::vector<double>& still = in.results.curves.still_in_pathway;
    const double left = still.empty() ? 0 : still.back();
    const double cohort = cohort_mean(in);
    const double unfinished = in.results.whole[Metric::cohort_unfinished].mean;
    std::string out = "The lines stop at day " + days_number(last_day) +
                      " after arriving, the longest any household "
                      "of the cohort can be followed within the run";
    if (!(left > 0)) return out + ".";
    const bool unfinished_hidden = in.hidden->hides(published::unfinished());
    return out + "; " + (left_hidden ? "suppressed" : share_for(left, left * cohort, in.small)) +
           " of households are still in the pathway then. The outcome table above counts the " +
           cohort_window(in.model, in.results.settings) + ", so those journeys are counted there at their end, " +
           "and it shows " +
           (unfinished_hidden ? "suppressed" : share_for(cohort > 0 ? unfinished / cohort : 0, unfinished, in.small)) +
           " unfinished.";
}

// " Day 0 of the run is 1 April 2025; the lines end on 31 March 2030." (dated runs only)
std::string run_days_words(const ReportInput& in) {
    if (!in.model.simulation.start_date) return "";
    return " Day 0 of the run is " + date_of_day(in.model, 0) + "; the lines end on " +
           date_of_day(in.model, std::ceil(in.results.settings.horizon_days) - 1) + ".";
}

}  // namespace

std::string outcomes_section(const ReportInput& in) {
    const auto outcomes = outcome_list(in.model);
    Series series = outcome_series(outcomes);
    Json values = Json::array();
    Table table{"Where households end up (share of everyone who arrived, with 95% interval)",
                {"Outcome", "Kind", "Households", "Share", "Typical days to get there (median)"},
                {}};
    const SuppressionPlan& plan = *in.hidden;
    Stat unfinished = in.results.whole[Metric::cohort_unfinished];
    for (const auto& o : outcomes) {
        const Figures& f = outcome_figures(in, o.id);
        const Stat& share = f[Metric::outcome_share];
        const Stat& count = f[Metric::outcome_count];
        const std::string key = published::outcome(o.id);
        std::string share_text = share_interval(share, count, plan, key);
        values.push_back(plan.hides(key) ? hidden_bar(o.label, o.label, plan.hidden_text(key))
                                         : interval_value(o.label, o.label, share, share_text));
        double median = f[Metric::outcome_days_p50].mean;
        table.rows.push_back({html(o.label), html(kind_words(o.kind)), html(people_with_interval(count, plan, key)),
                              html(share_text),
                              plan.hides(key)  ? "suppressed"
                              : count.mean > 0 ? html(days_number(median))
                                               : "-"});
    }
    double cohort = cohort_mean(in);
    Stat unfinished_share{cohort > 0 ? unfinished.mean / cohort : 0, 0, cohort > 0 ? unfinished.lo / cohort : 0,
                          cohort > 0 ? unfinished.hi / cohort : 0};
    std::string still = "Still in the pathway at the end of the follow-up";
    series.names.push_back(still);
    series.colours.push_back(colour::still);
    const std::string key = published::unfinished();
    std::string still_text = share_interval(unfinished_share, unfinished, plan, key);
    values.push_back(plan.hides(key) ? hidden_bar(still, still, plan.hidden_text(key))
                                     : interval_value(still, still, unfinished_share, still_text));
    table.rows.push_back(
        {html(still), "not finished", html(people_with_interval(unfinished, plan, key)), html(still_text), "-"});
    Json spec = interval_bars("Share of the cohort reaching each outcome, with 95% intervals", values, "category",
                              "category", series, "Share of everyone who arrived", true);
    std::string body = paragraph(
        "Each bar is the share of the " + cohort_window(in.model, in.results.settings) +
        " who ended in that outcome. The thin black line "
        "across each bar is its 95% interval: the true figure for this model is very likely inside it. " +
        html(outcome_colour_words(outcomes, "people still in the pathway when the simulation stopped following them")));
    return section("outcomes", "Where people end up",
                   body + chart_figure("chart-outcomes", "Outcome shares" + hidden_bars_caption(in), spec, table));
}

std::string curves_section(const ReportInput& in) {
    const OutcomeCurves& curves = in.results.curves;
    const std::vector<double>& days = curves.days;
    const auto outcomes = outcome_list(in.model);
    Series series = outcome_series(outcomes);
    const std::string still = "Still in the pathway";
    series.names.push_back(still);
    series.colours.push_back(colour::still);
    const double cohort = cohort_mean(in);
    Json values = Json::array();
    Table table{"Share of everyone who arrived who has reached each outcome, by days since arriving",
                {"Days since arriving"},
                {}};
    for (const auto& o : outcomes) table.columns.push_back(html(o.label));
    table.columns.push_back(html(still));
    const std::size_t n = days.size();
    const std::size_t every = std::max<std::size_t>(1, n / 12);
    const auto at = curve_at;
    const std::vector<std::vector<bool>> hidden = curve_points_hidden(in);
    for (std::size_t k = 0; k < n; ++k) {
        std::vector<std::string> row = {html(days_number(days[k]))};
        auto add = [&](std::size_t part, const std::string& name, double v, bool dashed) {
            std::string text = hidden[part][k] ? "suppressed" : share_for(v, v * cohort, in.small);
            row.push_back(html(text));
            if (hidden[part][k]) return;
            values.push_back(
                {{"day", days[k]}, {"value", v}, {"series", name}, {"dashed", dashed ? "yes" : "no"}, {"text", text}});
        };
        for (std::size_t o = 0; o < outcomes.size(); ++o)
            add(o, outcomes[o].label, o < curves.reached.size() ? at(curves.reached[o], k) : 0.0, false);
        add(outcomes.size(), still, at(curves.still_in_pathway, k), true);
        if (k % every == 0 || k + 1 == n) table.rows.push_back(std::move(row));
    }
    Json spec = day_lines("Share of the cohort that has reached each outcome, by days since arrival", values, series,
                          "Share of everyone who arrived", true);
    std::string body =
        paragraph("Each line shows, for every day after a household arrives, the share of the cohort that has already "
                  "reached that outcome. The dashed line is the share still in the pathway, with no outcome yet: where "
                  "it stays high, households spend a long time waiting or moving between stages. " +
                  html(outcome_colour_words(outcomes, "the share still in the pathway")));
    if (n > 0) body += paragraph(html(curves_end_text(in, days.back(), hidden.back()[n - 1])));
    return section("curves", "How long it takes",
                   body + chart_figure("chart-curves", "Outcomes reached, by days since arriving", spec, table));
}

std::string by_attribute_section(const ReportInput& in) {
    const auto outcomes = outcome_list(in.model);
    std::string body =
        paragraph("The same outcomes, for each group of people the model tells apart (for example single people and "
                  "families). Large differences between groups show who falls out of the pathway more often. " +
                  html(who_is_counted(in.model, in.results.settings, Counted::cohort)));
    if (in.model.attributes.empty())
        return section("by-attribute", "Who is affected",
                       body + paragraph("This model does not tell groups of people apart, so there is no breakdown."));
    for (const Attribute& a : in.model.attributes) {
        Series series;
        Json values = Json::array();
        Table table{"Outcomes for each " + html(readable_id(a.name)) + " group (share of the group, 95% interval)",
                    {html(readable_id(a.name)), "Households in the group"},
                    {}};
        for (const auto& o : outcomes) table.columns.push_back(html(o.label));
        for (std::size_t v = 0; v < a.values.size(); ++v) {
            const AttributeValueResult* group = attribute_value(in.results, a.name, a.values[v]);
            static const AttributeValueResult none;
            if (!group) group = &none;
            Stat size = group->figures[Metric::attribute_cohort];
            std::string name = readable_id(a.values[v]);
            series.names.push_back(name);
            series.colours.push_back(palette()[v % palette().size()]);
            const SuppressionPlan& plan = *in.hidden;
            const bool known = group != &none;  // a group nobody is in is counted nowhere
            const std::string size_key = published::group(a.name, a.values[v]);
            std::vector<std::string> row = {html(name), html(known ? people_with_interval(size, plan, size_key)
                                                                   : people_with_interval(size, in.small))};
            for (std::size_t oi = 0; oi < outcomes.size(); ++oi) {
                const auto& o = outcomes[oi];
                Stat share =
                    oi < group->outcomes.size() ? group->outcomes[oi][Metric::attribute_outcome_share] : Stat{};
                Stat count{share.mean * size.mean, 0, share.lo * size.mean, share.hi * size.mean};
                const std::string key = published::group_outcome(a.name, a.values[v], o.id);
                const bool hidden = known && (plan.hides(size_key) || plan.hides(key));
                std::string text = hidden ? "suppressed" : share_interval(share, count, in.small);
                row.push_back(html(text));
                if (hidden)
                    values.push_back(hidden_bar(o.label, name, "suppressed"));
                else
                    values.push_back({{"category", o.label},
                                      {"colour", name},
                                      {"mean", share.mean},
                                      {"lo", share.lo},
                                      {"hi", share.hi},
                                      {"text", text}});
            }
            table.rows.push_back(std::move(row));
        }
        Json spec = interval_bars("Outcome shares for each " + readable_id(a.name) + " group, with 95% intervals",
                                  values, "category", "colour", series, "Share of the group", true);
        body += "<h3>" + html(readable_id(a.name)) + "</h3>\n" +
                chart_figure("chart-attribute-" + a.name,
                             "Outcomes by " + html(readable_id(a.name)) + hidden_bars_caption(in), spec, table);
    }
    return section("by-attribute", "Who is affected", body);
}

namespace {

// One stage's day-by-day chart points (small ones left out), its table row,
// and whether every day of it is hidden.
struct OccupancyRows {
    Json values = Json::array();
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> left_out;
};

void add_occupancy(const ReportInput& in, const std::string& id, const std::vector<double>& series,
                   const std::vector<std::size_t>& days, OccupancyRows& out) {
    auto index = in.model.find_stage(id);
    const std::string label = stage_label(in.model, id);
    double capacity = index && in.model.stages[*index].kind == StageKind::service
                          ? static_cast<double>(in.model.stages[*index].capacity)
                          : -1;
    const std::string row_title = label + (capacity >= 0 ? " (" + people_number(capacity) + " places)" : "");
    double peak = 0, peak_day = 0;
    bool any_hidden = false, any_shown = false;
    for (std::size_t k = 0; k < series.size() && k < days.size(); ++k) {
        const double v = series[k];
        if (v > peak) {
            peak = v;
            peak_day = static_cast<double>(days[k]);
        }
        if (in.small.hides(v)) {
            any_hidden = true;
            continue;
        }
        any_shown = any_shown || v > 0;
        out.values.push_back({{"day", days[k]}, {"people", v}, {"stage", row_title}});
    }
    if (any_hidden && !any_shown) out.left_out.push_back("\xE2\x80\x9C" + label + "\xE2\x80\x9D");
    const StageResult* stage = in.results.stage(id);
    const Stat mean = stage ? stage->figures[Metric::mean_occupancy] : Stat{};
    out.rows.push_back({html(label), capacity >= 0 ? html(people_number(capacity)) : "no fixed number",
                        html(people_with_interval(mean, in.small)), html(people(peak, in.small)),
                        html(days_number(peak_day))});
}

// Says which lines are blank because every day of them is under the threshold.
std::string left_out_words(const ReportInput& in, const std::vector<std::string>& left_out) {
    if (left_out.empty()) return "";
    return paragraph(html("The line of " + listed(left_out) + " is left blank: it holds fewer than " +
                          people_number(in.small.threshold()) +
                          " households every day, and is not shown, to protect privacy."));
}

}  // namespace

std::string occupancy_section(const ReportInput& in) {
    std::string body = paragraph(
        "How many households were in each stage with limited places (a service with a fixed number of places, or a "
        "wait for homes that become free one at a time), day by day, averaged over all simulated runs. The "
        "number of places, where there is one, is given beside the stage's name. A line that keeps rising means demand "
        "is greater than what the stage can take. " +
        html(who_is_counted(in.model, in.results.settings, Counted::everyone) + run_days_words(in)));
    const OccupancySeries occ = thin_occupancy(in.model, in.results);
    if (occ.stages.empty()) {
        return section("occupancy", "Places over time",
                       body + paragraph("No day-by-day figures are available for this report (or the model has no "
                                        "stage with limited places)."));
    }
    OccupancyRows rows;
    for (const auto& [id, series] : occ.stages) add_occupancy(in, id, series, occ.days, rows);
    Table table{"Households in each stage with limited places",
                {"Stage", "Places", "Average over the run", "Highest", "Day of the highest"},
                std::move(rows.rows)};
    Json spec = stage_rows("Households in each stage with limited places, day by day", rows.values);
    return section("occupancy", "Places over time",
                   body + left_out_words(in, rows.left_out) +
                       chart_figure("chart-occupancy", "Households in each stage with limited places", spec, table));
}

}  // namespace pathways::report
