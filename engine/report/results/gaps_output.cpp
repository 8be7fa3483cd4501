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

// A change in people is hidden when it, or either count it is the difference of, is small.
bool change_hidden(const Gap& g, const GapScenarioChange& c, const SmallNumbers& small) {
    return small.hides(std::fabs(c.people_change.mean)) || small.hides(g.people) || small.hides(c.scenario_people);
}

// A statistic of a small count: its numbers, or that they are hidden.
Json shown_json(const Stat& s, bool hidden) { return hidden ? Json{{"suppressed", true}} : stat_json(s); }

// Who the gap touched, by group: mean households, hidden alike in every output
// when small or when the gap's count minus the others would give them away.
Json groups_json(const Gap& g, const SmallNumbers& small) {
    Json out = Json::object();
    for (const GapBreakdown& b : g.breakdowns) {
        const std::vector<bool> hidden = hidden_groups(g, b, small);
        Json values = Json::object();
        for (std::size_t v = 0; v < b.groups.size(); ++v) {
            values[b.groups[v].value] = hidden[v] ? Json{{"suppressed", true}} : Json(b.groups[v].people);
        }
        out[b.by] = std::move(values);
    }
    return out;
}

Json gap_json(const Gap& g, const SmallNumbers& small) {
    const bool few = small.hides(g.people);
    Json j = {{"rank", g.rank},
              {"stage", g.stage},
              {"label", g.label},
              {"kind", gap_kind_name(g.kind)},
              {"people", shown_json(g.people, few)},
              {"share_of_cohort", shown_json(g.share_of_cohort, few)},
              {"days_since_arrival", {{"p50", stat_json(g.days_p50)}, {"p90", stat_json(g.days_p90)}}},
              {"support", g.support},
              {"unsupported", g.unsupported()},
              {"evidence", evidence_json(g.evidence)}};
    if (g.mean_wait_days) j["mean_wait_days"] = stat_json(*g.mean_wait_days);
    if (g.effect) j["effect"] = move_effect_name(*g.effect);
    if (!g.note.empty()) j["note"] = g.note;
    if (!g.breakdowns.empty()) j["groups"] = groups_json(g, small);
    if (!g.scenarios.empty()) {
        Json scenarios = Json::array();
        for (const auto& s : g.scenarios) {
            scenarios.push_back(
                {{"name", s.name}, {"people_change", shown_json(s.people_change, change_hidden(g, s, small))}});
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
    return h;
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : separator) + s;
    return out;
}

std::vector<std::string> csv_row(const Gap& g, const SmallNumbers& small) {
    auto count = [&](double v) { return small.count(v, csv_number); };
    auto share = [&](double people, double v) { return small.hides(people) ? suppressed_share : csv_number(v); };
    std::vector<std::string> row = {std::to_string(g.rank),
                                    g.stage,
                                    g.label,
                                    gap_kind_name(g.kind),
                                    count(g.people.mean),
                                    count(g.people.lo),
                                    count(g.people.hi),
                                    share(g.people.mean, g.share_of_cohort.mean),
                                    share(g.people.lo, g.share_of_cohort.lo),
                                    share(g.people.hi, g.share_of_cohort.hi),
                                    csv_number(g.days_p50.mean),
                                    csv_number(g.days_p90.mean),
                                    g.unsupported() ? "true" : "false",
                                    joined(g.support, "; "),
                                    std::to_string(g.evidence.size()),
                                    g.mean_wait_days ? csv_number(g.mean_wait_days->mean) : ""};
    for (const auto& c : g.scenarios) {
        bool hidden = change_hidden(g, c, small);
        for (double v : {c.people_change.mean, c.people_change.lo, c.people_change.hi}) {
            row.push_back(hidden ? suppressed_share : csv_number(v));
        }
    }
    return row;
}

std::string padded(const std::string& s, std::size_t width) {
    return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

std::string whole(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", v);
    return buffer;
}

}  // namespace

std::vector<bool> hidden_groups(const Gap& gap, const GapBreakdown& breakdown, const SmallNumbers& small) {
    std::vector<double> counts;
    for (const GapGroup& group : breakdown.groups) counts.push_back(group.people);
    if (small.hides(gap.people)) return std::vector<bool>(counts.size(), true);
    return small.hidden_parts(counts);
}

Json gaps_json(const GapAnalysis& a, const SmallNumbers& small) {
    Json j = {{"format", "pathways-gaps/1"}, {"model", a.model}, {"cohort", stat_json(a.cohort)}};
    j["material_wait_days"] = material_wait_days;
    if (small.active()) j["suppress_below_in_csv_and_report"] = small.threshold();
    Json gaps = Json::array();
    for (const Gap& g : a.gaps) gaps.push_back(gap_json(g, small));
    j["gaps"] = std::move(gaps);
    return j;
}

std::string gaps_csv(const GapAnalysis& a, const SmallNumbers& small) {
    CsvWriter csv;
    csv.row(csv_header(a));
    for (const Gap& g : a.gaps) csv.row(csv_row(g, small));
    return csv.str();
}

std::string gaps_table(const GapAnalysis& a, const SmallNumbers& small, std::size_t rows) {
    std::ostringstream out;
    out << one_line(a.model) << ": the biggest gaps (people per cohort, 95% interval)\n"
        << padded("rank", 6) << padded("stage", 24) << padded("what happens", 22) << padded("people", 16)
        << padded("days (median)", 15) << "support\n";
    for (const Gap& g : a.gaps) {
        if (g.rank > rows) break;
        std::string people = small.count(g.people.mean, whole) + " [" + small.count(g.people.lo, whole) + ", " +
                             small.count(g.people.hi, whole) + "]";
        out << padded(std::to_string(g.rank), 6) << padded(g.stage, 24) << padded(gap_kind_name(g.kind), 22)
            << padded(people, 16) << padded(whole(g.days_p50.mean), 15)
            << (g.unsupported() ? "none (unsupported)" : one_line(joined(g.support, "; "))) << "\n";
    }
    if (a.gaps.empty())
        out << "(no one drops off, gives up, is moved on by a deadline or waits " << whole(material_wait_days)
            << "+ days)\n";
    return out.str();
}

}  // namespace pathways
