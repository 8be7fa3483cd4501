#include "sim/deadline_clocks.h"

#include <algorithm>

namespace pathways {

DeadlineClocks::DeadlineClocks(const Model& model)
    : deadlines_(static_cast<std::uint32_t>(model.deadlines.size())),
      stages_(model.stages.size()),
      starting_at_(model.stages.size()),
      applies_(model.deadlines.size() * model.stages.size(), 0) {
    use_rules(model);
}

void DeadlineClocks::use_rules(const Model& rules) {
    for (auto& starting : starting_at_) starting.clear();
    std::fill(applies_.begin(), applies_.end(), 0);
    for (std::uint32_t d = 0; d < deadlines_; ++d) {
        starting_at_[rules.deadlines[d].starts_at].push_back(d);
        for (StageIndex s : rules.deadlines[d].applies_to) applies_[d * stages_ + s] = 1;
    }
}

}  // namespace pathways
