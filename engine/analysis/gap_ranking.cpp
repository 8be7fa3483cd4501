#include "analysis/gap_ranking.h"

#include <algorithm>

#include "tallies/model_index.h"

namespace pathways {

namespace {

// Share of the cohort: the count's mean and interval bounds divided by the mean
// cohort size. The summary holds only statistics over replications, not the
// replications themselves, so this is a ratio of means (the cohort size varies
// far less between replications than the count does).
Stat share_of(const Stat& people, double cohort) {
    if (!(cohort > 0)) return {};
    return {people.mean / cohort, people.sd / cohort, people.lo / cohort, people.hi / cohort};
}

std::vector<GapScenarioChange> scenario_changes(StageIndex stage, const std::string& id, GapKind kind,
                                                const std::vector<ScenarioComparison>& scenarios) {
    std::vector<GapScenarioChange> out;
    const Metric metric = gap_people_metric(kind);
    for (const ScenarioComparison& s : scenarios) {
        GapScenarioChange c;
        c.name = s.name;
        if (const MetricDifference* d = s.find(metric, stage)) c.people_change = d->difference;
        if (const StageResult* r = s.summary.stage(id)) c.scenario_people = r->figures[metric];
        out.push_back(std::move(c));
    }
    return out;
}

struct Move {
    MoveEffect effect;
    StageIndex to;
};

// The moves a renege or deadline gap at stage s counts, with what each costs.
std::vector<Move> moves_counted(const Model& model, StageIndex s, GapKind kind) {
    std::vector<Move> moves;
    const Stage& stage = model.stages[s];
    if (kind == GapKind::renege && stage.on_renege) moves.push_back({stage.renege_effect, *stage.on_renege});
    if (kind != GapKind::deadline) return moves;
    for (const Deadline& d : model.deadlines) {
        if (auto at = d.position(s)) {
            moves.push_back({*at < d.effect.size() ? d.effect[*at] : MoveEffect::loses_support, d.divert_to[*at]});
        }
    }
    return moves;
}

// "Relief duty", or "Relief duty or Prevention" when handovers go to several stages.
std::string handed_over_to(const Model& model, const std::vector<Move>& moves) {
    std::vector<StageIndex> seen;
    std::string names;
    for (const Move& m : moves) {
        if (m.effect != MoveEffect::handover || std::find(seen.begin(), seen.end(), m.to) != seen.end()) continue;
        seen.push_back(m.to);
        const Stage& to = model.stages[m.to];
        names += (names.empty() ? "" : " or ") + (to.label.empty() ? to.id : to.label);
    }
    return names;
}

// Says what the gap's moves cost people. False when every move is a
// handover: nothing was lost, so there is no gap to rank. The people counted
// cannot be split by deadline, so a count that holds handovers says so.
bool describe_moves(const Model& model, StageIndex s, Gap& g) {
    const std::vector<Move> moves = moves_counted(model, s, g.kind);
    std::vector<MoveEffect> losses;
    for (const Move& m : moves) {
        if (m.effect != MoveEffect::handover) losses.push_back(m.effect);
    }
    if (losses.empty()) return moves.empty();
    if (losses.size() < moves.size()) {
        g.note = "The count includes people who moved on to " + handed_over_to(model, moves) +
                 ", a handover with nothing lost.";
    }
    if (model.version_1_1() && std::all_of(losses.begin(), losses.end(), [&](MoveEffect e) { return e == losses[0]; }))
        g.effect = losses[0];
    return true;
}

std::optional<Gap> gap_at(const Stage& stage, GapKind kind, const Figures& figures, double cohort) {
    Gap g;
    g.stage = stage.id;
    g.label = stage.label.empty() ? stage.id : stage.label;
    g.kind = kind;
    g.people = figures[gap_people_metric(kind)];
    if (!(g.people.mean > 0)) return std::nullopt;
    if (kind == GapKind::wait) {
        const Stat& wait = figures[Metric::mean_wait_days];
        if (wait.mean < material_wait_days) return std::nullopt;
        g.mean_wait_days = wait;
    }
    g.share_of_cohort = share_of(g.people, cohort);
    g.days_p50 = figures[gap_days_p50_metric(kind)];
    g.days_p90 = figures[gap_days_p90_metric(kind)];
    g.support = stage.support;
    g.evidence = stage.evidence;
    return g;
}

// Whether arrivals in the cohort come with more than one value of attribute a
// (or, for a = no_slot, by more than one stream), or a stage sets it on the way:
// a value everyone shares tells no groups apart.
bool tells_groups_apart(const Model& model, std::uint32_t a) {
    for (const Stage& stage : model.stages) {
        for (const Condition& set : stage.sets) {
            if (set.attribute == a) return true;
        }
    }
    std::size_t seen = 0;
    std::vector<bool> value_seen(a == no_slot ? 0 : model.attributes[a].values.size(), false);
    for (const ArrivalStream& stream : model.arrivals) {
        if (!stream.in_cohort) continue;
        if (a == no_slot) {
            ++seen;
            continue;
        }
        for (std::size_t v = 0; a < stream.mix.size() && v < stream.mix[a].size(); ++v) {
            if (stream.mix[a][v] > 0 && !value_seen[v]) {
                value_seen[v] = true;
                ++seen;
            }
        }
    }
    return seen > 1;
}

std::vector<GapBreakdown> breakdowns_of(const Model& model, const ModelIndex& index, const std::vector<double>& counts,
                                        GapKind kind) {
    std::vector<GapBreakdown> out;
    if (counts.size() != gap_kind_count * index.group_slots) return out;
    const double* of_kind = counts.data() + static_cast<std::size_t>(kind) * index.group_slots;
    for (std::uint32_t a = 0; a < model.attributes.size(); ++a) {
        if (!tells_groups_apart(model, a)) continue;
        GapBreakdown b{model.attributes[a].name, {}};
        const std::vector<std::string>& values = model.attributes[a].values;
        for (std::size_t v = 0; v < values.size(); ++v)
            b.groups.push_back({values[v], "", of_kind[index.attribute_first_slot[a] + v]});
        out.push_back(std::move(b));
    }
    if (!tells_groups_apart(model, no_slot)) return out;
    GapBreakdown streams{arrival_stream_breakdown, {}};
    for (std::size_t s = 0; s < model.arrivals.size(); ++s) {
        const ArrivalStream& stream = model.arrivals[s];
        if (stream.in_cohort) streams.groups.push_back({stream.id, stream.label, of_kind[index.stream_first_slot + s]});
    }
    out.push_back(std::move(streams));
    return out;
}

// How many of each headline measure's journeys met the gap at stage s.
std::vector<GapMeasure> measures_through(const Results& results, StageIndex s, GapKind kind) {
    std::vector<GapMeasure> out;
    const std::size_t at = s * gap_kind_count + static_cast<std::size_t>(kind);
    const double years = (results.settings.horizon_days - results.settings.warmup_days) / days_a_year;
    for (const MeasureResult& m : results.measures) {
        if (!m.headline || at >= m.through_gaps.size()) continue;
        const Stat& per_year = m.through_gaps[at];
        out.push_back({m.id, m.label.empty() ? m.id : m.label, per_year, per_year.mean * years});
    }
    return out;
}

// The day by which 1 in 10 were touched, and those touched by each day, as the run kept them.
void timing_of(const StageResult& figures, GapKind kind, Gap& g) {
    const auto k = static_cast<std::size_t>(kind);
    if (k < figures.gap_days_p10.size()) g.days_p10 = figures.gap_days_p10[k];
    if (k < figures.gap_days_reached.size()) g.reached_by_day = figures.gap_days_reached[k];
}

}  // namespace

GapAnalysis analyse_gaps(const Model& model, const Results& results, const std::vector<ScenarioComparison>& scenarios) {
    GapAnalysis a;
    a.model = model.name;
    a.cohort = results.whole[Metric::cohort_size];
    for (const ScenarioComparison& s : scenarios) a.scenario_names.push_back(s.name);
    for (const MeasureResult& m : results.measures) {
        if (m.headline && !m.through_gaps.empty()) a.measure_names.push_back(m.id);
    }
    const ModelIndex index(model);
    for (StageIndex s = 0; s < model.stages.size(); ++s) {  // model order: the tie-break below keeps it
        const Stage& stage = model.stages[s];
        const StageResult* figures = results.stage(stage.id);
        if (stage.kind == StageKind::outcome || !figures) continue;
        for (GapKind kind : all_gap_kinds) {
            auto gap = gap_at(stage, kind, figures->figures, a.cohort.mean);
            if (!gap || !describe_moves(model, s, *gap)) continue;
            gap->scenarios = scenario_changes(s, stage.id, kind, scenarios);
            gap->breakdowns = breakdowns_of(model, index, figures->gap_groups, kind);
            gap->measures = measures_through(results, s, kind);
            timing_of(*figures, kind, *gap);
            a.gaps.push_back(std::move(*gap));
        }
    }
    std::stable_sort(a.gaps.begin(), a.gaps.end(),
                     [](const Gap& x, const Gap& y) { return x.people.mean > y.people.mean; });
    for (std::size_t i = 0; i < a.gaps.size(); ++i) a.gaps[i].rank = i + 1;
    return a;
}

}  // namespace pathways
