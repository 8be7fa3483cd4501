#pragma once
// Dense numbering of the things results are kept for: outcome stages (slots)
// and every possible move between stages (flow slots: routing edges, reneges
// and deadline diversions).
#include <cstdint>
#include <utility>
#include <vector>

#include "model/model.h"

namespace pathways {

inline constexpr std::uint32_t no_slot = UINT32_MAX;

struct ModelIndex {
    std::vector<std::uint32_t> outcome_slot;                                    // by stage; no_slot if not an outcome
    std::vector<StageIndex> outcome_stage;                                      // by slot
    std::vector<std::pair<StageIndex, StageIndex>> flow;                        // by flow slot: (from, to)
    std::vector<std::vector<std::pair<StageIndex, std::uint32_t>>> flows_from;  // by stage: (to, slot)

    explicit ModelIndex(const Model& model);
    std::uint32_t flow_slot(StageIndex from, StageIndex to) const;
};

}  // namespace pathways
