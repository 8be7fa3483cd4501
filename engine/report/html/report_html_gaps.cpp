// Sections: the ranked gaps and the what-if comparison.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "analysis/absorbing_chain.h"
#include "report/html/report_html_charts.h"
#include "report/html/report_html_findings.h"
#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/text/figures_text.h"

namespace pathways::report {

namespace {

std::string support_cell(const Gap& g) {
    if (g.unsupported()) return "<span class=\"flag\">No support here</span>";
    std::string out = "<ul>";
    for (const auto& s : g.support) out += "<li>" + html(s) + "</li>";
    return out + "</ul>";
}

// What people told us (testimony, survey) is quoted as theirs; published
// evidence (statistics, law, practice) is named as such; evidence of no
// stated kind is quoted as it always was.
std::string evidence_item(const Evidence& e) {
    if (!e.kind.empty() && !e.told_by_people()) {
        std::string out =
            "<p class=\"published\"><strong>Published evidence (" + html(e.kind) + "):</strong> " + html(e.text);
        if (!e.source.empty()) out += " <span class=\"note\">(" + html(e.source) + ")</span>";
        return out + "</p>";
    }
    std::string out = "<blockquote><p>" + std::string(e.told_by_people() ? "<strong>People told us:</strong> " : "") +
                      html(e.text) + "</p>";
    if (!e.source.empty()) out += "<footer>" + html(e.source) + "</footer>";
    return out + "</blockquote>";
}

std::string evidence_cell(const Gap& g) {
    std::string out;
    for (const Evidence& e : g.evidence) out += evidence_item(e);
    return out.empty() ? "<span class=\"note\">none recorded</span>" : out;
}

std::string what_happens_cell(const Gap& g) { return html(gap_kind_words(g)); }

// A hidden count hides when it happened too: the timing of a few households describes them.
std::string when_text(const ReportInput& in, const Gap& g) {
    if (in.hidden->hides(published::gap(g))) return "suppressed";
    if (g.kind == GapKind::wait && g.mean_wait_days) {
        return "waits start about day " + days_number(g.days_p50.mean) + "; they last " +
               text::days_words(g.mean_wait_days->mean) + " on average";
    }
    return "half by day " + days_number(g.days_p50.mean) + ", 9 in 10 by day " + days_number(g.days_p90.mean);
}

// The few words that name a gap on a chart axis.
std::string gap_kind_short(GapKind kind) {
    switch (kind) {
        case GapKind::renege: return "gave up waiting";
        case GapKind::deadline: return "deadline passed";
        case GapKind::wait: return "long wait";
        case GapKind::drop_off: break;
    }
    return "dropped off after";
}

// "Deadline passed: Move-on period ...": the kind first, because long stage
// names are cut short on a chart's axis.
std::string gap_item(const Gap& g) {
    std::string kind = gap_kind_short(g.kind);
    kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
    return kind + ": " + g.label;
}

std::string signed_people(double v) {
    std::string out = v > 0 ? "+" : "";
    out += people_number(v);
    return out;
}

Json gap_chart(const ReportInput& in) {
    Json values = Json::array();
    for (const Gap& g : in.gaps.gaps) {
        if (g.rank > 12) continue;
        std::string item = std::to_string(g.rank) + ". " + gap_item(g);
        const std::string colour = g.unsupported() ? "no support here" : "support offered";
        if (in.hidden->hides(published::gap(g))) {
            values.push_back(hidden_bar(item, colour, in.hidden->hidden_text(published::gap(g))));
            continue;
        }
        values.push_back({{"category", item},
                          {"colour", colour},
                          {"mean", g.people.mean},
                          {"lo", g.people.lo},
                          {"hi", g.people.hi},
                          {"text", people_with_interval(g.people, in.small)}});
    }
    Series series{{"support offered", "no support here"}, {colour::blue, colour::vermillion}};
    Json spec = interval_bars("Households affected by each of the biggest gaps, with 95% intervals", values, "category",
                              "colour", series, "Households (of the cohort)", false);
    spec["layer"][0]["encoding"].erase("yOffset");
    spec["layer"][1]["encoding"].erase("yOffset");
    spec["layer"][2]["encoding"].erase("yOffset");
    fit_band_to_labels(spec);
    return spec;
}

}  // namespace

std::string gap_kind_words(const Gap& g) {
    const bool support = g.effect == MoveEffect::loses_support, home = g.effect == MoveEffect::loses_accommodation;
    switch (g.kind) {
        case GapKind::renege:
            return support ? "gave up waiting and lost support"
                   : home  ? "gave up waiting and had to leave their accommodation"
                           : "gave up waiting and left";
        case GapKind::deadline:
            return support ? "lost support when a deadline passed"
                   : home  ? "had to leave their accommodation when a deadline passed"
                           : "had to leave when a deadline passed";
        case GapKind::wait: return "had to wait for a place";
        case GapKind::drop_off: break;
    }
    return "dropped off (journey ended badly) after this stage";
}

namespace {

// The details a row opens on screen: who, what else the count holds, the evidence.
std::string gap_details(const ReportInput& in, const Gap& g) {
    std::string out = "<details><summary>Details</summary>";
    const std::string breakdown = group_breakdown(g, *in.hidden);
    if (!breakdown.empty()) out += "<p>Who it touched, by group: " + html(breakdown) + ".</p>";
    out +=
        "<p>Share of the cohort: " + html(share_interval(g.share_of_cohort, g.people, *in.hidden, published::gap(g))) +
        ".</p>";
    if (!g.note.empty()) out += "<p class=\"note\">" + html(g.note) + "</p>";
    return out + evidence_cell(g) + "</details>";
}

}  // namespace

std::string gaps_section(const ReportInput& in) {
    std::string body = paragraph(
        html("A gap is a point in the pathway where households drop off (" + std::string("their journey ends badly") +
             "), give up waiting, are moved on because a deadline passed, or wait " + days_number(material_wait_days) +
             " days or more on average. A deadline that only hands a household over to the next duty is not a gap. "
             "Counts are of the " +
             cohort_window(in.model, in.results.settings) +
             "; a household can appear in more than one row (it may give up waiting at one stage and drop off at "
             "another). Open a row's details for who it touches and the evidence."));
    if (in.gaps.gaps.empty()) return section("gaps", "The gaps, ranked", body + paragraph("The model shows no gaps."));
    const std::string households = "Households " + over_the_period(in.results.settings);
    Table chart_table{"Households affected by each gap", {"Rank and gap", households}, {}};
    const std::vector<std::string> columns = {"Rank", "Where and what happens", households,
                                              "When (days since arriving)", "Support offered"};
    Table table{"The ten biggest gaps, ranked by households affected (95% intervals)", columns, {}};
    Table rest{"The other gaps", columns, {}};
    for (const Gap& g : in.gaps.gaps) {
        (g.rank <= 10 ? table : rest)
            .rows.push_back({std::to_string(g.rank),
                             "<strong>" + html(g.label) + "</strong><br>" + what_happens_cell(g) + gap_details(in, g),
                             html(people_with_interval(g.people, *in.hidden, published::gap(g))),
                             html(when_text(in, g)), support_cell(g)});
        if (g.rank <= 12) {
            chart_table.rows.push_back({std::to_string(g.rank) + ". " + html(g.label) + ": " + html(gap_kind_words(g)),
                                        html(people_with_interval(g.people, *in.hidden, published::gap(g)))});
        }
    }
    body += chart_figure("chart-gaps", "The biggest gaps: households affected" + hidden_bars_caption(in), gap_chart(in),
                         chart_table);
    body += table.html();
    if (!rest.rows.empty()) {
        body += "<details class=\"more-gaps\"><summary>The other " + std::to_string(rest.rows.size()) +
                " gaps (on screen; all of them are in gaps.csv)</summary>\n" + rest.html() + "</details>\n";
    }
    return section("gaps", "The gaps, ranked", body);
}

// "+3.1 points (+2.4 to +3.8)" for a change in a share.
std::string points(double change) {
    if (std::fabs(change * 100) < 0.05) return "0.0";  // not "-0.0" or "+0.0"
    char text[32];
    std::snprintf(text, sizeof text, "%+.1f", change * 100);
    return text;
}

// Where people end up under a scenario, beside where they end up now: what
// the Steering Group asks first of any what-if.
std::string outcome_changes(const ReportInput& in, std::size_t scenario_index, const std::string& name) {
    const ScenarioComparison& scenario = in.comparison[scenario_index];
    Table table{"Where people end up: " + html(name) + " compared with now",
                {"Outcome", "Now", "With the change", "Change in percentage points (95% interval)", "Clear of noise?"},
                {}};
    static const Figures none;
    for (const OutcomeInfo& o : outcome_list(in.model)) {
        const OutcomeResult* now_result = in.results.outcome(o.id);
        const OutcomeResult* then_result = scenario.summary.outcome(o.id);
        const Figures& now = now_result ? now_result->figures : none;
        const Figures& then = then_result ? then_result->figures : none;
        const Stat& now_share = now[Metric::outcome_share];
        const Stat& then_share = then[Metric::outcome_share];
        const MetricDifference* difference = nullptr;
        if (auto stage = in.model.find_stage(o.id)) difference = scenario.find(Metric::outcome_share, *stage);
        const Stat change = difference ? difference->difference : Stat{};
        const bool hidden = in.hidden->hides(published::outcome(o.id)) ||
                            in.hidden->hides(published::scenario_outcome(scenario_index, o.id));
        const bool clear = clear_of_noise(change);
        table.rows.push_back(
            {html(o.label), hidden ? "suppressed" : html(percent(now_share.mean)),
             hidden ? "suppressed" : html(percent(then_share.mean)),
             hidden ? "suppressed"
                    : html(points(change.mean) + " (" + points(change.lo) + " to " + points(change.hi) + ")"),
             hidden  ? "-"
             : clear ? "<strong class=\"clear\">yes</strong>"
                     : "no"});
    }
    return table.html();
}

// What the scenario's file says it is and what the change itself would cost.
std::string scenario_about(const ScenarioDescription& about, const std::string& currency) {
    std::string words = html(about.description);
    if (about.has_cost())
        words += (words.empty() ? "" : " ") +
                 html("The change itself " +
                      pathways::text::change_cost(about.cost_one_off, about.cost_per_year, currency) + ".");
    if (!about.source.empty()) words += " <span class=\"note\">(Source: " + html(about.source) + ")</span>";
    if (!about.note.empty()) words += " " + html(about.note);
    return words.empty() ? "" : paragraph(words);
}

std::string comparison_section(const ReportInput& in) {
    std::string body = paragraph(
        "A what-if scenario changes the model (for example more caseworkers or a longer move-on period) and runs it "
        "again on the same simulated people. A change is <strong class=\"clear\">clear of noise</strong> when its "
        "95% interval does not include zero: then the scenario very likely makes that difference. Otherwise the "
        "change is too small to tell apart from chance.");
    if (in.comparison.empty()) {
        return section("comparison", "What-if scenarios",
                       body + paragraph("No scenarios were compared in this report."));
    }
    for (std::size_t s = 0; s < in.comparison.size(); ++s) {
        const std::string name = in.gaps.scenario_names.size() > s ? in.gaps.scenario_names[s] : "scenario";
        Json values = Json::array();
        Table table{"Change in people affected by each gap: " + html(name) + " minus the current pathway",
                    {"Gap", "Now", "Change (95% interval)", "Clear of noise?"},
                    {}};
        for (const Gap& g : in.gaps.gaps) {
            if (s >= g.scenarios.size()) continue;
            const auto& c = g.scenarios[s];
            const bool hidden = in.hidden->hides(published::gap_change(g, s));
            bool clear = clear_of_noise(c.people_change);
            std::string item = gap_item(g);
            std::string text = hidden ? "suppressed"
                                      : signed_people(c.people_change.mean) + " (" + signed_people(c.people_change.lo) +
                                            " to " + signed_people(c.people_change.hi) + ")";
            const std::string now = in.hidden->hides(published::gap(g)) ? in.hidden->hidden_text(published::gap(g))
                                                                        : people_number(g.people.mean);
            table.rows.push_back({html(item), html(now), html(text),
                                  hidden  ? "-"
                                  : clear ? "<strong class=\"clear\">yes</strong>"
                                          : "no"});
            if (!hidden && g.rank <= 10)  // the chart shows the ten biggest, as the gap table does
                values.push_back({{"item", item},
                                  {"mean", c.people_change.mean},
                                  {"lo", c.people_change.lo},
                                  {"hi", c.people_change.hi},
                                  {"text", text},
                                  {"noise", clear ? "clear of noise" : "within noise"}});
        }
        Json spec =
            change_dots("Change in households affected by each gap under " + name + ", with 95% intervals", values,
                        "Change in households " + over_the_period(in.results.settings) + " (what-if minus now)");
        body +=
            "<h3>" + html(name) + "</h3>\n" + scenario_about(in.comparison[s].about, in.results.currency) +
            outcome_changes(in, s, name) +
            chart_figure("chart-comparison-" + std::to_string(s + 1), "Change in each gap: " + html(name), spec, table);
    }
    return section("comparison", "What-if scenarios", body);
}

}  // namespace pathways::report
