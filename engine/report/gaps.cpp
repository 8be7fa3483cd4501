#include "report/gaps.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "report/csv.h"
#include "report/results_json.h"

namespace pathways {

namespace {

constexpr GapKind all_kinds[] = {GapKind::drop_off, GapKind::renege, GapKind::deadline, GapKind::wait};

const Json& member(const Json& j, const std::string& key) {
    static const Json none;
    if (!j.is_object()) return none;
    auto it = j.find(key);
    return it == j.end() ? none : *it;
}

double number_of(const Json& j) { return j.is_number() ? j.get<double>() : 0.0; }

// Share of the cohort: the count's mean and interval bounds divided by the mean
// cohort size. The summary holds only statistics over replications, not the
// replications themselves, so this is a ratio of means (the cohort size varies
// far less between replications than the count does).
Stat share_of(const Stat& people, double cohort) {
    if (!(cohort > 0)) return {};
    return {people.mean / cohort, people.sd / cohort, people.lo / cohort, people.hi / cohort};
}

std::vector<GapScenarioChange> scenario_changes(const std::string& stage, GapKind kind, const Json* scenarios) {
    std::vector<GapScenarioChange> out;
    if (!scenarios || !scenarios->is_array()) return out;
    const std::string metric = gap_people_metric(kind);
    for (const Json& s : *scenarios) {
        GapScenarioChange c;
        c.name = member(s, "name").is_string() ? member(s, "name").get<std::string>() : "";
        c.people_change = stat_from_json(member(member(s, "differences"), "stages." + stage + "." + metric));
        c.scenario_people = stat_from_json(member(member(member(member(s, "summary"), "stages"), stage), metric));
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<Gap> gap_at(const Stage& stage, GapKind kind, const Json& figures, double cohort) {
    Gap g;
    g.stage = stage.id;
    g.label = stage.label.empty() ? stage.id : stage.label;
    g.kind = kind;
    g.people = stat_from_json(member(figures, gap_people_metric(kind)));
    if (!(g.people.mean > 0)) return std::nullopt;
    if (kind == GapKind::wait) {
        Stat wait = stat_from_json(member(figures, "mean_wait_days"));
        if (wait.mean < material_wait_days) return std::nullopt;
        g.mean_wait_days = wait;
    }
    g.share_of_cohort = share_of(g.people, cohort);
    const Json& when = member(member(figures, "days_since_arrival"), gap_kind_name(kind));
    g.days_p50 = stat_from_json(member(when, "p50"));
    g.days_p90 = stat_from_json(member(when, "p90"));
    g.support = stage.support;
    g.evidence = stage.evidence;
    return g;
}

}  // namespace

const char* gap_kind_name(GapKind kind) {
    switch (kind) {
        case GapKind::renege: return "renege";
        case GapKind::deadline: return "deadline";
        case GapKind::wait: return "wait";
        case GapKind::drop_off: break;
    }
    return "drop_off";
}

const char* gap_people_metric(GapKind kind) {
    switch (kind) {
        case GapKind::renege: return "reneged";
        case GapKind::deadline: return "diverted_by_deadline";
        case GapKind::wait: return "waited";
        case GapKind::drop_off: break;
    }
    return "drop_offs_after";
}

Stat stat_from_json(const Json& j) {
    Stat s;
    s.mean = number_of(member(j, "mean"));
    s.sd = number_of(member(j, "sd"));
    const Json& ci = member(j, "ci95");
    bool interval = ci.is_array() && ci.size() == 2;
    s.lo = interval ? number_of(ci[0]) : s.mean;
    s.hi = interval ? number_of(ci[1]) : s.mean;
    return s;
}

GapAnalysis analyse_gaps(const Model& model, const Json& summary, const Json* comparison_scenarios) {
    GapAnalysis a;
    a.model = model.name;
    a.cohort = stat_from_json(member(member(summary, "cohort"), "size"));
    if (comparison_scenarios && comparison_scenarios->is_array()) {
        for (const Json& s : *comparison_scenarios) {
            const Json& name = member(s, "name");
            a.scenario_names.push_back(name.is_string() ? name.get<std::string>() : "");
        }
    }
    const Json& stages = member(summary, "stages");
    for (const Stage& stage : model.stages) {  // model order: the tie-break below keeps it
        if (stage.kind == StageKind::outcome) continue;
        for (GapKind kind : all_kinds) {
            auto gap = gap_at(stage, kind, member(stages, stage.id), a.cohort.mean);
            if (!gap) continue;
            gap->scenarios = scenario_changes(stage.id, kind, comparison_scenarios);
            a.gaps.push_back(std::move(*gap));
        }
    }
    std::stable_sort(a.gaps.begin(), a.gaps.end(),
                     [](const Gap& x, const Gap& y) { return x.people.mean > y.people.mean; });
    for (std::size_t i = 0; i < a.gaps.size(); ++i) a.gaps[i].rank = i + 1;
    return a;
}

}  // namespace pathways
