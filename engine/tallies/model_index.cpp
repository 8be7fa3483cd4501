#include "tallies/model_index.h"

namespace pathways {

ModelIndex::ModelIndex(const Model& model)
    : outcome_slot(model.stages.size(), no_slot), flows_from(model.stages.size()) {
    for (std::size_t i = 0; i < model.stages.size(); ++i) {
        if (model.stages[i].kind == StageKind::outcome) {
            outcome_slot[i] = static_cast<std::uint32_t>(outcome_stage.size());
            outcome_stage.push_back(static_cast<StageIndex>(i));
        }
    }
    // Graph edges in stage order give a stable numbering; parallel edges share a slot.
    for (std::size_t i = 0; i < model.stages.size(); ++i) {
        for (auto [e, end] = boost::out_edges(i, model.graph); e != end; ++e) {
            auto to = static_cast<StageIndex>(boost::target(*e, model.graph));
            if (flow_slot(static_cast<StageIndex>(i), to) != no_slot) continue;
            flows_from[i].emplace_back(to, static_cast<std::uint32_t>(flow.size()));
            flow.emplace_back(static_cast<StageIndex>(i), to);
        }
    }
}

std::uint32_t ModelIndex::flow_slot(StageIndex from, StageIndex to) const {
    for (const auto& [t, slot] : flows_from[from]) {
        if (t == to) return slot;
    }
    return no_slot;
}

}  // namespace pathways
