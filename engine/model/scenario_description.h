#pragma once
// A scenario as its file describes it, for reports to show beside its effects.
#include <optional>
#include <string>

namespace pathways {

struct ScenarioDescription {
    std::string name, description, source, note;
    // What the change itself would cost, in the model's currency (format 1.1).
    std::optional<double> cost_one_off, cost_per_year;
    bool has_cost() const { return cost_one_off || cost_per_year; }
    // Who can make the change when it is not the model's own organisation
    // ("Home Office"): a report asks to press for it rather than to do it.
    std::string decided_by;
};

}  // namespace pathways
