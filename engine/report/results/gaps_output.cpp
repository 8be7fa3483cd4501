// gaps.json, gaps.csv and the readable table of `pathways gaps`.
#include <cmath>
#include <cstdio>
#include <sstream>

#include "report/results/csv.h"
#include "report/results/gaps_output.h"
#include "report/results/results_json.h"
#include "report/text/shared_text.h"

namespace pathways {

namespace {

const char* const suppressed_share = "suppressed";

Json evidence_json(const std::vector<Evidence>& evidence) {
    Json out = Json::array();
    for (const Evidence& e : evidence) {
        Json j = {{"text", e.text}};
        if (!e.source.empty()) j["source"] = e.source;
        if (!e.kind.empty()) j["kind"] = e.kind;
        out.push_back(std::move(j));
    }
    return out;
}

// A statistic of a small count (or of the households it counts, such as when
// they met the gap): its numbers, or that they are hidden.
Json shown_json(const Stat& s, bool hidden) { return hidden ? Json{{"suppressed", true}} : stat_json(s); }

// Who the gap touched, by group: mean households, hidden as the plan says.
Json groups_json(const Gap& g, const SuppressionPlan& hidden) {
    Json out = Json::object();
    for (const GapBreakdown& b : g.breakdowns) {
        Json values = Json::object();
        for (const GapGroup& group : b.groups) {
            values[group.value] = hidden.hides(published::gap_group(g, b.by, group.value)) ? Json{{"suppressed", true}}
                                                                                           : Json(group.people);
        }
        out[b.by] = std::move(values);
    }
    return out;
}

// Of each headline measure's journeys a year, those that met the gap (format 1.2).
Json gap_measures_json(const Gap& g, const SuppressionPlan& hidden) {
    Json out = Json::object();
    for (const GapMeasure& m : g.measures) {
        const bool few = hidden.hides(published::gap(g)) || hidden.hides(published::gap_measure(g, m.id));
        out[m.id] = {{"per_year", shown_json(m.per_year, few)}};
    }
    return out;
}

Json gap_json(const Gap& g, const SuppressionPlan& hidden) {
    const bool few = hidden.hides(published::gap(g));
    Json j = {{"rank", g.rank},
              {"stage", g.stage},
              {"label", g.label},
              {"kind", gap_kind_name(g.kind)},
              {"people", shown_json(g.people, few)},
              {"share_of_cohort", shown_json(g.share_of_cohort, few)},
              {"days_since_arrival",
               few ? Json{{"suppressed", true}} : Json{{"p50", stat_json(g.days_p50)}, {"p90", stat_json(g.days_p90)}}},
              {"support", g.support},
              {"unsupported", g.unsupported()},
              {"evidence", evidence_json(g.evidence)}};
    if (g.mean_wait_days) j["mean_wait_days"] = shown_json(*g.mean_wait_days, few);
    if (g.effect) j["effect"] = move_effect_name(*g.effect);
    if (!g.note.empty()) j["note"] = g.note;
    if (!g.breakdowns.empty()) j["groups"] = groups_json(g, hidden);
    if (!g.measures.empty()) j["measures"] = gap_measures_json(g, hidden);
    if (!g.scenarios.empty()) {
        Json scenarios = Json::array();
        for (std::size_t s = 0; s < g.scenarios.size(); ++s) {
            const GapScenarioChange& c = g.scenarios[s];
            scenarios.push_back(
                {{"name", c.name},
                 {"people_change", shown_json(c.people_change, hidden.hides(published::gap_change(g, s)))}});
        }
        j["scenarios"] = std::move(scenarios);
    }
    return j;
}

std::vector<std::string> csv_header(const GapAnalysis& a) {
    std::vector<std::string> h = {"rank",          "stage",          "label",          "kind",
                                  "people_mean",   "people_ci95_lo", "people_ci95_hi", "share_mean",
                                  "share_ci95_lo", "share_ci95_hi",  "days_p50",       "days_p90",
                                  "unsupported",   "support",        "evidence_count", "mean_wait_days"};
    for (const auto& name : a.scenario_names) {
        for (const char* column : {"change_mean", "change_ci95_lo", "change_ci95_hi"}) {
            h.push_back(name + ": " + column);
        }
    }
    for (const auto& name : a.measure_names) {
        for (const char* column : {"per_year_mean", "per_year_ci95_lo", "per_year_ci95_hi"}) {
            std::string heading = "measure ";
            h.push_back(heading.append(name).append(": ").append(column));
        }
    }
    return h;
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : separator) + s;
    return out;
}

// A hidden count hides its interval too: the bounds would place it.
std::vector<std::string> csv_row(const Gap& g, const SuppressionPlan& hidden) {
    const SmallNumbers& small = hidden.small();
    const bool few = hidden.hides(published::gap(g));
    auto count = [&](double v) { return few ? suppressed_share : small.count(v, csv_number); };
    auto share = [&](double people, double v) { return few || small.hides(people) ? suppressed_share : csv_number(v); };
    // When a few households met the gap is theirs too: "half by day 1.5" describes them.
    auto timing = [&](double days) { return few ? suppressed_share : csv_number(days); };
    std::vector<std::string> row = {std::to_string(g.rank),
                                    g.stage,
                                    g.label,
                                    gap_kind_name(g.kind),
                                    few ? hidden.hidden_text(published::gap(g)) : csv_number(g.people.mean),
                                    count(g.people.lo),
                                    count(g.people.hi),
                                    share(g.people.mean, g.share_of_cohort.mean),
                                    share(g.people.lo, g.share_of_cohort.lo),
                                    share(g.people.hi, g.share_of_cohort.hi),
                                    timing(g.days_p50.mean),
                                    timing(g.days_p90.mean),
                                    g.unsupported() ? "true" : "false",
                                    joined(g.support, "; "),
                                    std::to_string(g.evidence.size()),
                                    g.mean_wait_days ? timing(g.mean_wait_days->mean) : ""};
    for (std::size_t s = 0; s < g.scenarios.size(); ++s) {
        const Stat& c = g.scenarios[s].people_change;
        const bool change_hidden = hidden.hides(published::gap_change(g, s));
        for (double v : {c.mean, c.lo, c.hi}) row.push_back(change_hidden ? suppressed_share : csv_number(v));
    }
    for (const GapMeasure& m : g.measures) {
        const bool measure_hidden = few || hidden.hides(published::gap_measure(g, m.id));
        for (double v : {m.per_year.mean, m.per_year.lo, m.per_year.hi})
            row.push_back(measure_hidden ? suppressed_share : csv_number(v));
    }
    return row;
}

std::string whole(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", v);
    return buffer;
}

std::string tenths(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    return buffer;
}

// Under a gap's row: how many of each headline measure's journeys a year met it.
void measure_lines(std::ostringstream& out, const Gap& g, const SuppressionPlan& hidden) {
    for (const GapMeasure& m : g.measures) {
        const std::string key = published::gap_measure(g, m.id);
        const bool few = hidden.hides(published::gap(g)) || hidden.hides(key);
        const std::string figure =
            few ? (hidden.hides(key) ? hidden.hidden_text(key) : std::string(suppressed_share))
                : tenths(m.per_year.mean) + " a year [" + tenths(m.per_year.lo) + ", " + tenths(m.per_year.hi) + "]";
        out << "      of " << one_line(m.label) << ": " << figure << "\n";
    }
}

}  // namespace

