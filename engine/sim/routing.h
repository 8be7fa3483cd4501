#pragma once
// Routing compiled for drawing: for each stage and attribute profile, the
// edges that apply with their cumulative shares. Stages whose edges carry no
// `when` share one table across all profiles.
#include <cstdint>
#include <vector>

#include "model/model.h"
#include "sim/random.h"

namespace pathways {

class RoutingTable {
public:
    explicit RoutingTable(const Model& model);
    // Draws the next stage for a person of `profile` leaving `stage`.
    StageIndex draw(StageIndex stage, std::uint32_t profile, Rng& rng) const;

private:
    struct Choice {
        double cumulative;
        StageIndex to;
    };
    struct Range {
        std::uint32_t begin = 0, end = 0;
    };
    std::vector<Choice> choices_;
    std::vector<std::uint32_t> first_range_;  // by stage: index into ranges_
    std::vector<bool> per_profile_;           // by stage
    std::vector<Range> ranges_;
};

}  // namespace pathways
