#pragma once
// Dense numbering of the things results are kept for: outcome stages (slots)
// and every possible move between stages (flow slots: routing edges, reneges
// and deadline diversions, under the base rules or any regime), and the
// periods results are counted by, and the groups gaps are counted by.
#include <cstdint>
#include <utility>
#include <vector>

#include "model/model.h"
#include "model/periods.h"

namespace pathways {

inline constexpr std::uint32_t no_slot = UINT32_MAX;

struct ModelIndex {
    std::vector<std::uint32_t> outcome_slot;                                    // by stage; no_slot if not an outcome
    std::vector<StageIndex> outcome_stage;                                      // by slot
    std::vector<std::pair<StageIndex, StageIndex>> flow;                        // by flow slot: (from, to)
    std::vector<std::vector<std::pair<StageIndex, std::uint32_t>>> flows_from;  // by stage: (to, slot)
    std::vector<Period> periods;                                                // with the model's settings
    std::vector<Days> period_bounds;  // period k is [bounds[k], bounds[k+1]); empty without periods
    // Group slots: every value of every attribute in turn, then every arrival stream.
    std::vector<std::uint32_t> attribute_first_slot;  // by attribute
    std::uint32_t stream_first_slot = 0;
    std::uint32_t group_slots = 0;

    explicit ModelIndex(const Model& model);
    std::uint32_t flow_slot(StageIndex from, StageIndex to) const;
};

}  // namespace pathways