Json gaps_json(const GapAnalysis& a, const SuppressionPlan& hidden) {
    const SmallNumbers& small = hidden.small();
    Json j = {{"format", "pathways-gaps/1"}, {"model", a.model}, {"cohort", stat_json(a.cohort)}};
    j["material_wait_days"] = material_wait_days;
    if (small.active()) j["suppress_below_in_csv_and_report"] = small.threshold();
    Json gaps = Json::array();
    for (const Gap& g : a.gaps) gaps.push_back(gap_json(g, hidden));
    j["gaps"] = std::move(gaps);
    return j;
}

std::string gaps_csv(const GapAnalysis& a, const SuppressionPlan& hidden) {
    CsvWriter csv;
    csv.row(csv_header(a));
    for (const Gap& g : a.gaps) csv.row(csv_row(g, hidden));
    return csv.str();
}

std::string gaps_table(const GapAnalysis& a, const SuppressionPlan& hidden, std::size_t rows) {
    const SmallNumbers& small = hidden.small();
    std::ostringstream out;
    out << one_line(a.model) << ": the biggest gaps (people per cohort, 95% interval)\n"
        << table_cell("rank", 6) << table_cell("stage", 24) << table_cell("what happens", 22)
        << table_cell("people", 16) << table_cell("days (median)", 15) << "support\n";
    for (const Gap& g : a.gaps) {
        if (g.rank > rows) break;
        std::string people = hidden.hides(published::gap(g))
                                 ? hidden.hidden_text(published::gap(g))
                                 : whole(g.people.mean) + " [" + small.count(g.people.lo, whole) + ", " +
                                       small.count(g.people.hi, whole) + "]";
        out << table_cell(std::to_string(g.rank), 6) << table_cell(g.stage, 24) << table_cell(gap_kind_name(g.kind), 22)
            << table_cell(people, 16)
            << table_cell(hidden.hides(published::gap(g)) ? suppressed_share : whole(g.days_p50.mean), 15)
            << (g.unsupported() ? "none (unsupported)" : one_line(joined(g.support, "; "))) << "\n";
        measure_lines(out, g, hidden);
    }
    if (a.gaps.empty())
        out << "(no one drops off, gives up, is moved on by a deadline or waits " << whole(material_wait_days)
            << "+ days)\n";
    return out.str();
}

}  // namespace pathways
