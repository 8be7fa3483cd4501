#include "tallies/model_index.h"

#include "model/pathway_graph.h"

namespace pathways {

namespace {

// Graph edges in stage order give a stable numbering; parallel edges share a slot.
void add_flows(ModelIndex& index, const Model& model) {
    const PathwayGraph graph = pathway_graph(model);
    for (std::size_t i = 0; i < model.stages.size(); ++i) {
        for (auto [e, end] = boost::out_edges(i, graph); e != end; ++e) {
            auto to = static_cast<StageIndex>(boost::target(*e, graph));
            if (index.flow_slot(static_cast<StageIndex>(i), to) != no_slot) continue;
            index.flows_from[i].emplace_back(to, static_cast<std::uint32_t>(index.flow.size()));
            index.flow.emplace_back(static_cast<StageIndex>(i), to);
        }
    }
}

}  // namespace

ModelIndex::ModelIndex(const Model& model)
    : outcome_slot(model.stages.size(), no_slot),
      flows_from(model.stages.size()),
      periods(periods_of(model.simulation)) {
    for (std::size_t i = 0; i < model.stages.size(); ++i) {
        if (model.stages[i].kind == StageKind::outcome) {
            outcome_slot[i] = static_cast<std::uint32_t>(outcome_stage.size());
            outcome_stage.push_back(static_cast<StageIndex>(i));
        }
    }
    for (const Period& p : periods) period_bounds.push_back(p.from);
    if (!periods.empty()) period_bounds.push_back(periods.back().to);
    for (const Attribute& a : model.attributes) {
        attribute_first_slot.push_back(group_slots);
        group_slots += static_cast<std::uint32_t>(a.values.size());
    }
    stream_first_slot = group_slots;
    group_slots += static_cast<std::uint32_t>(model.arrivals.size());
    add_flows(*this, model);
    for (const Regime& r : model.regimes) add_flows(*this, *r.rules);
}

std::uint32_t ModelIndex::flow_slot(StageIndex from, StageIndex to) const {
    for (const auto& [t, slot] : flows_from[from]) {
        if (t == to) return slot;
    }
    return no_slot;
}

}  // namespace pathways
