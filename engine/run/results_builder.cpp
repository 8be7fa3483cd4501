#include "run/results_builder.h"

#include <algorithm>

namespace pathways {

namespace {

void lay_out_arrivals_and_periods(const Model& model, const ModelIndex& index, Results& r) {
    if (!model.version_1_1()) return;
    const std::size_t outcomes = index.outcome_stage.size();
    for (const ArrivalStream& a : model.arrivals) {
        if (a.in_cohort) r.by_arrival.push_back({a.id, a.label, {}, std::vector<Figures>(outcomes), a.headline});
    }
    for (const Period& p : index.periods) {
        r.by_period.push_back({p.label, p.from, p.to, std::vector<Figures>(r.stages.size()),
                               std::vector<Figures>(outcomes), std::vector<Figures>(model.measures.size()),
                               std::nullopt});
    }
}

// Empty items for every outcome, stage, flow, attribute value, stream, period and target.
void lay_out_items(const Model& model, const ModelIndex& index, Results& r) {
    // Room made first: an item holds every metric's figure, and a model may have 100,000 stages.
    r.outcomes.reserve(index.outcome_stage.size());
    r.stages.reserve(model.stages.size() - index.outcome_stage.size());
    r.flows.reserve(index.flow.size());
    for (StageIndex s : index.outcome_stage) {
        const Stage& stage = model.stages[s];
        r.outcomes.push_back({stage.id, stage.label, stage.outcome, {}});
    }
    for (const Stage& stage : model.stages) {
        if (stage.kind != StageKind::outcome) r.stages.push_back({stage.id, stage.kind, {}, {}, {}, {}, {}});
    }
    for (const auto& [from, to] : index.flow) r.flows.push_back({model.stages[from].id, model.stages[to].id, {}});
    for (const Attribute& a : model.attributes) {
        AttributeResult attribute{a.name, {}};
        for (const std::string& v : a.values) {
            attribute.values.push_back({v, {}, std::vector<Figures>(index.outcome_stage.size())});
        }
        r.by_attribute.push_back(std::move(attribute));
    }
    for (const Target& t : model.targets)
        r.targets.push_back({t.id, t.label, t.source, {}, t.low, t.high, {}, t.role, t.status_note, {}});
    for (const Measure& m : model.measures)
        r.measures.push_back({m.id, m.label, m.higher_is_better, m.headline, {}, {}});
    lay_out_arrivals_and_periods(model, index, r);
}

// The position among Results::by_arrival of stream `stream` (cohort streams only are there).
std::size_t arrival_position(const Model& model, std::uint32_t stream) {
    std::size_t n = 0;
    for (std::uint32_t a = 0; a < stream; ++a) n += model.arrivals[a].in_cohort ? 1 : 0;
    return n;
}

// Where column `c` of the run goes among the results' items.
void place(const Model& model, const MetricColumn& c, const Stat& s, const std::vector<std::size_t>& stage_position,
           Results& r) {
    const MetricItem& i = c.item;
    switch (metric_def(c.metric).scope) {
        case MetricScope::arrival: r.by_arrival[arrival_position(model, i.slot)].figures.set(c.metric, s); break;
        case MetricScope::arrival_outcome:
            r.by_arrival[arrival_position(model, i.slot)].outcomes[i.outcome].set(c.metric, s);
            break;
        case MetricScope::period_stage: r.by_period[i.slot].stages[stage_position[i.stage]].set(c.metric, s); break;
        case MetricScope::period_outcome: r.by_period[i.slot].outcomes[i.outcome].set(c.metric, s); break;
        case MetricScope::measure: r.measures[i.slot].figures.set(c.metric, s); break;
        case MetricScope::period_measure: r.by_period[i.slot].measures[i.value].set(c.metric, s); break;
        case MetricScope::whole: r.whole.set(c.metric, s); break;
        case MetricScope::outcome: r.outcomes[i.slot].figures.set(c.metric, s); break;
        case MetricScope::stage: r.stages[stage_position[i.stage]].figures.set(c.metric, s); break;
        case MetricScope::flow: r.flows[i.slot].figures.set(c.metric, s); break;
        case MetricScope::attribute_value: r.by_attribute[i.slot].values[i.value].figures.set(c.metric, s); break;
        case MetricScope::attribute_outcome:
            r.by_attribute[i.slot].values[i.value].outcomes[i.outcome].set(c.metric, s);
            break;
        case MetricScope::target: {
            TargetResult& t = r.targets[i.slot];
            t.value = s;
            t.status = target_status(s, t.low, t.high);
            break;
        }
    }
}

// A target this run cannot judge is unclear, and says why: it names a
// statistic the run does not produce (a period past a shorter --horizon), or
// its denominator is 0 in every replication (an early period nobody reached).
void mark_unjudgeable_targets(const Model& model, const RunResults& run, Results& r) {
    for (std::size_t t = 0; t < model.targets.size(); ++t) {
        const Target& target = model.targets[t];
        std::vector<std::string> paths = target.numerator;
        paths.insert(paths.end(), target.denominator.begin(), target.denominator.end());
        auto missing = std::find_if(paths.begin(), paths.end(), [&](const auto& p) { return !run.layout->find(p); });
        if (missing != paths.end()) {
            r.targets[t].status = "unclear";
            r.targets[t].unclear_because = "this run has no statistic " + *missing +
                                           " (its periods follow the run's start date, horizon and period settings)";
            continue;
        }
        const bool nothing_to_divide_by =
            !target.denominator.empty() &&
            std::all_of(target.denominator.begin(), target.denominator.end(), [&](const std::string& p) {
                const Stat& s = run.stat(p);
                return s.mean == 0 && s.lo == 0 && s.hi == 0;
            });
        if (nothing_to_divide_by) {
            r.targets[t].status = "unclear";
            r.targets[t].unclear_because = "its denominator is 0 in every replication of this run";
        }
    }
}

OutcomeCurves curves_of(const RunResults& run) {
    OutcomeCurves c{run.curve_days, run.curves, std::vector<double>(run.curve_days.size(), 1.0)};
    c.reached.resize(run.compiled->index.outcome_stage.size(), std::vector<double>(run.curve_days.size(), 0.0));
    for (std::size_t k = 0; k < c.days.size(); ++k) {
        for (const auto& curve : c.reached) c.still_in_pathway[k] -= curve[k];
        c.still_in_pathway[k] = std::max(0.0, c.still_in_pathway[k]);
    }
    return c;
}

// Each headline measure's journeys through each gap (MeasureTallies::gaps order).
void place_measure_gaps(const Model& model, const RunResults& run, Results& r) {
    std::vector<MeasureResult*> headline;
    for (MeasureResult& m : r.measures) {
        if (m.headline) headline.push_back(&m);
    }
    if (headline.empty() || run.measure_gaps.empty()) return;
    const std::size_t gaps = model.stages.size() * gap_kind_count;
    for (std::size_t g = 0; g < gaps; ++g) {
        for (std::size_t h = 0; h < headline.size(); ++h)
            headline[h]->through_gaps.push_back(run.measure_gaps[g * headline.size() + h]);
    }
}

RunSettings settings_of(const Model& model, const RunResults& run, const RunProvenance& p) {
    const SimulationSettings& sim = model.simulation;
    RunSettings s{sim.seed,    run.replications.size(), sim.horizon_days, sim.warmup_days,
                  run.threads, sim.follow_up_days,      std::nullopt};
    if (p.auto_replications) s.precision_met = run.precision_met;
    return s;
}

}  // namespace

Results build_results(const Model& model, const RunResults& run, const RunProvenance& p) {
    Results r;
    r.model_name = model.name;
    r.version_1_1 = model.version_1_1();
    r.model_sha256 = p.canonical_sha256;
    r.scenarios = p.scenario_names;
    r.settings = settings_of(model, run, p);
    r.currency = model.currency;
    lay_out_items(model, run.compiled->index, r);
    std::vector<std::size_t> stage_position(model.stages.size(), 0);
    for (std::size_t s = 0, n = 0; s < model.stages.size(); ++s) {
        if (model.stages[s].kind != StageKind::outcome) stage_position[s] = n++;
    }
    const auto& columns = run.layout->columns();
    for (std::size_t c = 0; c < columns.size(); ++c) place(model, columns[c], run.stats[c], stage_position, r);
    mark_unjudgeable_targets(model, run, r);
    r.rules = rule_results(model, run);
    r.curves = curves_of(run);
    for (std::size_t s = 0; s < model.stages.size(); ++s) {
        if (model.stages[s].kind == StageKind::outcome) continue;
        StageResult& stage = r.stages[stage_position[s]];
        if (s < run.daily_occupancy.size()) stage.daily_occupancy = run.daily_occupancy[s];
        if (s < run.gap_groups.size()) stage.gap_groups = run.gap_groups[s];
        for (std::size_t k = s * gap_kind_count; k < (s + 1) * gap_kind_count && k < run.gap_days_p10.size(); ++k) {
            stage.gap_days_reached.push_back(k < run.gap_days_reached.size() ? run.gap_days_reached[k]
                                                                             : std::vector<double>{});
            stage.gap_days_p10.push_back(run.gap_days_p10[k]);
        }
    }
    place_measure_gaps(model, run, r);
    for (std::size_t k = 0; k < r.by_period.size() && k < run.period_arrivals.size(); ++k)
        r.by_period[k].arrivals = run.period_arrivals[k];
    r.manifest = {PATHWAYS_VERSION, p.model_file, p.model_sha256, p.command, p.scenario_files, p.scenario_sha256};
    r.events = run.events;
    r.wall_seconds = p.wall_seconds;
    return r;
}

}  // namespace pathways
