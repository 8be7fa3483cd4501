#include "run/results_builder.h"

#include <algorithm>

namespace pathways {

namespace {

// Empty items for every outcome, stage, flow, attribute value and target.
void lay_out_items(const Model& model, const ModelIndex& index, Results& r) {
    for (StageIndex s : index.outcome_stage) {
        const Stage& stage = model.stages[s];
        r.outcomes.push_back({stage.id, stage.label, stage.outcome, {}});
    }
    for (const Stage& stage : model.stages) {
        if (stage.kind != StageKind::outcome) r.stages.push_back({stage.id, stage.kind, {}, {}});
    }
    for (const auto& [from, to] : index.flow) r.flows.push_back({model.stages[from].id, model.stages[to].id, {}});
    for (const Attribute& a : model.attributes) {
        AttributeResult attribute{a.name, {}};
        for (const std::string& v : a.values) {
            attribute.values.push_back({v, {}, std::vector<Figures>(index.outcome_stage.size())});
        }
        r.by_attribute.push_back(std::move(attribute));
    }
    for (const Target& t : model.targets) r.targets.push_back({t.id, t.label, t.source, {}, t.low, t.high, {}});
}

// Where column `c` of the run goes among the results' items.
void place(const MetricColumn& c, const Stat& s, const std::vector<std::size_t>& stage_position, Results& r) {
    const MetricItem& i = c.item;
    switch (metric_def(c.metric).scope) {
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

OutcomeCurves curves_of(const RunResults& run) {
    OutcomeCurves c{run.curve_days, run.curves, std::vector<double>(run.curve_days.size(), 1.0)};
    c.reached.resize(run.compiled->index.outcome_stage.size(), std::vector<double>(run.curve_days.size(), 0.0));
    for (std::size_t k = 0; k < c.days.size(); ++k) {
        for (const auto& curve : c.reached) c.still_in_pathway[k] -= curve[k];
        c.still_in_pathway[k] = std::max(0.0, c.still_in_pathway[k]);
    }
    return c;
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
    for (std::size_t c = 0; c < columns.size(); ++c) place(columns[c], run.stats[c], stage_position, r);
    r.curves = curves_of(run);
    for (std::size_t s = 0; s < model.stages.size() && s < run.daily_occupancy.size(); ++s) {
        if (model.stages[s].kind != StageKind::outcome)
            r.stages[stage_position[s]].daily_occupancy = run.daily_occupancy[s];
    }
    r.manifest = {PATHWAYS_VERSION, p.model_file, p.model_sha256, p.command, p.scenario_files, p.scenario_sha256};
    r.events = run.events;
    r.wall_seconds = p.wall_seconds;
    return r;
}

}  // namespace pathways
