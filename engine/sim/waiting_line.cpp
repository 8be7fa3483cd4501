#include "sim/waiting_line.h"

#include <algorithm>

namespace pathways {

std::size_t priority_ranks(const Model& model, const Stage& stage) {
    return stage.priority ? model.attributes[stage.priority->attribute].values.size() + 1 : 1;
}

std::size_t priority_rank(const Model& model, const Stage& stage, std::uint32_t profile) {
    if (!stage.priority) return 0;
    const std::uint32_t value = model.profile_value(profile, stage.priority->attribute);
    return std::min<std::size_t>(stage.priority->rank_of_value[value], priority_ranks(model, stage) - 1);
}

}  // namespace pathways
